// One certificate, two buyers: each buyer's evidence (JSON, bundle, report, access log) shows in full only what
// concerns it and every other event as a commitment, and still verifies end to end offline. The publisher's view
// shows shares and claims but no buyer's compliance result or reads.
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accessEventsQuery, chainEventsQuery } from "../src/audit/append";
import { auditContent, auditHash, type ChainLog, GENESIS_HASH, verifyChain } from "../src/audit/chain";
import { fromBundleEvent, type ViewEvent } from "../src/evidence/bundle";
import { disclosedTo, partyView } from "../src/evidence/disclosure";
import { verifyEvidenceBundle } from "../src/evidence/verify-bundle";
import type { CertificateLedger } from "../src/ledger/certificate-ledger";
import { ledgerName } from "../src/ledger/ledger";
import { transparencyLog } from "../src/transparency-log/log-client";
import { eventSchemas } from "../src/webhooks/payloads";
import type { FaultyTransparencyLog } from "./faulty-log";
import { type Actor, accessesRecorded, call, captureCertificate, createProperty, fakeIp, signup } from "./helpers";
import { certificateD1, certificateDb } from "./shard-databases";
import { startReceiver } from "./webhooks/receiver";

const evidencePath = (claimId: number) => `/certificate-sharing/partner-certificates/${claimId}/evidence`;
const SECRET_PHRASE = "zebra crossing clause 7";

interface Buyer {
	actor: Actor;
	ip: string;
	claimId: number;
}

async function buyer(name: string, rulePhrase?: string, mode: "warn" | "reject" = "warn") {
	const actor = await signup(name);
	if (rulePhrase) {
		const rule = await call("POST", "/certificate-sharing/consent-rules", {
			as: actor,
			body: { rule_name: `Rule of ${name}`, required_phrases: ["Acme Insurance", rulePhrase], mode },
		});
		expect(rule.status).toBe(201);
	}
	return { actor, ip: fakeIp() };
}

async function shareAndClaim(publisher: Actor, certificateId: string, b: { actor: Actor; ip: string }): Promise<Buyer> {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: { target_company_id: b.actor.company.id },
	});
	expect(share.status).toBe(201);
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, {
		as: b.actor,
		headers: { "cf-connecting-ip": b.ip },
	});
	expect(claim.status).toBe(200);
	return { ...b, claimId: claim.json.claim_id };
}

async function read(b: Buyer, suffix = "", accept = "application/json") {
	const res = await call("GET", `${evidencePath(b.claimId)}${suffix}`, {
		as: b.actor,
		headers: { "cf-connecting-ip": b.ip, accept },
	});
	expect(res.status).toBe(200);
	return res;
}

const receivers: ReturnType<typeof startReceiver>[] = [];
afterEach(() => {
	for (const r of receivers.splice(0)) r.stop();
});

/** A webhook endpoint of this company for every claim event, and what it receives (the bodies as sent). */
async function claimWebhooks(actor: Actor) {
	const hooks = startReceiver(`disclosure-${crypto.randomUUID().slice(0, 8)}.example.com`);
	receivers.push(hooks);
	const res = await call("POST", "/webhooks", {
		as: actor,
		body: { url: hooks.url(), events: ["certificate.claimed", "certificate.rejected"] },
	});
	expect(res.status, res.text).toBe(201);
	return async (count: number) => {
		await vi.waitFor(() => expect(hooks.received).toHaveLength(count), { timeout: 10_000, interval: 50 });
		return hooks.received.map((delivery) => delivery.body);
	};
}

/** A publisher's certificate shared with and claimed by B1, then B2 (whose rule has a confidential phrase); B2 has
 * read its evidence once. The publisher's webhook endpoint receives both claims' events. */
async function sharedWithTwoBuyers() {
	const publisher = await signup("LeadGen Co");
	const publisherWebhooks = await claimWebhooks(publisher);
	const property = await createProperty(publisher);
	const cert = await captureCertificate(publisher, property.id);
	const b1 = await shareAndClaim(publisher, cert.certificate_id, await buyer("Buyer One"));
	const b2 = await shareAndClaim(publisher, cert.certificate_id, await buyer("Buyer Two", SECRET_PHRASE));
	await read(b2);
	await accessesRecorded(cert.certificate_id, 1);
	return { publisher, publisherWebhooks, certificateId: cert.certificate_id as string, b1, b2 };
}

