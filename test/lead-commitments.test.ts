// Lead data nobody can reverse: the signed record commits to each lead value with a salt of its own, the salts go
// only to the parties that hold the lead (the publisher, the buyers that claimed), and certificates captured before
// salted leads keep verifying and matching in their plain-hash form.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EXIT_INVALID, EXIT_VALID, runCli } from "../src/evidence/cli";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { sha256Hex } from "../src/lib/crypto";
import { signEd25519 } from "../src/signing/ed25519";
import { ed25519KeyRing } from "../src/signing/keys";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { capturedBeforeSaltedLeads } from "./legacy-certificates";
import { allRows } from "./shard-databases";

// Written the way a lead form sends it; normalised, "+15550134271".
const PHONE = "(555) 013-4271";
const NORMALISED_PHONE = "+15550134271";
const EMAIL = "Jane.Roe@Example.com";

const claimPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;
const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;
const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function share(publisher: Actor, certificateId: string): Promise<string> {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: {},
	});
	expect(res.status).toBe(201);
	return res.json.claim_token;
}

/** `econsent verify bundle.json …` on a bundle, as a holder of the lead runs it to prove the lead. */
async function verifyCommand(bundle: unknown, ...args: string[]) {
	const out: string[] = [];
	const code = await runCli(["verify", "bundle.json", ...args], {
		readFile: async () => JSON.stringify(bundle),
		out: (line) => out.push(line),
		err: (line) => out.push(line),
	});
	return { code, out: out.join("\n") };
}

