import { describe, expect, it, vi } from "vitest";
import { LEDGERS_PER_PUBLISHER } from "../src/ledger/ledger";
import { CLAIM_TOKEN_TTL_DAYS } from "../src/sharing/tokens";
import {
	type Actor,
	call,
	captureCertificate,
	createApiKey,
	createProperty,
	seedCertificates,
	signup,
} from "./helpers";
import { allRows, countAll, shardsOf } from "./shard-databases";

const BATCH_CLAIM = "/certificate-sharing/certificates/batch-claim";

async function openTokens(publisher: Actor, certificateIds: string[], target?: string) {
	const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
		as: publisher,
		body: { certificate_ids: certificateIds, ...(target ? { target_company_id: target } : {}) },
	});
	expect(res.status).toBe(200);
	expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
	return (res.json.results as { claim_token: string }[]).map((r) => r.claim_token);
}

async function publisherWith(n: number) {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const ids = await seedCertificates(publisher.company.id, property.id, n);
	return { publisher, property, ids, tokens: await openTokens(publisher, ids) };
}

const claimRows = (certificateIds: string[]) =>
	countAll(
		`SELECT count(*) AS n FROM claims WHERE certificate_id IN (${certificateIds.map(() => "?").join(",")}) AND status != 'pending'`,
		...certificateIds,
	);

