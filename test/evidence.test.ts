import { env } from "cloudflare:workers";
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, runCli } from "../src/evidence/cli";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import { canonicalJson } from "../src/signing/canonical";
import { signEd25519, toBase64Url } from "../src/signing/ed25519";
import { ed25519KeyRing } from "../src/signing/keys";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1 } from "./shard-databases";

const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;

/** A publisher's certificate, shared with and claimed by a buyer that has one consent rule. */
async function claimedCertificate(overrides: Record<string, unknown> = {}) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const buyer = await signup("Acme Insurance");
	const rule = await call("POST", "/certificate-sharing/consent-rules", {
		as: buyer,
		body: { rule_name: "TCPA Express Consent", required_phrases: ["Acme Insurance", "autodialer"], mode: "warn" },
	});
	expect(rule.status).toBe(201);
	const cert = await captureCertificate(publisher, property.id, overrides);
	const share = await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
		as: publisher,
		body: { target_company_id: buyer.company.id },
	});
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status).toBe(200);
	return { publisher, buyer, cert, claimId: claim.json.claim_id as number };
}

async function bundleFor(claimId: number, buyer: Actor) {
	const res = await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyer });
	expect(res.status).toBe(200);
	return res;
}

const checksOf = (report: { checks: { check: string; valid: boolean }[] }) =>
	Object.fromEntries(report.checks.map((c) => [c.check, c.valid]));
const clone = <T>(value: T): T => structuredClone(value);