/** Neither the other buyer's company, user or IP, nor (when given) a phrase of its consent rules. */
function expectNothingOf(text: string, other: Buyer, rulePhrase?: string) {
	expect(text).not.toContain(other.actor.company.id);
	expect(text).not.toContain(other.actor.user.id);
	expect(text).not.toContain(other.ip);
	if (rulePhrase) expect(text).not.toContain(rulePhrase);
}

const REDACTED_KEYS = ["created_at", "event_type", "form", "hash", "leaf", "prev_hash", "redacted", "seq"];

async function storedChains(certificateId: string) {
	const db = certificateDb(certificateId);
	return { audit: await chainEventsQuery(db, certificateId), access: await accessEventsQuery(db, certificateId) };
}

/** Makes every pass of the transparency log's sequencer stop before it reads anything, or lets it go on. */
async function stallTransparencyLog(stalled: boolean) {
	await runInDurableObject(transparencyLog(env), (object) => {
		const faults = (object as FaultyTransparencyLog).faults;
		if (!stalled) delete faults.beforeSequence;
		else
			faults.beforeSequence = () => {
				throw new Error("the log is not running yet");
			};
	});
}

describe("what each party sees of a shared certificate", () => {
	it("shows a buyer, in every form of its evidence, nothing that names or describes another buyer", async () => {
		const { certificateId, b1, b2 } = await sharedWithTwoBuyers();

		const json = await read(b1);
		const bundle = await read(b1, "?format=bundle");
		const report = await read(b1, "", "text/html");
		await accessesRecorded(certificateId, 4);
		const accessLog = await read(b1, "/access-log");
		for (const res of [json, bundle, report, accessLog]) expectNothingOf(res.text, b2, SECRET_PHRASE);
		// The same text does name B1 itself: the check above would see a leak.
		expect(bundle.text).toContain(b1.actor.company.id);
		expect(bundle.text).toContain(b1.ip);

		// Seq 1-8: created, signed, shared (B1), claimed, compliance_checked (B1), shared (B2), claimed, compliance_checked
		// (B2). B2's three are commitments; everything else is in full, salted.
		const chain = bundle.json.audit_chain as Record<string, unknown>[];
		expect(chain.map((e) => [e.seq, e.event_type, e.redacted === true])).toEqual([
			[1, "created", false],
			[2, "signed", false],
			[3, "shared", false],
			[4, "claimed", false],
			[5, "compliance_checked", false],
			[6, "shared", true],
			[7, "claimed", true],
			[8, "compliance_checked", true],
		]);
		for (const e of chain.filter((e) => e.redacted)) {
			expect(Object.keys(e).sort()).toEqual(REDACTED_KEYS);
			expect(e).toMatchObject({ form: "salted", leaf: expect.stringMatching(/^[0-9a-f]{64}$/) });
		}
		for (const e of chain.filter((e) => !e.redacted)) expect(e.salt).toMatch(/^[0-9a-f]{32}$/);
		expect(json.json.audit_trail.map((e: { redacted?: boolean }) => e.redacted === true)).toEqual(
			chain.map((e) => e.redacted === true),
		);
		expect(report.text).toContain("Concerns another party");

		// The access log: B2's read a commitment, B1's four reads in full.
		expect(accessLog.json.version).toBe(2);
		expect(
			accessLog.json.events.map((e: { redacted?: boolean; actor_company_id?: string }) =>
				e.redacted ? "redacted" : e.actor_company_id,
			),
		).toEqual(["redacted", ...Array(4).fill(b1.actor.company.id)]);

		// The whole chain, and every access against the chain's commitments, verify offline from this view alone.
		const offline = await verifyEvidenceBundle(bundle.json, undefined, accessLog.json);
		expect(offline.valid).toBe(true);
		expect(offline.checks.find((c) => c.check === "audit_chain")?.detail).toMatch(
			/^8 events \(3 shown as commitments\)/,
		);
		expect(offline.checks.find((c) => c.check === "access_log")).toMatchObject({ valid: true });
	});

	it("shows the other buyer the mirror image: its own events in full, the first buyer's as commitments", async () => {
		const { b1, b2 } = await sharedWithTwoBuyers();
		await read(b1);
		const bundle = await read(b2, "?format=bundle");
		expectNothingOf(bundle.text, b1);
		expect(bundle.json.audit_chain.map((e: { redacted?: boolean }) => e.redacted === true)).toEqual([
			false,
			false,
			true,
			true,
			true,
			false,
			false,
			false,
		]);
		expect(JSON.stringify(bundle.json.compliance)).toContain(SECRET_PHRASE);
		expect((await verifyEvidenceBundle(bundle.json)).valid).toBe(true);
	});

	it("shows the publisher every share and claim, but no buyer's compliance result or reads", async () => {
		const { publisher, certificateId, b1, b2 } = await sharedWithTwoBuyers();
		await read(b1);
		await accessesRecorded(certificateId, 2);
		const res = await call("GET", `/certificates/${certificateId}/history`, { as: publisher });
		expect(res.status).toBe(200);
		// One read (authentication, certificate, both chains), then the ledger records this read. +1: the certificate's
		// shard, read in parallel with authentication on the directory.
		expect(res.roundTrips).toBe(3);
		expect(res.headers.get("x-durable-object-calls")).toBe("1");
		expect(res.json).toMatchObject({
			format: "econsent-certificate-history",
			version: 1,
			certificate_id: certificateId,
		});
		const audit = (res.json.audit_chain as ViewEvent[]).map(fromBundleEvent);
		expect(audit.map((e) => [e.eventType, e.redacted === true])).toEqual([
			["created", false],
			["signed", false],
			["shared", false],
			["claimed", false],
			["compliance_checked", true],
			["shared", false],
			["claimed", false],
			["compliance_checked", true],
		]);
		// B2's read, B1's read, then this one, the publisher's own.
		const access = (res.json.access_log as ViewEvent[]).map(fromBundleEvent);
		expect(access.map((e) => (e.redacted ? "redacted" : e.actorCompanyId))).toEqual([
			"redacted",
			"redacted",
			publisher.company.id,
		]);
		// No buyer's rule phrases; each buyer's IP only in its own claim, which the publisher sees.
		expect(res.text).not.toContain(SECRET_PHRASE);
		expect(res.text.split(b2.ip).length - 1).toBe(1);
		expect(await verifyChain(audit)).toMatchObject({ valid: true, events: 8, opaque: 0 });
		expect(await verifyChain(access, "access")).toMatchObject({ valid: true, events: 3 });
		// The same rule, applied to the stored chains directly, gives the same view.
		const stored = await storedChains(certificateId);
		const viewer = { companyId: publisher.company.id, role: "publisher" as const };
		expect((await partyView(viewer, stored.audit, "audit")).map((e) => e.hash)).toEqual(audit.map((e) => e.hash));

		// Another company's certificate, or a buyer asking, is a 404 like one that does not exist.
		expect((await call("GET", `/certificates/${certificateId}/history`, { as: b1.actor })).status).toBe(404);
	});

	it("sends the publisher claim webhooks with each claim's status and outcome, nothing of a buyer's rules", async () => {
		const { publisherWebhooks, b1, b2 } = await sharedWithTwoBuyers();
		const publisher = await signup("LeadGen Co");
		const moreWebhooks = await claimWebhooks(publisher);
		const property = await createProperty(publisher);
		const cert = await captureCertificate(publisher, property.id);
		const REJECT_PHRASE = "quokka waiver clause 9";
		const b3 = await shareAndClaim(publisher, cert.certificate_id, await buyer("Buyer Three", REJECT_PHRASE, "reject"));

		// B1 has no rule (claimed, pass), B2's warn rule misses its phrase (flagged, warn), B3's reject rule misses
		// its phrase (rejected, reject).
		const bodies = [...(await publisherWebhooks(2)), ...(await moreWebhooks(1))];
		for (const body of bodies) {
			expect(body).not.toContain(SECRET_PHRASE);
			expect(body).not.toContain(REJECT_PHRASE);
			expect(body).not.toContain("Acme Insurance");
			expect(body).not.toContain("Rule of Buyer");
			for (const other of [b1, b2, b3]) expect(body).not.toContain(other.ip);
		}
		const events = bodies.map((body) => JSON.parse(body));
		const seen = events.map((e) => [e.type, e.data.buyer_company_id, e.data.status, e.data.compliance]);
		expect(seen).toHaveLength(3);
		expect(seen).toEqual(
			expect.arrayContaining([
				["certificate.claimed", b1.actor.company.id, "claimed", { status: "pass" }],
				["certificate.claimed", b2.actor.company.id, "flagged", { status: "warn" }],
				["certificate.rejected", b3.actor.company.id, "rejected", { status: "reject" }],
			]),
		);
		// Each body matches the schema the OpenAPI document gives receivers, with no key beyond it.
		for (const event of events) expect(eventSchemas[event.type as "certificate.claimed"].parse(event)).toEqual(event);
	});
});