describe("new certificates: salted lead commitments", () => {
	it("from every party's view, no plain hash of the phone, and 10,000 guessed phones match no value without a salt", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const hook = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: "https://hooks.leadgen.example/econsent", events: ["certificate.claimed"] },
		});
		expect(hook.status).toBe(201);
		const captured = await captureCertificate(publisher, property.id, { lead: { email: EMAIL, phone: PHONE } });
		const id = captured.certificate_id;
		const claimer = await signup("Acme Insurance");
		const claim = await call("POST", claimPath(await share(publisher, id)), {
			as: claimer,
			body: { lead: { phone: PHONE } },
		});
		expect(claim.status).toBe(200);
		expect(claim.json.lead_match).toEqual({ phone: "match", email: "not_provided" });
		const claimId = claim.json.claim_id as number;
		const pending = await signup("Pending Buyer Co");
		const pendingToken = await share(publisher, id);

		const text = async (path: string, as?: Actor, headers?: Record<string, string>, body?: unknown) => {
			const res = await call(body === undefined ? "GET" : "POST", path, {
				...(as ? { as } : {}),
				...(headers ? { headers } : {}),
				...(body === undefined ? {} : { body }),
			});
			expect(res.status, `${path}: ${res.text.slice(0, 200)}`).toBe(200);
			return res.text;
		};
		const views: Record<string, string[]> = {
			publisher: [
				JSON.stringify(captured),
				await text(`/certificates/${id}`, publisher),
				await text("/certificates", publisher),
				await text(`/certificates/${id}/history`, publisher),
				await text(`/certificates/${id}/verify`, publisher),
			],
			claimer: [
				await text(evidencePath(claimId), claimer),
				await text(`${evidencePath(claimId)}?format=bundle`, claimer),
				await text(evidencePath(claimId), claimer, asBrowser),
				await text(`${evidencePath(claimId)}/access-log`, claimer),
				await text(`/certificate-sharing/partner-certificates/${claimId}/verify`, claimer),
			],
			pending_buyer: [
				await text(claimPath(pendingToken), pending),
				await text(claimPath(pendingToken), undefined, asBrowser),
				await text("/certificate-sharing/certificates/batch-verify", pending, undefined, {
					items: [{ token: pendingToken, lead: { phone: "(555) 013-0000" } }],
				}),
			],
			public: [
				await text("/verify", undefined, asBrowser),
				await text("/.well-known/econsent/keys.json"),
				await text("/log/checkpoint"),
				JSON.stringify(await allRows("SELECT * FROM log_entries")),
			],
			webhooks: [JSON.stringify(await allRows("SELECT * FROM webhook_events"))],
		};
		const hex64 = (texts: string[]) => new Set(texts.flatMap((t) => t.toLowerCase().match(/[0-9a-f]{64}/g) ?? []));

		// The old form's value is nowhere.
		const plain = await sha256Hex(NORMALISED_PHONE);
		for (const [party, texts] of Object.entries(views)) {
			for (const t of texts) expect(t.toLowerCase(), party).not.toContain(plain);
		}

		// 10,000 candidates, the true number among them, tried against every 64-hex value any party sees.
		const candidates = Array.from({ length: 10_000 }, (_, i) => `+1555013${String(i).padStart(4, "0")}`);
		expect(candidates).toContain(NORMALISED_PHONE);
		const guesses = new Set(await Promise.all(candidates.map((phone) => sha256Hex(phone))));
		for (const [party, texts] of Object.entries(views)) {
			const found = [...hex64(texts)].filter((value) => guesses.has(value));
			expect(found, party).toEqual([]);
		}

		// The salts are disclosed to the publisher and the claimer only, and they are what makes the commitment open.
		const salts = captured.lead_salts as { email: string; phone: string };
		for (const party of ["publisher", "claimer"]) expect(hex64(views[party]!).has(salts.phone), party).toBe(true);
		for (const party of ["pending_buyer", "public", "webhooks"]) {
			expect(hex64(views[party]!).has(salts.phone), party).toBe(false);
			expect(hex64(views[party]!).has(salts.email), party).toBe(false);
		}
		const commitment = captured.lead.phone_commitment as string;
		const opened = [];
		for (const phone of candidates) if ((await sha256Hex(`${salts.phone}${phone}`)) === commitment) opened.push(phone);
		expect(opened).toEqual([NORMALISED_PHONE]);
	}, 60_000);

	it("matches the lead on claim, batch claim, batch verify and require_lead_match, and mismatches another", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const rule = await call("POST", "/certificate-sharing/consent-rules", {
			as: buyer,
			body: { rule_name: "Same lead", mode: "reject", require_lead_match: true },
		});
		expect(rule.status).toBe(201);
		const cert = await captureCertificate(publisher, property.id, { lead: { email: EMAIL, phone: PHONE } });
		const [t1, t2, t3, t4] = [
			await share(publisher, cert.certificate_id),
			await share(publisher, cert.certificate_id),
			await share(publisher, cert.certificate_id),
			await share(publisher, cert.certificate_id),
		];
		const same = { email: " jane.roe@EXAMPLE.com ", phone: "+1 555 013 4271" };
		const other = { phone: "+1 555 013 4272" };
		const verify = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: {
				items: [
					{ token: t1!, lead: same },
					{ token: t1!, lead: other },
				],
			},
		});
		expect(verify.json.results.map((r: { lead_match: unknown }) => r.lead_match)).toEqual([
			{ email: "match", phone: "match" },
			{ email: "not_provided", phone: "mismatch" },
		]);
		expect(verify.json.results.map((r: { compliance: { status: string } }) => r.compliance.status)).toEqual([
			"pass",
			"reject",
		]);
		const single = await call("POST", claimPath(t1!), { as: buyer, body: { lead: same } });
		expect(single.json).toMatchObject({ status: "claimed", lead_match: { email: "match", phone: "match" } });
		const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", {
			as: buyer,
			body: {
				claims: [
					{ token: t2!, lead: same },
					{ token: t3!, lead: other },
				],
			},
		});
		expect(batch.json.results).toMatchObject([
			{ ok: true, status: "claimed", lead_match: { phone: "match" } },
			{ ok: true, status: "rejected", lead_match: { phone: "mismatch" } },
		]);
		// A buyer that names no lead under require_lead_match is refused, as before salts.
		const none = await call("POST", claimPath(t4!), { as: buyer });
		expect(none.json.status).toBe("rejected");
	});
});

