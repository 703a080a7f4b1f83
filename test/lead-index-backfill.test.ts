// Certificates captured before the lead index (plain-hash leads, no index rows) are indexed by the backfill the daily
// run starts: the publisher's rows and each decided claim's, once however often a page runs, and a shard once done
// is not walked again.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { certificateShard } from "../src/db/shards";
import { leadIndexBackfillPage, startLeadIndexBackfill } from "../src/lead-lookup/backfill";
import { type Actor, call, createProperty, signup } from "./helpers";
import { capturedBeforeSaltedLeads } from "./legacy-certificates";
import { certificateD1 } from "./shard-databases";

const LEAD = { email: "Old.Lead@Example.com", phone: "(555) 019-8844" };

async function lookUp(as: Actor) {
	const res = await call<{ results: { certificates: { certificate_id: string; claim_id: number | null }[] }[] }>(
		"POST",
		"/certificate-sharing/lookups",
		{ as, body: { leads: [{ phone: LEAD.phone }] } },
	);
	expect(res.status, res.text).toBe(200);
	return res.json.results[0]?.certificates ?? [];
}

async function claimOpenShare(publisher: Actor, buyer: Actor, certificateId: string) {
	const share = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: {},
	});
	expect(share.status, share.text).toBe(201);
	const claim = await call("POST", `/certificate-sharing/certificates/claim/${share.json.claim_token}`, { as: buyer });
	expect(claim.status, claim.text).toBe(200);
	return claim.json.claim_id as number;
}

const indexRows = async (certificateId: string) =>
	(
		await certificateD1(certificateId)
			.prepare("SELECT count(*) AS n FROM lead_index WHERE certificate_id = ?")
			.bind(certificateId)
			.first<{ n: number }>()
	)?.n;

describe("the lead index backfill", () => {
	it("indexes a certificate captured before the index, and its claims, once; a later claim copies its rows", async () => {
		const publisher = await signup("Old Leads Co");
		const buyer = await signup("Old Buyer Co");
		const property = await createProperty(publisher);
		const certificateId = await capturedBeforeSaltedLeads(publisher, property.id, LEAD);
		const claimId = await claimOpenShare(publisher, buyer, certificateId);

		// Before: nothing to find, for either of them.
		expect(await lookUp(publisher)).toEqual([]);
		expect(await lookUp(buyer)).toEqual([]);

		const message = { type: "lead_index_backfill_page" as const, shard: certificateShard(certificateId), after: null };
		const page = await leadIndexBackfillPage(env, message, new Date());
		expect(page.indexed).toContain(certificateId);
		expect((await lookUp(publisher)).map((c) => [c.certificate_id, c.claim_id])).toEqual([[certificateId, null]]);
		expect((await lookUp(buyer)).map((c) => [c.certificate_id, c.claim_id])).toEqual([[certificateId, claimId]]);
		// Email and phone, for the publisher and the buyer.
		expect(await indexRows(certificateId)).toBe(4);

		// A page run again (a redelivered message) adds nothing.
		await leadIndexBackfillPage(env, message, new Date());
		expect(await indexRows(certificateId)).toBe(4);

		// A buyer claiming after the backfill finds it too: its claim copies the publisher's rows.
		const later = await signup("Later Buyer Co");
		const laterClaim = await claimOpenShare(publisher, later, certificateId);
		expect((await lookUp(later)).map((c) => [c.certificate_id, c.claim_id])).toEqual([[certificateId, laterClaim]]);
	});

	it("starts every shard not finished, and none once each has run to its end", async () => {
		const first = await startLeadIndexBackfill(env);
		for (const message of first) {
			let next: typeof message | null = message;
			while (next) next = (await leadIndexBackfillPage(env, next, new Date())).next;
		}
		expect(await startLeadIndexBackfill(env)).toEqual([]);
	});
});