describe("chains stored before salts", () => {
	/** Rewrites a certificate's events as they were stored before salts (NULL salt, legacy hashes), as if written by
	 * the earlier release, and makes its ledger forget the heads it knew. The append-only triggers are lifted for it
	 * and put back exactly as they were. */
	async function asStoredBeforeSalts(publisher: Actor, certificateId: string) {
		const d1 = certificateD1(certificateId);
		const triggers = await d1
			.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_events', 'access_events')")
			.all<{ sql: string }>();
		const names = await d1
			.prepare(
				"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_events', 'access_events')",
			)
			.all<{ name: string }>();
		for (const { name } of names.results) await d1.exec(`DROP TRIGGER ${name}`);
		const stored = await storedChains(certificateId);
		for (const log of ["audit", "access"] as ChainLog[]) {
			let previous = GENESIS_HASH;
			for (const row of stored[log]) {
				const hash = await auditHash(previous, auditContent({ ...row, salt: null } as never, log));
				await d1
					.prepare(`UPDATE ${log}_events SET salt = NULL, prev_hash = ?, hash = ? WHERE id = ?`)
					.bind(previous, hash, row.id)
					.run();
				previous = hash;
			}
		}
		for (const { sql } of triggers.results) await d1.prepare(sql).run();
		const ledger = env.CERTIFICATE_LEDGERS.get(
			env.CERTIFICATE_LEDGERS.idFromName(ledgerName(publisher.company.id, certificateId)),
		);
		await runInDurableObject(ledger, (_: CertificateLedger, state) => {
			state.storage.sql.exec("DELETE FROM heads");
		});
	}

	it("appends salted events after a legacy prefix, and every party's view of the mixed chain verifies", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		// Events stored before salts were also stored before the transparency log: it takes them as they are now, so
		// it must not see them until they have their legacy form.
		await stallTransparencyLog(true);
		const cert = await captureCertificate(publisher, property.id);
		const b2 = await shareAndClaim(publisher, cert.certificate_id, await buyer("Buyer Two", SECRET_PHRASE));
		await read(b2);
		await accessesRecorded(cert.certificate_id, 1);
		await asStoredBeforeSalts(publisher, cert.certificate_id);
		await stallTransparencyLog(false);
		// The append-only triggers are back: stored events still cannot be edited.
		await expect(
			certificateD1(cert.certificate_id)
				.prepare("UPDATE audit_events SET ip = 'x' WHERE certificate_id = ?")
				.bind(cert.certificate_id)
				.run(),
		).rejects.toThrow(/append-only/);

		const b1 = await shareAndClaim(publisher, cert.certificate_id, await buyer("Buyer One"));
		const bundle = await read(b1, "?format=bundle");
		const accessLog = await read(b1, "/access-log");
		expectNothingOf(bundle.text, b2, SECRET_PHRASE);
		expectNothingOf(accessLog.text, b2, SECRET_PHRASE);
		expect(
			bundle.json.audit_chain.map((e: { form: string; redacted?: boolean }) => [e.form, e.redacted === true]),
		).toEqual([
			["legacy", false], // created
			["legacy", false], // signed
			["legacy", true], // shared with B2
			["legacy", true], // claimed by B2
			["legacy", true], // B2's compliance result
			["salted", false], // shared with B1
			["salted", false],
			["salted", false],
		]);
		// A legacy commitment has no leaf: its hash is all there is.
		expect(Object.keys(bundle.json.audit_chain[2]).sort()).toEqual(REDACTED_KEYS.filter((k) => k !== "leaf"));
		const offline = await verifyEvidenceBundle(bundle.json, undefined, accessLog.json);
		expect(offline.valid).toBe(true);
		expect(offline.checks.find((c) => c.check === "audit_chain")?.detail).toMatch(
			/3 shown as commitments, 3 of them legacy, by hash only/,
		);
		expect(offline.not_checked.find((n) => n.check === "legacy_commitments")?.reason).toMatch(
			/^3 events of the audit chain, stored before salted chains/,
		);

		// The service's own verification of the stored (full) chain holds too.
		const verified = await call("GET", `${evidencePath(b1.claimId).replace("/evidence", "/verify")}`, { as: b1.actor });
		expect(verified.json.valid).toBe(true);
		await accessesRecorded(cert.certificate_id, 4);
		const stored = await storedChains(cert.certificate_id);
		expect(stored.audit.map((e) => e.salt === null)).toEqual([true, true, true, true, true, false, false, false]);
		expect(stored.access.map((e) => e.salt === null)).toEqual([true, false, false, false]);
	});
});