describe("batch claim", () => {
	it("claims 100 tokens in one D1 read plus one call per ledger, answering in request order", async () => {
		const { ids, tokens } = await publisherWith(100);
		const buyer = await signup("Buyer Co");
		const res = await call("POST", BATCH_CLAIM, {
			as: buyer,
			body: { claims: tokens.map((token) => ({ token })) },
		});
		expect(res.status).toBe(200);
		expect(res.json.results).toHaveLength(100);
		for (const [i, result] of res.json.results.entries()) {
			expect(result).toMatchObject({ index: i, ok: true, certificate_id: ids[i], status: "claimed" });
			expect(result.claim_id).toEqual(expect.any(Number));
			expect(result.lead_match).toEqual({ email: "not_provided", phone: "not_provided" });
		}
		const ledgerCalls = Number(res.headers.get("x-durable-object-calls"));
		expect(ledgerCalls).toBeLessThanOrEqual(LEDGERS_PER_PUBLISHER * shardsOf(ids));
		// One round trip to the directory (authentication, rules) and one to each shard holding the tokens, in
		// parallel; each ledger writes its group in one or two batches.
		const reads = 1 + shardsOf(ids);
		expect(res.roundTrips).toBeGreaterThanOrEqual(reads + ledgerCalls);
		expect(res.roundTrips).toBeLessThanOrEqual(reads + 2 * ledgerCalls);
		expect(await claimRows(ids)).toBe(100);
		const events = await allRows<{ event_type: string; n: number }>(
			`SELECT event_type, count(*) AS n FROM audit_events WHERE certificate_id IN (${ids.map(() => "?").join(",")}) GROUP BY event_type`,
			...ids,
		);
		const totals = new Map<string, number>();
		for (const { event_type, n } of events) totals.set(event_type, (totals.get(event_type) ?? 0) + n);
		expect([...totals].sort().map(([event_type, n]) => ({ event_type, n }))).toEqual([
			{ event_type: "claimed", n: 100 },
			{ event_type: "compliance_checked", n: 100 },
			{ event_type: "shared", n: 100 },
		]);
	});

	it("lets one bad item fail alone, with a single claim's error codes", async () => {
		const { publisher, ids, tokens } = await publisherWith(3);
		const buyer = await signup("Buyer Co");
		const other = await signup("Other Co");
		const [targeted] = await openTokens(publisher, [ids[2] as string], other.company.id);
		const spent = await call("POST", `/certificate-sharing/certificates/claim/${tokens[1]}`, { as: other });
		expect(spent.status).toBe(200);
		const res = await call("POST", BATCH_CLAIM, {
			as: buyer,
			body: {
				claims: [
					{ token: tokens[0] },
					{ token: tokens[1] },
					{ token: `clm_${"0".repeat(48)}` },
					{ token: targeted },
					{ token: "not a token" },
				],
			},
		});
		expect(res.status).toBe(200);
		const results = res.json.results;
		expect(results[0]).toMatchObject({ index: 0, ok: true, certificate_id: ids[0] });
		expect(results.slice(1).map((r: any) => [r.index, r.ok, r.error.code])).toEqual([
			[1, false, "ALREADY_CLAIMED"],
			[2, false, "NOT_FOUND"],
			[3, false, "FORBIDDEN"],
			[4, false, "NOT_FOUND"],
		]);
		// The publisher cannot claim its own certificate in a batch either.
		const own = await call("POST", BATCH_CLAIM, { as: publisher, body: { claims: [{ token: tokens[2] }] } });
		expect(own.json.results[0].error.code).toBe("FORBIDDEN");
	});

	it("answers TOKEN_EXPIRED for an expired token in a batch", async () => {
		const { tokens } = await publisherWith(1);
		// Tokens cannot be edited (claim_tokens is append-only): the clock moves past the expiry instead. Sessions
		// last 14 days; an API key still works then.
		const buyerServer = await createApiKey(await signup());
		vi.useFakeTimers({ toFake: ["Date"] });
		try {
			vi.setSystemTime(Date.now() + CLAIM_TOKEN_TTL_DAYS * 86_400_000 + 1000);
			const res = await call("POST", BATCH_CLAIM, { as: buyerServer, body: { claims: [{ token: tokens[0] }] } });
			expect(res.json.results[0]).toMatchObject({ ok: false, error: { code: "TOKEN_EXPIRED" } });
		} finally {
			vi.useRealTimers();
		}
	});

	it("claims a token named twice in one batch once; the repeat answers ALREADY_CLAIMED naming the first", async () => {
		const { ids, tokens } = await publisherWith(1);
		const buyer = await signup();
		const res = await call("POST", BATCH_CLAIM, {
			as: buyer,
			body: { claims: [{ token: tokens[0] }, { token: tokens[0] }] },
		});
		expect(res.json.results[0]).toMatchObject({ index: 0, ok: true });
		expect(res.json.results[1]).toEqual({
			index: 1,
			ok: false,
			error: { code: "ALREADY_CLAIMED", message: "This token was claimed by item 0 of this batch" },
		});
		expect(await claimRows(ids)).toBe(1);
	});

	it("spends each token exactly once when two overlapping batches race", async () => {
		const { ids, tokens } = await publisherWith(30);
		const [a, b] = [await signup("A"), await signup("B")];
		// A takes tokens 0–19, B takes 10–29: 10 tokens are wanted by both.
		const [ra, rb] = await Promise.all([
			call("POST", BATCH_CLAIM, { as: a, body: { claims: tokens.slice(0, 20).map((token) => ({ token })) } }),
			call("POST", BATCH_CLAIM, { as: b, body: { claims: tokens.slice(10).map((token) => ({ token })) } }),
		]);
		expect([ra.status, rb.status]).toEqual([200, 200]);
		for (let i = 0; i < 30; i++) {
			const fromA = i < 20 ? ra.json.results[i] : null;
			const fromB = i >= 10 ? rb.json.results[i - 10] : null;
			const wins = [fromA, fromB].filter((r) => r?.ok).length;
			expect(wins).toBe(1);
			const loser = [fromA, fromB].find((r) => r && !r.ok);
			if (loser) expect(loser.error.code).toBe("ALREADY_CLAIMED");
		}
		expect(await claimRows(ids)).toBe(30);
		const claimed = await countAll(
			`SELECT count(*) AS n FROM audit_events WHERE event_type = 'claimed' AND certificate_id IN (${ids.map(() => "?").join(",")})`,
			...ids,
		);
		expect(claimed).toBe(30);
	});

	it("refuses an empty batch and more than 100 items with 400", async () => {
		const buyer = await signup();
		const empty = await call("POST", BATCH_CLAIM, { as: buyer, body: { claims: [] } });
		expect(empty.status).toBe(400);
		const tooMany = await call("POST", BATCH_CLAIM, {
			as: buyer,
			body: { claims: Array.from({ length: 101 }, () => ({ token: `clm_${"1".repeat(48)}` })) },
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.json.error.code).toBe("VALIDATION_FAILED");
	});

	it("compares the lead of each item with the captured one", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const certificate = await captureCertificate(publisher, property.id);
		const [token] = await openTokens(publisher, [certificate.certificate_id]);
		const buyer = await signup();
		const res = await call("POST", BATCH_CLAIM, {
			as: buyer,
			body: { claims: [{ token, lead: { email: "jane@EXAMPLE.com", phone: "+1 555 010 0001" } }] },
		});
		expect(res.json.results[0].lead_match).toEqual({ email: "match", phone: "mismatch" });
		expect(res.json.results[0].compliance.lead_match).toEqual({ email: "match", phone: "mismatch" });
	});
});
