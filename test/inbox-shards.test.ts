// A buyer's claims are on the shards of the certificates claimed: the inbox reads every shard and merges them into
// one ordered walk whose cursors carry on across shards, and batch verify reads each token on its own shard and
// answers in the order the tokens were sent.
import { afterEach, describe, expect, it, vi } from "vitest";
import { certificateShard, tokenShard } from "../src/db/shards";
import { type Actor, type CallResult, call, captureCertificate, createProperty, signup } from "./helpers";
import { allRows } from "./shard-databases";

const INBOX = "/certificate-sharing/partner-certificates";

function advance(ms: number) {
	if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
	vi.setSystemTime(Date.now() + ms);
}

afterEach(() => {
	vi.useRealTimers();
});

/** Certificates captured through the API until each certificate shard holds at least `each` of them. */
async function certificatesOnEveryShard(publisher: Actor, propertyId: string, each: number) {
	const ids: string[] = [];
	const onShard = (shard: number) => ids.filter((id) => certificateShard(id) === shard).length;
	for (let i = 0; i < 60 && (onShard(1) < each || onShard(2) < each); i++) {
		ids.push((await captureCertificate(publisher, propertyId)).certificate_id);
	}
	expect(onShard(1), "certificates on SHARD_1").toBeGreaterThanOrEqual(each);
	expect(onShard(2), "certificates on SHARD_2").toBeGreaterThanOrEqual(each);
	return ids;
}

async function share(publisher: Actor, ids: string[], buyer?: Actor) {
	const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
		as: publisher,
		body: { certificate_ids: ids, ...(buyer ? { target_company_id: buyer.company.id } : {}) },
	});
	expect(res.status, res.text).toBe(200);
	expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
	return (res.json.results as { claim_token: string }[]).map((r) => r.claim_token);
}

interface ClaimRow {
	id: number;
	certificate_id: string;
	status: string;
	created_at: string;
	claimed_at: string | null;
}

/** The buyer's claims on every database, in the inbox's order for `key`: newest first, the larger claim id first. */
async function expectedOrder(buyer: Actor, key: "created_at" | "claimed_at", keep: (row: ClaimRow) => boolean) {
	const rows = await allRows<ClaimRow>(
		"SELECT id, certificate_id, status, created_at, claimed_at FROM claims WHERE buyer_company_id = ?",
		buyer.company.id,
	);
	return rows
		.filter(keep)
		.sort((a, b) => {
			const [ka, kb] = [a[key] ?? "", b[key] ?? ""];
			return ka === kb ? b.id - a.id : ka < kb ? 1 : -1;
		})
		.map((row) => row.id);
}

async function walk(buyer: Actor, query: string) {
	const seen: { claim_id: number; certificate_id: string }[] = [];
	let cursor: string | null = null;
	for (let page = 1; page < 100; page++) {
		const res: CallResult = await call("GET", `${INBOX}?${query}${cursor ? `&cursor=${cursor}` : ""}`, { as: buyer });
		expect(res.status, res.text).toBe(200);
		// +2: after authentication (which reads the directory's own claims in its batch), SHARD_1 and SHARD_2 are
		// read in parallel.
		expect(res.roundTrips).toBe(3);
		expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
		seen.push(...res.json.data);
		cursor = res.json.next_cursor;
		if (!cursor) return seen;
	}
	throw new Error("the walk did not end");
}

