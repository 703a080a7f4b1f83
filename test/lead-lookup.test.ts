// Lookup by lead: each company finds, for a phone or an email, the certificates it claimed or captured, and nothing
// else, from an index written with the certificate and the claim (src/lead-lookup/).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { certificateShard } from "../src/db/shards";
import { sha256Hex } from "../src/lib/crypto";
import { type Actor, call, captureCertificate, createProperty, signup } from "./helpers";
import { allRows, certificateD1 } from "./shard-databases";

const LOOKUPS = "/certificate-sharing/lookups";

type Lead = { email?: string; phone?: string };
interface Found {
	certificate_id: string;
	claim_id: number | null;
	status: string;
	revoked_at?: string;
	created_at: string;
}

let serial = 0;
/** A lead no other test uses: lookups of it find only this test's certificates. */
function freshLead(): { email: string; phone: string } {
	serial += 1;
	const digits = String(Date.now() % 1_000_000).padStart(6, "0") + String(serial % 10_000).padStart(4, "0");
	return {
		email: `lead-${digits}@example.com`,
		phone: `+1 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
	};
}

async function lookUp(as: Actor, leads: Lead[]) {
	const res = await call<{ results: { index: number; certificates: Found[] }[] }>("POST", LOOKUPS, {
		as,
		body: { leads },
	});
	expect(res.status, res.text).toBe(200);
	return res;
}

const found = async (as: Actor, lead: Lead) => (await lookUp(as, [lead])).json.results[0]?.certificates ?? [];

async function shareToken(publisher: Actor, certificateId: string, target?: Actor) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: target ? { target_company_id: target.company.id } : {},
	});
	expect(res.status, res.text).toBe(201);
	return res.json as { claim_token: string; claim_id?: number };
}

async function claimByToken(buyer: Actor, token: string, lead?: Lead) {
	const res = await call("POST", `/certificate-sharing/certificates/claim/${token}`, {
		as: buyer,
		...(lead ? { body: { lead } } : {}),
	});
	expect(res.status, res.text).toBe(200);
	return res.json as { claim_id: number; status: string };
}

describe("lookup by lead", () => {
	it("finds a buyer's claimed certificates only, and a publisher's own, never another company's", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const lead = freshLead();
		const first = await captureCertificate(publisher, property.id, { lead });
		const second = await captureCertificate(publisher, property.id, { lead });
		const other = await captureCertificate(publisher, property.id, { lead: freshLead() });
		const buyer = await signup("Buyer Co");
		const otherBuyer = await signup("Other Buyer Co");
		const stranger = await signup("Stranger Co");

		const claim = await claimByToken(buyer, (await shareToken(publisher, first.certificate_id)).claim_token);
		// Shared with the other buyer but never claimed: not its certificate yet.
		await shareToken(publisher, second.certificate_id, otherBuyer);
		// The buyer holds a pending share of the second too: pending is not claimed.
		await shareToken(publisher, second.certificate_id, buyer);

		// Written differently: the lead is normalised as at capture.
		const asBuyer = await found(buyer, { phone: lead.phone.replace(/\D/g, "").slice(1) });
		expect(asBuyer).toEqual([
			{
				certificate_id: first.certificate_id,
				claim_id: claim.claim_id,
				status: "active",
				created_at: first.created_at,
			},
		]);
		expect(await found(buyer, { email: ` ${lead.email.toUpperCase()} ` })).toEqual(asBuyer);
		expect(await found(otherBuyer, lead)).toEqual([]);
		expect(await found(stranger, lead)).toEqual([]);

		// The publisher finds both of its certificates for the lead, newest first, and not the third.
		const asPublisher = await found(publisher, { email: lead.email });
		expect(asPublisher.map((c) => [c.certificate_id, c.claim_id])).toEqual([
			[second.certificate_id, null],
			[first.certificate_id, null],
		]);
		expect(asPublisher.map((c) => c.certificate_id)).not.toContain(other.certificate_id);
	});

	it("answers one result per lead, in request order, with the round trips of one read per database", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const [a, b] = [freshLead(), freshLead()];
		const certA = await captureCertificate(publisher, property.id, { lead: { phone: a.phone } });
		const certB = await captureCertificate(publisher, property.id, { lead: { email: b.email } });
		const res = await lookUp(publisher, [
			{ email: b.email },
			{ email: freshLead().email },
			{ phone: a.phone, email: a.email },
		]);
		expect(res.json.results.map((r) => [r.index, r.certificates.map((c) => c.certificate_id)])).toEqual([
			[0, [certB.certificate_id]],
			[1, []],
			[2, [certA.certificate_id]],
		]);
		// Authentication with the directory's own read, then each certificate shard once, in parallel.
		expect(res.roundTrips).toBe(3);
	});

	it("finds claims on both shards, made by token, by batch claim and from the inbox", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const lead = freshLead();
		const ids: string[] = [];
		for (let i = 0; i < 60 && new Set(ids.map(certificateShard)).size < 2; i++) {
			ids.push((await captureCertificate(publisher, property.id, { lead })).certificate_id);
		}
		expect(new Set(ids.map(certificateShard))).toEqual(new Set([1, 2]));
		const [byToken, ...rest] = ids as [string, ...string[]];
		const byInbox = rest.pop() as string;

		const claims = new Map<string, number>();
		claims.set(byToken, (await claimByToken(buyer, (await shareToken(publisher, byToken)).claim_token)).claim_id);
		if (rest.length > 0) {
			const tokens = [];
			for (const id of rest) tokens.push((await shareToken(publisher, id)).claim_token);
			const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", {
				as: buyer,
				body: { claims: tokens.map((token) => ({ token })) },
			});
			expect(batch.status, batch.text).toBe(200);
			for (const [i, result] of (batch.json.results as { ok: boolean; claim_id: number }[]).entries()) {
				expect(result.ok).toBe(true);
				claims.set(rest[i] as string, result.claim_id);
			}
		}
		await shareToken(publisher, byInbox, buyer);
		const [pending] = await allRows<{ id: number }>(
			"SELECT id FROM claims WHERE certificate_id = ? AND buyer_company_id = ?",
			byInbox,
			buyer.company.id,
		);
		const fromInbox = await call("POST", `/certificate-sharing/partner-certificates/${pending?.id}/claim`, {
			as: buyer,
		});
		expect(fromInbox.status, fromInbox.text).toBe(200);
		claims.set(byInbox, fromInbox.json.claim_id);

		const asBuyer = await found(buyer, { phone: lead.phone });
		expect(new Map(asBuyer.map((c) => [c.certificate_id, c.claim_id]))).toEqual(claims);
		expect(asBuyer.map((c) => c.created_at)).toEqual(
			asBuyer
				.map((c) => c.created_at)
				.sort()
				.reverse(),
		);
		expect((await found(publisher, { phone: lead.phone })).length).toBe(ids.length);
	});

	it("finds a flagged claim and never a rejected one", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const lead = freshLead();
		const certificate = await captureCertificate(publisher, property.id, { lead });
		const ruled = async (mode: "warn" | "reject") => {
			const buyer = await signup(`Buyer ${mode}`);
			const rule = await call("POST", "/certificate-sharing/consent-rules", {
				as: buyer,
				body: { rule_name: "Same lead", mode, require_lead_match: true },
			});
			expect(rule.status, rule.text).toBe(201);
			return buyer;
		};
		const [warned, rejecting] = [await ruled("warn"), await ruled("reject")];
		const mismatch = { phone: freshLead().phone };
		const flagged = await claimByToken(
			warned,
			(await shareToken(publisher, certificate.certificate_id)).claim_token,
			mismatch,
		);
		const rejected = await claimByToken(
			rejecting,
			(await shareToken(publisher, certificate.certificate_id)).claim_token,
			mismatch,
		);
		expect(rejected.status).toBe("rejected");
		expect((await found(warned, lead)).map((c) => c.claim_id)).toEqual([flagged.claim_id]);
		expect(await found(rejecting, lead)).toEqual([]);
	});

	it("shows a revoked certificate as revoked, with when the consumer's revocation was received", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const lead = freshLead();
		const certificate = await captureCertificate(publisher, property.id, { lead });
		const kept = await captureCertificate(publisher, property.id, { lead });
		await claimByToken(buyer, (await shareToken(publisher, certificate.certificate_id)).claim_token);
		await claimByToken(buyer, (await shareToken(publisher, kept.certificate_id)).claim_token);
		const revoke = (receivedAt: string, channel: string) =>
			certificateD1(certificate.certificate_id)
				.prepare(
					`INSERT INTO revocations (id, certificate_id, channel, received_at, honor_by, recorded_by_company_id, created_at)
					 VALUES (?, ?, ?, ?, ?, ?, ?)`,
				)
				.bind(
					`rvk_${channel}`,
					certificate.certificate_id,
					channel,
					receivedAt,
					"2026-05-15T00:00:00.000Z",
					publisher.company.id,
					new Date().toISOString(),
				)
				.run();
		await revoke("2026-05-02T10:00:00.000Z", "sms");
		await revoke("2026-05-01T09:00:00.000Z", "call");

		for (const as of [buyer, publisher]) {
			const byId = new Map((await found(as, lead)).map((c) => [c.certificate_id, c]));
			expect(byId.get(certificate.certificate_id)).toMatchObject({
				status: "revoked",
				revoked_at: "2026-05-01T09:00:00.000Z",
			});
			expect(byId.get(kept.certificate_id)?.status).toBe("active");
			expect(byId.get(kept.certificate_id)).not.toHaveProperty("revoked_at");
		}
	});

	it("keeps finding rows made under a retired key once another key is active", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const lead = freshLead();
		const settable = env as { LEAD_INDEX_ACTIVE_KEY_ID: string };
		const active = settable.LEAD_INDEX_ACTIVE_KEY_ID;
		let before: { certificate_id: string };
		settable.LEAD_INDEX_ACTIVE_KEY_ID = "test-lead-2025-12";
		try {
			before = await captureCertificate(publisher, property.id, { lead });
			await claimByToken(buyer, (await shareToken(publisher, before.certificate_id)).claim_token);
		} finally {
			settable.LEAD_INDEX_ACTIVE_KEY_ID = active;
		}
		const after = await captureCertificate(publisher, property.id, { lead });
		await claimByToken(buyer, (await shareToken(publisher, after.certificate_id)).claim_token);

		const rows = await allRows<{ certificate_id: string; key_id: string; lead_key: string }>(
			"SELECT certificate_id, key_id, lead_key FROM lead_index WHERE certificate_id IN (?, ?)",
			before.certificate_id,
			after.certificate_id,
		);
		const keyOf = (id: string) => new Set(rows.filter((r) => r.certificate_id === id).map((r) => r.key_id));
		expect(keyOf(before.certificate_id)).toEqual(new Set(["test-lead-2025-12"]));
		expect(keyOf(after.certificate_id)).toEqual(new Set(["test-lead-2026-01"]));
		// Keyed: neither the lead's plain hash nor anything computable without the key is stored.
		const plainHashes = [await sha256Hex(`+1${lead.phone.replace(/\D/g, "").slice(1)}`), await sha256Hex(lead.email)];
		expect(rows.some((r) => plainHashes.includes(r.lead_key))).toBe(false);

		for (const as of [buyer, publisher]) {
			expect((await found(as, { phone: lead.phone })).map((c) => c.certificate_id)).toEqual([
				after.certificate_id,
				before.certificate_id,
			]);
		}
	});

	it("refuses no leads, more than 1,000, and a lead with neither an email nor a phone", async () => {
		const buyer = await signup("Buyer Co");
		const tooMany = Array.from({ length: 1001 }, (_, i) => ({ phone: `+1 555 ${String(i).padStart(7, "0")}` }));
		for (const leads of [[], tooMany, [{ phone: "+1 555 010 0000" }, {}]]) {
			const res = await call("POST", LOOKUPS, { as: buyer, body: { leads } });
			expect(res.status, res.text).toBe(400);
			expect(res.json.error).toMatchObject({ code: "VALIDATION_FAILED" });
			expect(typeof res.json.error.message).toBe("string");
		}
		const maximal = await call("POST", LOOKUPS, { as: buyer, body: { leads: tooMany.slice(0, 1000) } });
		expect(maximal.status, maximal.text).toBe(200);
		expect(maximal.json.results).toHaveLength(1000);
	});

	it("revokes every one of the publisher's certificates for a lead, once, and no one else's", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const otherPublisher = await signup("Other LeadGen Co");
		const otherProperty = await createProperty(otherPublisher, "forms.other.example");
		const buyer = await signup("Buyer Co");
		const lead = freshLead();
		const older = await captureCertificate(publisher, property.id, { lead });
		const newer = await captureCertificate(publisher, property.id, { lead: { phone: lead.phone } });
		const unrelated = await captureCertificate(publisher, property.id, { lead: freshLead() });
		const elsewhere = await captureCertificate(otherPublisher, otherProperty.id, { lead });
		const claim = await claimByToken(buyer, (await shareToken(publisher, older.certificate_id)).claim_token);
		await claimByToken(buyer, (await shareToken(otherPublisher, elsewhere.certificate_id)).claim_token);

		const body = { phone: lead.phone.replace(/\D/g, ""), channel: "sms", received_at: "2026-11-25T10:04:05-05:00" };
		const first = await call("POST", "/consent-revocations", { as: publisher, body });
		expect(first.status, first.text).toBe(200);
		expect(
			first.json.revocations.map((r: { certificate_id: string; created: boolean; received_at: string }) => [
				r.certificate_id,
				r.created,
				r.received_at,
			]),
		).toEqual([
			[newer.certificate_id, true, "2026-11-25T15:04:05.000Z"],
			[older.certificate_id, true, "2026-11-25T15:04:05.000Z"],
		]);
		// The same revocation again records nothing new.
		const again = await call("POST", "/consent-revocations", { as: publisher, body });
		expect(again.status, again.text).toBe(200);
		expect(again.json.revocations.map((r: { id: string; created: boolean }) => [r.id, r.created])).toEqual(
			first.json.revocations.map((r: { id: string }) => [r.id, false]),
		);
		const revoked = await allRows<{ certificate_id: string }>(
			"SELECT certificate_id FROM revocations WHERE certificate_id IN (?, ?, ?, ?)",
			older.certificate_id,
			newer.certificate_id,
			unrelated.certificate_id,
			elsewhere.certificate_id,
		);
		expect(revoked.map((r) => r.certificate_id).sort()).toEqual([older.certificate_id, newer.certificate_id].sort());

		// The buyer sees it revoked; its certificate from the other publisher stays active.
		const asBuyer = new Map((await found(buyer, { email: lead.email })).map((c) => [c.certificate_id, c]));
		expect(asBuyer.get(older.certificate_id)).toMatchObject({
			claim_id: claim.claim_id,
			status: "revoked",
			revoked_at: "2026-11-25T15:04:05.000Z",
		});
		expect(asBuyer.get(elsewhere.certificate_id)?.status).toBe("active");

		// A buyer revoking by lead revokes nothing it merely claimed: that is done by claim.
		const byBuyer = await call("POST", "/consent-revocations", { as: buyer, body });
		expect(byBuyer.status, byBuyer.text).toBe(200);
		expect(byBuyer.json.revocations).toEqual([]);

		const noLead = await call("POST", "/consent-revocations", {
			as: publisher,
			body: { channel: "sms", received_at: body.received_at },
		});
		expect(noLead.status, noLead.text).toBe(400);
		expect(noLead.json.error.code).toBe("VALIDATION_FAILED");
	});
});