/** Runs the command line on in-memory files and captures what it prints. */
async function cli(args: string[], files: Record<string, unknown>) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(args, {
		readFile: async (path) => {
			if (!(path in files)) throw new Error("ENOENT: no such file");
			const content = files[path];
			return typeof content === "string" ? content : JSON.stringify(content);
		},
		out: (line) => out.push(line),
		err: (line) => err.push(line),
	});
	return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("evidence bundle", () => {
	it("is one self-contained document that verifies offline, and its read is audited", async () => {
		const { buyer, cert, claimId } = await claimedCertificate();
		const res = await bundleFor(claimId, buyer);
		// One read, which a replica may serve; the read is recorded after the answer. +1: the claim's shard, read in
		// parallel with authentication on the directory.
		expect(res.roundTrips).toBe(2);
		expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
		expect(res.headers.get("content-disposition")).toBe(
			`attachment; filename="evidence-${cert.certificate_id}-claim-${claimId}.json"`,
		);
		expect(res.headers.get("cache-control")).toBe("no-store");
		const bundle = res.json;
		expect(bundle).toMatchObject({
			format: "econsent-evidence-bundle",
			version: 4,
			issuer: "https://api.test",
			keys_url: "https://api.test/.well-known/econsent/keys.json",
			claim: { claim_id: claimId, status: "claimed", buyer_company_id: buyer.company.id, publisher_name: "LeadGen Co" },
			certificate: { certificate_id: cert.certificate_id, consent_text: cert.consent_text },
			signatures: cert.signatures,
			public_keys: { keys: [{ kid: "test-ed-2026-01", kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" }] },
			compliance: { status: "pass", score: 100, rules: [{ rule_name: "TCPA Express Consent", passed: true }] },
			verification: { valid: true },
		});
		// The record in the bundle is exactly what was signed: the certificate as the API returned it.
		const { signature, signatures, lead_salts, ...record } = cert;
		expect(canonicalJson(bundle.certificate)).toBe(canonicalJson(record));
		// The buyer that claimed it gets the salts the publisher has.
		expect(bundle.lead_salts).toEqual(lead_salts);
		expect(bundle.audit_chain.map((e: { event_type: string }) => e.event_type)).toEqual([
			"created",
			"signed",
			"shared",
			"claimed",
			"compliance_checked",
		]);
		// The bundle carries the access log's length and head as the read found it (empty here), not its events; the
		// read itself lands on the log within seconds.
		expect(bundle.access_log).toEqual({
			events: 0,
			head_hash: "0".repeat(64),
			url: `https://api.test/certificate-sharing/partner-certificates/${claimId}/evidence/access-log`,
		});
		const access = await accessesRecorded(cert.certificate_id, 1);
		expect(access.map((e) => [e.seq, e.event_type])).toEqual([[1, "accessed_evidence"]]);
		expect(JSON.parse(access[0]!.details)).toMatchObject({ claim_id: claimId, format: "bundle" });
		const next = (await bundleFor(claimId, buyer)).json;
		expect(next.access_log).toMatchObject({ events: 1, head_hash: access[0]!.hash });

		const offline = await verifyEvidenceBundle(bundle);
		expect(offline.valid).toBe(true);
		expect(checksOf(offline)).toEqual({
			bundle_format: true,
			bundle_signature: true,
			ed25519_signature: true,
			audit_chain: true,
			signatures_recorded: true,
			compliance_recorded: true,
			access_log: true,
			transparency_log: true,
			lead_salts: true,
		});
		// Whether the newest events were already in a checkpoint depends on timing (test/transparency-log/ pins it).
		const settled = (report: typeof offline) =>
			report.not_checked.map((n) => n.check).filter((check) => check !== "transparency_log_pending");
		expect(settled(offline)).toEqual(["hmac_signature", "access_log_entries", "public_key_origin"]);
		expect(offline.not_checked[0]!.reason).toMatch(/the service reported it valid/);
		expect(offline.key_thumbprints["test-ed-2026-01"]).toMatch(/^[A-Za-z0-9_-]{43}$/);

		// With the service's published keys as the trusted source, the origin of the key is no longer an open question.
		const published = (await call("GET", "/.well-known/econsent/keys.json")).json;
		const trusted = await verifyEvidenceBundle(bundle, published);
		expect(trusted.valid).toBe(true);
		expect(settled(trusted)).toEqual(["hmac_signature", "access_log_entries"]);
	}, 30_000);

	it("can be checked with generic tools alone, following only the bundle's stated methods", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;
		const bytes = (text: string) => new TextEncoder().encode(text);
		const hex = async (text: string) =>
			[...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes(text)))]
				.map((b) => b.toString(16).padStart(2, "0"))
				.join("");

		// Ed25519 over the RFC 8785 form of `certificate`, with the JWK as published (any JCS library will do).
		const ed = bundle.signatures.find((s: { algorithm: string }) => s.algorithm === "Ed25519");
		const jwk = bundle.public_keys.keys.find((k: { kid: string }) => k.kid === ed.key_id);
		const key = await crypto.subtle.importKey("jwk", jwk, { name: "Ed25519" }, false, ["verify"]);
		const signature = Uint8Array.from(atob(ed.value.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
		expect(await crypto.subtle.verify("Ed25519", key, signature, bytes(canonicalize(bundle.certificate)!))).toBe(true);

		// The service's signature over everything else in the bundle.
		const { bundle_signature, ...rest } = bundle;
		const signer = await crypto.subtle.importKey(
			"jwk",
			bundle.public_keys.keys.find((k: { kid: string }) => k.kid === bundle_signature.key_id),
			{ name: "Ed25519" },
			false,
			["verify"],
		);
		const whole = Uint8Array.from(atob(bundle_signature.value.replace(/-/g, "+").replace(/_/g, "/")), (c) =>
			c.charCodeAt(0),
		);
		expect(await crypto.subtle.verify("Ed25519", signer, whole, bytes(canonicalize(rest)!))).toBe(true);

		// The chain, exactly as `methods.audit_chain` describes it: every event here is salted and, this buyer being the
		// certificate's only one, shown in full.
		let previous = "0".repeat(64);
		for (const [i, e] of bundle.audit_chain.entries()) {
			expect(e.seq).toBe(i + 1);
			expect(e.prev_hash).toBe(previous);
			expect(e.form).toBe("salted");
			expect(e.salt).toMatch(/^[0-9a-f]{32}$/);
			const { prev_hash, hash, salt, form: _, ...content } = e;
			const leaf = await hex(`${salt}\n${canonicalize(content)}`);
			const link = { seq: e.seq, event_type: e.event_type, created_at: e.created_at, leaf };
			expect(await hex(`${prev_hash}\n${canonicalize(link)}`)).toBe(hash);
			previous = hash;
		}
		expect(bundle.methods.audit_chain).toContain('SHA-256 of (salt + "\\n" + content)');

		// The encodings `methods.signature_encoding` states, and what the signed event's *_sha256 values hash.
		const hmac = bundle.signatures.find((s: { algorithm: string }) => s.algorithm === "HMAC-SHA256");
		expect(hmac.value).toMatch(/^[0-9a-f]{64}$/);
		expect(ed.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
		expect(bundle_signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
		const signed = JSON.parse(
			bundle.audit_chain.find((e: { event_type: string }) => e.event_type === "signed").details,
		);
		expect(signed.signature_sha256).toBe(await hex(hmac.value));
		expect(signed.ed25519_signature_sha256).toBe(await hex(ed.value));
		expect(bundle.methods.signature_encoding).toContain("base64url without padding");

		// The lead's commitments as `methods.lead_contact` makes them (captured as "Jane@Example.com", "(555) 010-0000"):
		// the salt's hex, then the normalised value, nothing between.
		expect(bundle.lead_salts).toEqual({
			email: expect.stringMatching(/^[0-9a-f]{64}$/),
			phone: expect.stringMatching(/^[0-9a-f]{64}$/),
		});
		expect(bundle.certificate.lead).toEqual({
			email_commitment: await hex(`${bundle.lead_salts.email}jane@example.com`),
			phone_commitment: await hex(`${bundle.lead_salts.phone}+15550100000`),
		});
		expect(bundle.methods.lead_contact).toContain("followed directly (no separator) by the normalised value");
		expect(bundle.methods.lead_contact).toContain('"+1"');
	});

	it("still verifies a bundle exported before methods stated the encodings and the lead's normalisation", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const { bundle_signature: _, ...unsigned } = structuredClone((await bundleFor(claimId, buyer)).json);
		delete unsigned.methods.signature_encoding;
		delete unsigned.methods.lead_contact;
		const older = { ...unsigned, bundle_signature: await signEd25519(unsigned, ed25519KeyRing(env)) };
		const report = await verifyEvidenceBundle(older);
		expect(report.valid).toBe(true);
		expect(Object.keys(older.methods)).toEqual([
			"canonicalization",
			"certificate_signatures",
			"bundle_signature",
			"access_log",
			"audit_chain",
			"transparency_log",
			"disclosure",
		]);
	});

	it("fails a hand-edited bundle at exactly the place that was changed", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;

		const consent = clone(bundle);
		consent.certificate.consent_text = consent.certificate.consent_text.replace("Acme", "Acne");
		expect(checksOf(await verifyEvidenceBundle(consent))).toMatchObject({
			ed25519_signature: false,
			audit_chain: true,
			signatures_recorded: true,
		});

		const ip = clone(bundle);
		ip.certificate.consumer.ip = "203.0.113.8";
		expect((await verifyEvidenceBundle(ip)).checks.find((c) => c.check === "ed25519_signature")).toMatchObject({
			valid: false,
			detail: "signature does not match the record",
		});

		const event = clone(bundle);
		event.audit_chain[3].ip = "192.0.2.1";
		const eventReport = await verifyEvidenceBundle(event);
		expect(eventReport.valid).toBe(false);
		expect(eventReport.checks.find((c) => c.check === "audit_chain")).toMatchObject({
			valid: false,
			broken_at_seq: 4,
			detail: "hash does not match the event's content",
		});
		expect(checksOf(eventReport)).toMatchObject({ ed25519_signature: true });

		const removed = clone(bundle);
		removed.audit_chain.splice(2, 1);
		expect((await verifyEvidenceBundle(removed)).checks.find((c) => c.check === "audit_chain")).toMatchObject({
			valid: false,
			broken_at_seq: 4,
			detail: "expected seq 3, found 4",
		});

		// Fields no other signature covers are still covered by the service's signature over the whole bundle.
		for (const edit of [
			(b: any) => {
				b.claim.publisher_name = "Someone Else LLC";
			},
			(b: any) => {
				b.verification.checks[0].valid = !b.verification.checks[0].valid;
			},
			(b: any) => {
				b.note = "added by hand";
			},
		]) {
			const edited = clone(bundle);
			edit(edited);
			const report = await verifyEvidenceBundle(edited);
			expect(report.valid).toBe(false);
			expect(report.checks.filter((c) => !c.valid)).toEqual([
				{
					check: "bundle_signature",
					valid: false,
					detail: "signature does not match the record: not the bundle the service produced",
				},
			]);
		}

		const compliance = clone(bundle);
		compliance.compliance.score = 40;
		expect(checksOf(await verifyEvidenceBundle(compliance))).toMatchObject({
			compliance_recorded: false,
			audit_chain: true,
		});

		const hmac = clone(bundle);
		hmac.signatures[0].value = `${hmac.signatures[0].value[0] === "a" ? "b" : "a"}${hmac.signatures[0].value.slice(1)}`;
		expect((await verifyEvidenceBundle(hmac)).checks.find((c) => c.check === "signatures_recorded")).toMatchObject({
			valid: false,
			broken_at_seq: 2,
			detail: expect.stringContaining("signature_sha256"),
		});

		const extraField = clone(bundle);
		extraField.certificate.consent_method = "checkbox";
		expect((await verifyEvidenceBundle(extraField)).checks).toEqual([
			{ check: "bundle_format", valid: false, detail: expect.stringContaining("certificate") },
		]);
		expect((await verifyEvidenceBundle({ hello: "world" })).valid).toBe(false);
	});

	it("never passes, and never throws on, a bundle with any one value replaced or removed", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;
		const paths: (string | number)[][] = [];
		const walk = (value: unknown, path: (string | number)[]) => {
			if (path.length > 0) paths.push(path);
			if (value && typeof value === "object") {
				for (const [key, child] of Object.entries(value))
					walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
			}
		};
		walk(bundle, []);

		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...paths),
				fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
				async (path, replacement) => {
					const edited = clone(bundle);
					const parent = path.slice(0, -1).reduce((node: any, key) => node[key], edited);
					const key = path.at(-1)!;
					if (replacement === undefined) {
						if (Array.isArray(parent)) parent.splice(key as number, 1);
						else delete parent[key];
					} else {
						parent[key] = replacement;
					}
					fc.pre(canonicalJson(edited) !== canonicalJson(bundle));
					const report = await verifyEvidenceBundle(edited);
					expect(report.valid).toBe(false);
				},
			),
			{ numRuns: 300 },
		);
	});

	it("cannot be re-signed with a substitute key without showing", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;

		// A forger edits the record, signs it with their own key and swaps that key into the bundle.
		const forged = clone(bundle);
		forged.certificate.consent_text += " I also agree to receive texts from anyone.";
		const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
		const jwk = (await crypto.subtle.exportKey("jwk", pair.publicKey)) as JsonWebKey;
		const value = toBase64Url(
			await crypto.subtle.sign("Ed25519", pair.privateKey, new TextEncoder().encode(canonicalJson(forged.certificate))),
		);
		const ed = forged.signatures.find((s: { algorithm: string }) => s.algorithm === "Ed25519");
		ed.value = value;
		forged.public_keys.keys[0].x = jwk.x;

		const selfVouched = await verifyEvidenceBundle(forged);
		// The signature checks out against the substituted key, but the audit chain recorded the original signature.
		expect(checksOf(selfVouched)).toMatchObject({ ed25519_signature: true, signatures_recorded: false });
		expect(selfVouched.valid).toBe(false);
		// And against the service's published key, the signature itself fails.
		const published = (await call("GET", "/.well-known/econsent/keys.json")).json;
		expect(checksOf(await verifyEvidenceBundle(forged, published))).toMatchObject({ ed25519_signature: false });
	});

	it("reports a stored certificate that no longer verifies, and the offline check agrees", async () => {
		const { buyer, cert, claimId } = await claimedCertificate();
		await certificateD1(cert.certificate_id)
			.prepare("UPDATE certificates SET consent_text = consent_text || '.' WHERE id = ?")
			.bind(cert.certificate_id)
			.run();
		const bundle = (await bundleFor(claimId, buyer)).json;
		expect(bundle.verification.valid).toBe(false);
		expect(checksOf(bundle.verification)).toMatchObject({ hmac_signature: false, ed25519_signature: false });
		expect(checksOf(await verifyEvidenceBundle(bundle))).toMatchObject({ ed25519_signature: false });
	});

	it("outlives the claim token: years after it expired the evidence is still there and still verifies", async () => {
		const { buyer, claimId } = await claimedCertificate();
		// Sessions expire; a buyer's server keeps an API key.
		const key = (await call("POST", "/auth/api-keys", { as: buyer, body: { name: "evidence" } })).json.key;
		const buyerServer = { headers: { authorization: `Bearer ${key}` } };
		vi.useFakeTimers({ toFake: ["Date"] });
		try {
			vi.setSystemTime(Date.now() + 5 * 365 * 86_400_000);
			const res = await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: buyerServer });
			expect(res.status).toBe(200);
			expect(Date.parse(res.json.claim.token_expires_at)).toBeLessThan(Date.now());
			expect(res.json.verification.valid).toBe(true);
			expect((await verifyEvidenceBundle(res.json)).valid).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	it("rejects an unknown format, and is only for the claiming buyer", async () => {
		const { publisher, buyer, claimId } = await claimedCertificate();
		const bad = await call("GET", `${evidencePath(claimId)}?format=pdf`, { as: buyer });
		expect(bad.status).toBe(400);
		expect(bad.json.error).toMatchObject({ code: "VALIDATION_FAILED", fields: [{ field: "query.format" }] });
		expect((await call("GET", `${evidencePath(claimId)}?format=bundle`, { as: publisher })).status).toBe(404);
		expect((await call("GET", `${evidencePath(claimId)}?format=bundle`)).status).toBe(401);
	});
});