describe("inbox across shards", () => {
	it("walks the claims of both shards by cursor, every item once in order, newest share and newest claim first", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Acme Insurance");
		const ids = await certificatesOnEveryShard(publisher, property.id, 3);
		// Two shares: the items of one share have one created_at, so claim ids of both shards break the ties.
		const half = Math.ceil(ids.length / 2);
		const first = await share(publisher, ids.slice(0, half), buyer);
		advance(5);
		const second = await share(publisher, ids.slice(half), buyer);
		advance(5);
		// Claims at two times: the first batch holds a token of each shard, so claimed items are on both.
		const all = [...first, ...second];
		const ofShard = (shard: number) => all.find((token) => tokenShard(token) === shard) as string;
		const others = all.filter((token) => token !== ofShard(1) && token !== ofShard(2));
		const toClaim = [ofShard(1), ofShard(2), ...others.slice(0, 2)];
		for (const tokens of [toClaim.slice(0, 2), toClaim.slice(2)]) {
			const res = await call("POST", "/certificate-sharing/certificates/batch-claim", {
				as: buyer,
				body: { claims: tokens.map((token) => ({ token })) },
			});
			expect(res.status).toBe(200);
			expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
			advance(5);
		}

		const byShare = await expectedOrder(buyer, "created_at", () => true);
		expect(byShare).toHaveLength(ids.length);
		const walked = await walk(buyer, "limit=2");
		expect(walked.map((item) => item.claim_id)).toEqual(byShare);
		expect(new Set(walked.map((item) => certificateShard(item.certificate_id)))).toEqual(new Set([1, 2]));

		const byClaim = await expectedOrder(buyer, "claimed_at", (row) => row.claimed_at !== null);
		expect(byClaim).toHaveLength(4);
		const claimedWalk = await walk(buyer, "limit=1&claimed_after=2000-01-01T00:00:00Z");
		expect(claimedWalk.map((item) => item.claim_id)).toEqual(byClaim);
		expect(new Set(claimedWalk.map((item) => certificateShard(item.certificate_id)))).toEqual(new Set([1, 2]));

		const pending = await expectedOrder(buyer, "created_at", (row) => row.status === "pending");
		expect((await walk(buyer, "limit=3&status=pending")).map((item) => item.claim_id)).toEqual(pending);

		// The page form: the total over both shards, a page cut from their merge, and a cursor that carries on.
		const page = await call("GET", `${INBOX}?page=2&limit=3`, { as: buyer });
		expect(page.json).toMatchObject({ page: 2, limit: 3, total: ids.length });
		expect(page.json.data.map((item: { claim_id: number }) => item.claim_id)).toEqual(byShare.slice(3, 6));
		if (byShare.length > 6) {
			const rest = await walk(buyer, `limit=100&cursor=${page.json.next_cursor}`);
			expect(rest.map((item) => item.claim_id)).toEqual(byShare.slice(6));
		} else expect(page.json.next_cursor).toBeNull();

		// A certificate's items are read on its shard alone: one round trip after authentication.
		const one = ids.find((id) => certificateShard(id) === 2) as string;
		const ofOne = await call("GET", `${INBOX}?certificate_id=${one}`, { as: buyer });
		expect(ofOne.json.data.map((item: { certificate_id: string }) => item.certificate_id)).toEqual([one]);
		expect(ofOne.roundTrips).toBe(2);
	}, 60_000);

	it("refuses page numbers past the first 10,000 items, naming the cursor as the way on", async () => {
		const buyer = await signup();
		const deep = await call("GET", `${INBOX}?limit=100&page=101`, { as: buyer });
		expect(deep.status).toBe(400);
		expect(deep.json.error.code).toBe("VALIDATION_FAILED");
		expect(deep.json.error.fields[0].message).toMatch(/next_cursor/);
		expect((await call("GET", `${INBOX}?limit=100&page=100`, { as: buyer })).status).toBe(200);
	});

	it("verifies tokens of both shards in one batch, answering each in the order sent", async () => {
		const publisher = await signup("LeadGen Co");
		const property = await createProperty(publisher);
		const buyer = await signup("Buyer Co");
		const ids = await certificatesOnEveryShard(publisher, property.id, 2);
		const tokens = await share(publisher, ids);
		expect(new Set(tokens.map(tokenShard))).toEqual(new Set([1, 2]));
		// Interleaved shards, one token twice.
		const sent = [...[...tokens].reverse(), tokens.at(-1) as string];
		const expected = [...[...ids].reverse(), ids.at(-1)];
		const verify = (items: string[]) =>
			call("POST", "/certificate-sharing/certificates/batch-verify", {
				as: buyer,
				body: { items: items.map((token) => ({ token })) },
			});
		const res = await verify(sent);
		expect(res.status, res.text).toBe(200);
		// +2: SHARD_1 and SHARD_2, read in parallel with authentication on the directory.
		expect(res.roundTrips).toBe(3);
		expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
		type Result = { index: number; ok: boolean; claimable?: boolean; summary?: { certificate_id: string } };
		const results = res.json.results as Result[];
		expect(results.map((r) => r.index)).toEqual(sent.map((_, index) => index));
		expect(results.map((r) => r.summary?.certificate_id)).toEqual(expected);
		expect(results.every((r) => r.ok && r.claimable)).toBe(true);

		// A token no shard has is an item of its own, the others answered around it.
		const withUnknown = [sent[0] as string, `clm_${"0".repeat(48)}`, sent[1] as string];
		const answered = (await verify(withUnknown)).json.results as Result[];
		expect(answered.map((r) => r.summary?.certificate_id)).toEqual([expected[0], undefined, expected[1]]);
		expect(answered[1]).toMatchObject({ index: 1, ok: false, error: { code: "NOT_FOUND" } });
	}, 60_000);
});