describe("certificates captured before salted leads", () => {
	it("still verify (API, bundle v4 and an earlier v3 bundle offline) and still match, with no salts to disclose", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const id = await capturedBeforeSaltedLeads(publisher, property.id, { email: EMAIL, phone: PHONE });

		const own = await call("GET", `/certificates/${id}`, { as: publisher });
		expect(own.json.lead).toEqual({
			email_sha256: await sha256Hex("jane.roe@example.com"),
			phone_sha256: await sha256Hex(NORMALISED_PHONE),
		});
		expect(own.json.lead_salts).toBeNull();
		expect((await call("GET", `/certificates/${id}/verify`, { as: publisher })).json.valid).toBe(true);

		const buyer = await signup("Buyer Co");
		const token = await share(publisher, id);
		const verify = await call("POST", "/certificate-sharing/certificates/batch-verify", {
			as: buyer,
			body: {
				items: [
					{ token, lead: { phone: PHONE } },
					{ token, lead: { phone: "+1 555 013 4272" } },
				],
			},
		});
		expect(verify.json.results.map((r: { lead_match: { phone: string } }) => r.lead_match.phone)).toEqual([
			"match",
			"mismatch",
		]);
		const claim = await call("POST", claimPath(token), { as: buyer, body: { lead: { email: EMAIL, phone: PHONE } } });
		expect(claim.json.lead_match).toEqual({ email: "match", phone: "match" });
		const claimId = claim.json.claim_id as number;

		const evidence = await call("GET", evidencePath(claimId), { as: buyer });
		expect(evidence.json.lead).toEqual(own.json.lead);
		expect(evidence.json.lead_salts).toBeNull();
		const bundle = (await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyer })).json;
		expect(bundle).toMatchObject({ version: 4, lead_salts: null, certificate: { lead: own.json.lead } });
		const offline = await verifyEvidenceBundle(bundle);
		expect(offline.checks.filter((c) => !c.valid)).toEqual([]);
		expect(offline.checks.find((c) => c.check === "lead_salts")?.detail).toMatch(/plain-hash lead/);

		// A v3 bundle of the same certificate, as exported before lead salts: it verifies as it did.
		const { bundle_signature: _, lead_salts: __, ...rest } = structuredClone(bundle);
		const v3 = { ...rest, version: 3 };
		const older = await verifyEvidenceBundle({ ...v3, bundle_signature: await signEd25519(v3, ed25519KeyRing(env)) });
		expect(older.valid).toBe(true);
		expect(older.checks.map((c) => c.check)).not.toContain("lead_salts");

		// The buyer proves the lead offline against the plain hash it was signed with.
		const proved = await verifyCommand(bundle, "--lead-phone", PHONE, "--lead-email", EMAIL);
		expect(proved.code, proved.out).toBe(EXIT_VALID);
		expect(proved.out).toContain("email matches, phone matches the signed record's plain hash");
		expect((await verifyCommand(bundle, "--lead-phone", "+1 555 013 4272")).code).toBe(EXIT_INVALID);

		// The printed report, which travels further than the buyer, does not print the plain hashes.
		const report = await call("GET", evidencePath(claimId), { as: buyer, headers: asBrowser });
		expect(report.status).toBe(200);
		expect(report.text).not.toContain(own.json.lead.phone_sha256);
		expect(report.text).toContain("captured (plain SHA-256 in the bundle&#39;s signed record)");
	});
});

describe("proving a lead offline with the bundle's salts", () => {
	it("a lead holder proves the lead offline with the bundle's salt; another value, or no salt, proves nothing", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const cert = await captureCertificate(publisher, property.id, { lead: { email: EMAIL, phone: PHONE } });
		const claim = await call("POST", claimPath(await share(publisher, cert.certificate_id)), { as: buyer });
		const bundle = (await call("GET", `${evidencePath(claim.json.claim_id)}?format=bundle`, { as: buyer })).json;
		const proved = await verifyCommand(bundle, "--lead-phone", "555-013-4271", "--lead-email", " jane.roe@example.COM");
		expect(proved.code, proved.out).toBe(EXIT_VALID);
		expect(proved.out).toMatch(/PASS {2}lead_match: /);
		expect(proved.out).toContain("email matches, phone matches the signed record's salted commitment");
		const wrong = await verifyCommand(bundle, "--lead-phone", "555-013-4272");
		expect(wrong.code).toBe(EXIT_INVALID);
		expect(wrong.out).toContain("phone does not match");
		// Without the salt (a v3-shaped copy, re-signed), nobody can test a phone against the commitment.
		const { bundle_signature: _, lead_salts: __, ...rest } = structuredClone(bundle);
		const v3 = { ...rest, version: 3 };
		const unsalted = { ...v3, bundle_signature: await signEd25519(v3, ed25519KeyRing(env)) };
		expect((await verifyCommand(unsalted, "--lead-phone", PHONE)).code).toBe(EXIT_INVALID);
	});

	it("a v4 bundle whose salts do not go with its record's lead fails the lead_salts check", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const cert = await captureCertificate(publisher, property.id, { lead: { phone: PHONE } });
		const claim = await call("POST", claimPath(await share(publisher, cert.certificate_id)), { as: buyer });
		const bundle = (await call("GET", `${evidencePath(claim.json.claim_id)}?format=bundle`, { as: buyer })).json;
		expect(bundle.lead_salts).toEqual({ email: null, phone: cert.lead_salts.phone });
		expect((await verifyEvidenceBundle(bundle)).valid).toBe(true);
		for (const lead_salts of [
			null,
			{ email: "0".repeat(64), phone: cert.lead_salts.phone },
			{ email: null, phone: "x" },
		]) {
			const { bundle_signature: _, ...unsigned } = { ...structuredClone(bundle), lead_salts };
			const edited = { ...unsigned, bundle_signature: await signEd25519(unsigned, ed25519KeyRing(env)) };
			const report = await verifyEvidenceBundle(edited);
			expect(report.valid, JSON.stringify(lead_salts)).toBe(false);
			expect(report.checks.filter((c) => !c.valid).map((c) => c.check)).toEqual(["lead_salts"]);
		}
	});
});
