import { describe, expect, it, vi } from "vitest";
import { DIRECTORY_SHARD, tokenShard } from "../src/db/shards";
import {
	type Actor,
	accessesRecorded,
	call,
	captureCertificate,
	createProperty,
	seedCertificates,
	signup,
} from "./helpers";
import { allRows, certificateD1 } from "./shard-databases";

const BATCH_VERIFY = "/certificate-sharing/certificates/batch-verify";

async function tokensFor(publisher: Actor, certificateIds: string[], target?: string) {
	const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
		as: publisher,
		body: { certificate_ids: certificateIds, ...(target ? { target_company_id: target } : {}) },
	});
	expect(res.status).toBe(200);
	expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
	return (res.json.results as { claim_token: string }[]).map((r) => r.claim_token);
}

/** A count over every database holding certificates' data. */
const count = async (sql: string, ...params: unknown[]) =>
	(await allRows<{ n: number }>(sql, ...params)).reduce((sum, row) => sum + row.n, 0);

describe("batch verify", () => {
	it("checks 1,000 tokens in one D1 read at a replica, spends none, and logs each check once, after the answer", {
		tags: ["stress"],
		timeout: 60_000,
	}, async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher, "forms.batch.example");
		const ids = await seedCertificates(publisher.company.id, property.id, 1000);
		const tokens = await tokensFor(publisher, ids);
		const buyer = await signup("Buyer Co");
		const res = await call("POST", BATCH_VERIFY, { as: buyer, body: { items: tokens.map((token) => ({ token })) } });
		expect(res.status).toBe(200);
		expect(res.json.results).toHaveLength(1000);
		expect(res.json.results[999]).toMatchObject({
			index: 999,
			ok: true,
			summary: {
				certificate_id: ids[999],
				publisher_name: "LeadGen Co",
				property_domain: "forms.batch.example",
				status: "pending",
			},
			claimable: true,
			not_claimable: null,
			compliance: { status: "pass" },
			lead_match: { email: "not_provided", phone: "not_provided" },
			// Seeded rows carry a placeholder signature: the check must say so.
			signatures: { hmac: false, ed25519: false },
		});
		// One round trip per database holding some of the tokens, which a replica may serve: the directory's (its
		// tokens read with authentication) and each other shard's, in parallel. The verified events go through the
		// access events queue, after the answer, and each ledger appends its certificates' events in one batch.
		const otherShards = new Set(tokens.map(tokenShard).filter((shard) => shard !== DIRECTORY_SHARD));
		expect(res.roundTrips).toBe(1 + otherShards.size);
		expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
		expect(res.headers.get("x-durable-object-calls")).toBe("0");
		const ofPublisher = "certificate_id IN (SELECT id FROM certificates WHERE company_id = ?)";
		expect(await count(`SELECT count(*) AS n FROM claims WHERE ${ofPublisher}`, publisher.company.id)).toBe(0);
		const verified = () =>
			count(
				`SELECT count(*) AS n FROM access_events WHERE event_type = 'verified' AND actor_company_id = ? AND ${ofPublisher}`,
				buyer.company.id,
				publisher.company.id,
			);
		await vi.waitFor(async () => expect(await verified()).toBe(1000), { timeout: 30_000, interval: 200 });
		// One per certificate: the queue may deliver again, the log does not grow.
		const requests = await allRows<{ request_id: string }>(
			`SELECT DISTINCT request_id FROM access_events WHERE actor_company_id = ? AND ${ofPublisher}`,
			buyer.company.id,
			publisher.company.id,
		);
		expect(new Set(requests.map((r) => r.request_id)).size).toBe(1);
		const claimed = await call("POST", `/certificate-sharing/certificates/claim/${tokens[0]}`, { as: buyer });
		expect(claimed.status).toBe(200);
	});

	it("says why a token cannot be claimed, judges the caller's rules and the lead, and checks real signatures", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const certificate = await captureCertificate(publisher, property.id);
		const buyer = await signup("Buyer Co");
		const other = await signup("Other Co");
		await call("POST", "/certificate-sharing/consent-rules", {
			as: buyer,
			body: { rule_name: "Same lead", mode: "reject", require_lead_match: true, required_phrases: ["autodialer"] },
		});
		const [open, spent] = await tokensFor(publisher, [certificate.certificate_id, certificate.certificate_id]);
		const [targeted] = await tokensFor(publisher, [certificate.certificate_id], other.company.id);
		expect((await call("POST", `/certificate-sharing/certificates/claim/${spent}`, { as: other })).status).toBe(200);
		const res = await call("POST", BATCH_VERIFY, {
			as: buyer,
			body: {
				items: [
					{ token: open, lead: { phone: "555.010.0000" } },
					{ token: open, lead: { phone: "555.010.9999" } },
					{ token: spent },
					{ token: targeted },
					{ token: `clm_${"0".repeat(48)}` },
				],
			},
		});
		expect(res.status).toBe(200);
		const [match, mismatch, used, foreign, unknown] = res.json.results;
		expect(match).toMatchObject({
			claimable: true,
			compliance: { status: "pass" },
			lead_match: { phone: "match", email: "not_provided" },
			signatures: { hmac: true, ed25519: true },
		});
		expect(mismatch).toMatchObject({
			claimable: true,
			compliance: { status: "reject" },
			lead_match: { phone: "mismatch" },
		});
		expect(used).toMatchObject({
			claimable: false,
			not_claimable: { code: "ALREADY_CLAIMED" },
			summary: { status: "claimed" },
		});
		expect(foreign).toMatchObject({ claimable: false, not_claimable: { code: "FORBIDDEN" } });
		expect(unknown).toEqual({ index: 4, ok: false, error: { code: "NOT_FOUND", message: "Claim token not found" } });
		// One verified event for the certificate, naming the three of its tokens that were checked.
		await accessesRecorded(certificate.certificate_id, 1);
		const events = await certificateD1(certificate.certificate_id)
			.prepare(
				"SELECT details FROM access_events WHERE certificate_id = ? AND event_type = 'verified' AND actor_company_id = ?",
			)
			.bind(certificate.certificate_id, buyer.company.id)
			.all<{ details: string }>();
		expect(events.results).toHaveLength(1);
		expect(JSON.parse(events.results[0]!.details)).toMatchObject({ checking_company_id: buyer.company.id });
		expect(JSON.parse(events.results[0]!.details).claim_token_ids).toHaveLength(3);
		// Nothing was spent: the open token still claims, and the certificate still verifies with its access log.
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${open}`, {
			as: buyer,
			body: { lead: { phone: "555 010 0000" } },
		});
		expect(claim.json).toMatchObject({ status: "claimed", compliance: { status: "pass" } });
		const verify = await call("GET", `/certificate-sharing/partner-certificates/${claim.json.claim_id}/verify`, {
			as: buyer,
		});
		expect(verify.json.valid).toBe(true);
	}, 30_000);

	it("refuses an empty list and more than 1,000 tokens with 400", async () => {
		const buyer = await signup();
		expect((await call("POST", BATCH_VERIFY, { as: buyer, body: { items: [] } })).status).toBe(400);
		const tooMany = await call("POST", BATCH_VERIFY, {
			as: buyer,
			body: { items: Array.from({ length: 1001 }, () => ({ token: `clm_${"1".repeat(48)}` })) },
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.json.error.code).toBe("VALIDATION_FAILED");
	});
});