describe("econsent verify (command line)", () => {
	it("says what it checked and exits 0 for a valid bundle", async () => {
		const { buyer, cert, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;
		const keys = (await call("GET", "/.well-known/econsent/keys.json")).json;

		const run = await cli(["verify", "bundle.json"], { "bundle.json": bundle });
		expect(run.code).toBe(EXIT_VALID);
		expect(run.out).toContain(`certificate ${cert.certificate_id}, claim ${claimId}`);
		expect(run.out).toContain("with the public key inside the bundle");
		for (const check of [
			"bundle_format",
			"bundle_signature",
			"ed25519_signature",
			"audit_chain",
			"signatures_recorded",
			"compliance_recorded",
		]) {
			expect(run.out).toMatch(new RegExp(`PASS {2}${check}: `));
		}
		expect(run.out).toMatch(/SKIP {2}hmac_signature: HMAC-SHA256 needs the service's secret key/);
		expect(run.out).toMatch(/Public key test-ed-2026-01: RFC 7638 thumbprint [A-Za-z0-9_-]{43}/);
		expect(run.out).toMatch(/RESULT: VALID \(9 checks passed\)$/);

		const withKeys = await cli(["verify", "bundle.json", "--keys", "keys.json"], {
			"bundle.json": bundle,
			"keys.json": keys,
		});
		expect(withKeys.code).toBe(EXIT_VALID);
		expect(withKeys.out).toContain("with the public keys in keys.json");
		expect(withKeys.out).not.toContain("public_key_origin");

		const json = await cli(["verify", "--json", "bundle.json"], { "bundle.json": bundle });
		expect(JSON.parse(json.out)).toMatchObject({ valid: true, certificate_id: cert.certificate_id });
	});

	it("exits 1 and names the broken event for an edited bundle, 2 for usage errors", async () => {
		const { buyer, claimId } = await claimedCertificate();
		const bundle = (await bundleFor(claimId, buyer)).json;
		bundle.audit_chain[4].created_at = "2026-01-01T00:00:00.000Z";

		const run = await cli(["verify", "edited.json"], { "edited.json": bundle });
		expect(run.code).toBe(EXIT_INVALID);
		expect(run.out).toContain("FAIL  audit_chain:");
		expect(run.out).toContain("hash does not match the event's content, at audit event seq 5");
		expect(run.out).toMatch(/RESULT: NOT VALID \(2 of 9 checks failed\)$/);

		expect((await cli(["verify", "missing.json"], {})).code).toBe(EXIT_USAGE);
		const notJson = await cli(["verify", "x.json"], { "x.json": "{not json" });
		expect(notJson.code).toBe(EXIT_USAGE);
		expect(notJson.err).toMatch(/x\.json is not JSON/);
		expect((await cli(["verify"], {})).code).toBe(EXIT_USAGE);
		expect((await cli(["sign", "a.json"], {})).code).toBe(EXIT_USAGE);
		expect((await cli(["verify", "a.json", "--keys"], { "a.json": bundle })).code).toBe(EXIT_USAGE);
		expect((await cli(["verify", "a.json", "--keys", "k.json"], { "a.json": bundle, "k.json": [] })).code).toBe(
			EXIT_USAGE,
		);
		expect((await cli(["--help"], {})).out).toContain("Usage: econsent verify");
	});
});

describe("evidence report (browser)", () => {
	const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

	it("renders a printable page with the same security headers as the claim page, and audits the read", async () => {
		const { buyer, cert, claimId } = await claimedCertificate();
		const res = await call("GET", evidencePath(claimId), { as: buyer, headers: asBrowser });
		expect(res.status).toBe(200);
		expect(res.headers.get("content-type")).toMatch(/^text\/html/);
		expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'nonce-[0-9a-f]{32}'/);
		expect(res.headers.get("referrer-policy")).toBe("no-referrer");
		expect(res.headers.get("cache-control")).toBe("no-store");
		expect(res.headers.get("x-content-type-options")).toBe("nosniff");
		for (const text of [
			"Consent evidence report",
			cert.certificate_id,
			"Acme Insurance and its partners may call and text me",
			"All checks passed",
			"TCPA Express Consent",
			"Ed25519",
			"HMAC-SHA256",
			'href="https://replay.leadgen.example/s/abc"',
			`href="${evidencePath(claimId)}?format=bundle"`,
			"<h2>Access log</h2>",
			`${evidencePath(claimId)}/access-log`,
			// "Verify it yourself" names the browser verifier with its whole address, which a printout keeps.
			'<a href="https://api.test/verify">https://api.test/verify</a>',
			"node econsent-verify.mjs bundle.json",
			"<dt>Encodings</dt>",
			"<dt>Lead contact</dt>",
		]) {
			expect(res.text).toContain(text);
		}
		expect(res.text).not.toContain("<script");
		const [last] = await accessesRecorded(cert.certificate_id, 1);
		expect(last?.event_type).toBe("accessed_evidence");
		expect(JSON.parse(last!.details)).toMatchObject({ format: "html" });
	}, 30_000);

	it("escapes everything the publisher sent", async () => {
		const { buyer, claimId } = await claimedCertificate({
			consent_text: "I agree that Acme Insurance may call me by autodialer. <script>alert(1)</script>",
		});
		const res = await call("GET", evidencePath(claimId), { as: buyer, headers: asBrowser });
		expect(res.status).toBe(200);
		expect(res.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
		expect(res.text).not.toContain("<script>");
	});

	it("sends a signed-out browser to sign in and back, and shows other errors as a page", async () => {
		const { publisher, claimId } = await claimedCertificate();
		const signedOut = await call("GET", evidencePath(claimId), { headers: asBrowser });
		expect(signedOut.status).toBe(303);
		expect(signedOut.headers.get("location")).toBe(`/login?next=${encodeURIComponent(evidencePath(claimId))}`);
		const notYours = await call("GET", evidencePath(claimId), { as: publisher, headers: asBrowser });
		expect(notYours.status).toBe(404);
		expect(notYours.headers.get("content-type")).toMatch(/^text\/html/);
		expect(notYours.text).toContain("Evidence unavailable");
	});
});