describe("the disclosure rule on its own", () => {
	const stored = (seq: number, eventType: string, actor: string | null, details: Record<string, unknown>) => ({
		certificateId: "EC-1",
		seq,
		eventType,
		actorCompanyId: actor,
		actorUserId: actor && `${actor}-user`,
		ip: "198.18.0.1",
		details: JSON.stringify(details),
		createdAt: "2026-11-26T10:00:00.000Z",
		salt: "0".repeat(32),
		prevHash: "",
		hash: "",
	});
	const chain = [
		stored(1, "created", "pub", {}),
		stored(2, "signed", "pub", {}),
		stored(3, "shared", "pub", { claim_token_id: "open-1", target_company_id: null }),
		stored(4, "shared", "pub", { claim_token_id: "open-2", target_company_id: null }),
		stored(5, "claimed", "b1", { claim_token_id: "open-1", claiming_company_id: "b1" }),
		stored(6, "compliance_checked", "b1", {}),
		stored(7, "claimed", "b2", { claim_token_id: "open-2", claiming_company_id: "b2" }),
		stored(8, "compliance_checked", "b2", {}),
		stored(9, "verified", "b2", {}), // a legacy chain's access, in the audit chain
		stored(10, "shared", null, { claim_token_id: "t-3", target_company_id: "b1" }), // no actor recorded
	];
	const shownTo = (companyId: string, role: "publisher" | "buyer") =>
		chain
			.filter((e) =>
				disclosedTo({ companyId, role }, e, "audit", new Set(role === "buyer" ? [`open-${companyId.slice(1)}`] : [])),
			)
			.map((e) => e.seq);

	it("shows a buyer the open share it redeemed and the shares addressed to it, not another buyer's", () => {
		expect(shownTo("b1", "buyer")).toEqual([1, 2, 3, 5, 6, 10]);
		expect(shownTo("b2", "buyer")).toEqual([1, 2, 4, 7, 8, 9]);
	});

	it("shows the publisher every share and claim, no compliance result, no buyer's access", () => {
		expect(shownTo("pub", "publisher")).toEqual([1, 2, 3, 4, 5, 7, 10]);
	});

	it("shows nobody anything of the access log but its own accesses", () => {
		const read = stored(1, "accessed_evidence", "b2", {});
		expect(disclosedTo({ companyId: "b2", role: "buyer" }, read, "access", new Set())).toBe(true);
		expect(disclosedTo({ companyId: "b1", role: "buyer" }, read, "access", new Set())).toBe(false);
		expect(disclosedTo({ companyId: "pub", role: "publisher" }, read, "access", new Set())).toBe(false);
	});
});
