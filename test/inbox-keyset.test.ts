// The buyer's inbox by cursor: every item exactly once in a fixed order however the inbox changes between pages,
// the filters alone and combined, bad input refused, the older page form kept, and every way of reading it served
// by an index (EXPLAIN QUERY PLAN) in one round trip per database that any replica can answer.
import { env } from "cloudflare:workers";
import { type SQL, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../src/db/client";
import { inboxReads, readInboxCursor } from "../src/inbox/inbox";
import { InboxQuery } from "../src/inbox/inbox.routes";
import { type Actor, type CallResult, call, createProperty, seedCertificates, signup } from "./helpers";
import { allRows } from "./shard-databases";

const INBOX = "/certificate-sharing/partner-certificates";
/** Moves the service's clock (src/lib/clock.ts reads Date) on by `ms` instead of sleeping: the next writes get
 * later times. The fake clock also runs on with real time, so times only ever grow within a test. */
function advance(ms: number) {
	if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
	vi.setSystemTime(Date.now() + ms);
}

afterEach(() => {
	vi.useRealTimers();
});

async function shareTo(publisher: Actor, ids: string[], buyer?: Actor) {
	const res = await call("POST", "/certificate-sharing/certificates/batch-share", {
		as: publisher,
		body: { certificate_ids: ids, ...(buyer ? { target_company_id: buyer.company.id } : {}) },
	});
	expect(res.status).toBe(200);
	expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
	return (res.json.results as { claim_token: string }[]).map((r) => r.claim_token);
}

async function batchClaim(buyer: Actor, tokens: string[]) {
	const res = await call("POST", "/certificate-sharing/certificates/batch-claim", {
		as: buyer,
		body: { claims: tokens.map((token) => ({ token })) },
	});
	expect(res.status).toBe(200);
	expect(res.json.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
	return res.json.results as { claim_id: number; claimed_at: string; status: string }[];
}

async function addRule(buyer: Actor, mode: "warn" | "reject", phrase: string) {
	const res = await call("POST", "/certificate-sharing/consent-rules", {
		as: buyer,
		body: { rule_name: `${mode} ${phrase}`, required_phrases: [phrase], mode },
	});
	expect(res.status).toBe(201);
}

/**
 * A buyer with 24 items shared in four batch shares (items of one share have the same created_at, so the claim id
 * breaks the ties): 6 claimed, 6 flagged (a warn rule), 6 rejected (a reject rule), 6 still pending. The claims
 * happen at three distinct times, 5 ms apart.
 */
async function inboxWithEveryStatus() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const buyer = await signup("Acme Insurance");
	const batches: string[][] = [];
	const tokens: string[][] = [];
	for (let i = 0; i < 4; i++) {
		const ids = await seedCertificates(publisher.company.id, property.id, 6);
		batches.push(ids);
		tokens.push(await shareTo(publisher, ids, buyer));
		advance(5);
	}
	const claimed = await batchClaim(buyer, tokens[0] as string[]);
	advance(5);
	await addRule(buyer, "warn", "autodialer");
	const flagged = await batchClaim(buyer, tokens[1] as string[]);
	advance(5);
	await addRule(buyer, "reject", "prerecorded");
	const rejected = await batchClaim(buyer, tokens[2] as string[]);
	return { publisher, property, buyer, batches, tokens, claimed, flagged, rejected };
}

/** The buyer's claim ids in the documented order, read straight from every database holding claims. */
async function idsInOrder(buyer: Actor, order: "created_at" | "claimed_at" = "created_at", where = "1 = 1") {
	const rows = await allRows<{ id: number; at: string | null }>(
		`SELECT id, ${order} AS at FROM claims WHERE buyer_company_id = ? AND ${where}`,
		buyer.company.id,
	);
	return rows
		.sort((a, b) => ((a.at ?? "") === (b.at ?? "") ? b.id - a.id : (a.at ?? "") < (b.at ?? "") ? 1 : -1))
		.map((r) => r.id);
}

async function walk(buyer: Actor, query: string, between?: (page: number) => Promise<void>) {
	const seen: number[] = [];
	let cursor: string | null = null;
	for (let page = 1; page < 100; page++) {
		const res: CallResult = await call("GET", `${INBOX}?${query}${cursor ? `&cursor=${cursor}` : ""}`, { as: buyer });
		expect(res.status).toBe(200);
		expect(res.json).not.toHaveProperty("total");
		expect(res.json).not.toHaveProperty("page");
		seen.push(...res.json.data.map((item: { claim_id: number }) => item.claim_id));
		cursor = res.json.next_cursor;
		if (!cursor) return seen;
		await between?.(page);
	}
	throw new Error("the walk did not end");
}

describe("inbox by cursor", () => {
	it("walks every item exactly once, newest share first, while items are claimed and shared between pages", async () => {
		const { publisher, property, buyer } = await inboxWithEveryStatus();
		const before = await idsInOrder(buyer);
		expect(before).toHaveLength(24);
		const created = await allRows<{ created_at: string }>(
			"SELECT created_at FROM claims WHERE buyer_company_id = ?",
			buyer.company.id,
		);
		const ties = created.length - new Set(created.map((r) => r.created_at)).size;
		expect(ties, "items sharing a created_at, for the tie-breaker to order").toBeGreaterThan(0);
		const pendingAtTheEnd = await idsInOrder(buyer, "created_at", "status = 'pending'");

		const seen = await walk(buyer, "limit=5", async (page) => {
			if (page === 1) {
				// A pending item the walk has not reached yet is claimed: it stays where it was, now claimed.
				const res = await call("POST", `${INBOX}/${pendingAtTheEnd.at(-1)}/claim`, { as: buyer });
				expect(res.status).toBe(200);
			}
			if (page === 2) {
				// New items arrive: targeted shares and claims of open tokens. They sort before the cursor.
				await shareTo(publisher, await seedCertificates(publisher.company.id, property.id, 3), buyer);
				const open = await shareTo(publisher, await seedCertificates(publisher.company.id, property.id, 2));
				await batchClaim(buyer, open);
			}
			if (page === 3) {
				// One the walk has already passed is claimed: it is not served again.
				expect((await call("POST", `${INBOX}/${pendingAtTheEnd[0]}/claim`, { as: buyer })).status).toBe(200);
			}
		});

		expect(seen).toEqual(before);
		expect(new Set(seen).size).toBe(seen.length);
		const now = await idsInOrder(buyer);
		expect(now).toHaveLength(29);
		// A new walk starts with the newcomers.
		const first = await call("GET", `${INBOX}?limit=5`, { as: buyer });
		expect(first.json.data.map((i: { claim_id: number }) => i.claim_id)).toEqual(now.slice(0, 5));
		expect(first.json).toMatchObject({ limit: 5, next_cursor: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
	}, 30_000);

	it("filters by each status, and walks a status by cursor", async () => {
		const { buyer, claimed, flagged, rejected } = await inboxWithEveryStatus();
		const expected = {
			claimed: claimed.map((r) => r.claim_id),
			flagged: flagged.map((r) => r.claim_id),
			rejected: rejected.map((r) => r.claim_id),
			pending: await idsInOrder(buyer, "created_at", "status = 'pending'"),
		};
		expect(claimed.every((r) => r.status === "claimed")).toBe(true);
		expect(rejected.every((r) => r.status === "rejected")).toBe(true);
		for (const [status, ids] of Object.entries(expected)) {
			const page = await call("GET", `${INBOX}?status=${status}`, { as: buyer });
			expect(page.status).toBe(200);
			expect(page.json.data.every((i: { status: string }) => i.status === status)).toBe(true);
			expect(page.json.data.map((i: { claim_id: number }) => i.claim_id).sort()).toEqual([...ids].sort());
			expect(page.json.next_cursor).toBeNull();
			expect(await walk(buyer, `status=${status}&limit=4`)).toEqual(
				await idsInOrder(buyer, "created_at", `status = '${status}'`),
			);
		}
	});

	it("filters by certificate: every share of it to this buyer, none of another buyer's", async () => {
		const { publisher, buyer, batches } = await inboxWithEveryStatus();
		const certificateId = (batches[3] as string[])[2] as string;
		await shareTo(publisher, [certificateId], buyer);
		const other = await signup("Other Buyer");
		await shareTo(publisher, [certificateId], other);

		const page = await call("GET", `${INBOX}?certificate_id=${certificateId}`, { as: buyer });
		expect(page.status).toBe(200);
		expect(page.json.data).toHaveLength(2);
		expect(page.json.data.every((i: { certificate_id: string }) => i.certificate_id === certificateId)).toBe(true);
		expect(await walk(buyer, `certificate_id=${certificateId}&limit=1`)).toEqual(
			await idsInOrder(buyer, "created_at", `certificate_id = '${certificateId}'`),
		);
		expect(
			(await call("GET", `${INBOX}?certificate_id=${certificateId}&status=claimed`, { as: buyer })).json.data,
		).toEqual([]);
		expect((await call("GET", `${INBOX}?certificate_id=EC-none`, { as: buyer })).json.data).toEqual([]);

		// With a claim-time range: the certificate's claimed share, not its new pending one.
		const claimedCertificate = (batches[0] as string[])[0] as string;
		await shareTo(publisher, [claimedCertificate], buyer);
		const inRange = await call(
			"GET",
			`${INBOX}?certificate_id=${claimedCertificate}&claimed_before=${new Date().toISOString()}`,
			{ as: buyer },
		);
		expect(
			inRange.json.data.map((i: { certificate_id: string; status: string }) => [i.certificate_id, i.status]),
		).toEqual([[claimedCertificate, "claimed"]]);
		expect((await call("GET", `${INBOX}?certificate_id=${claimedCertificate}`, { as: buyer })).json.data).toHaveLength(
			2,
		);
	});

	it("filters by claim time, at or after and before, newest claim first, and walks the range by cursor", async () => {
		const { buyer, claimed, flagged, rejected } = await inboxWithEveryStatus();
		const [t1, t2, t3] = [claimed, flagged, rejected].map((batch) => batch[0]?.claimed_at as string) as [
			string,
			string,
			string,
		];
		expect(t1 < t2 && t2 < t3).toBe(true);
		// Newest claim first, the claim id breaking ties.
		const ids = (batch: { claim_id: number; claimed_at: string }[]) =>
			[...batch]
				.sort((a, b) => b.claimed_at.localeCompare(a.claimed_at) || b.claim_id - a.claim_id)
				.map((r) => r.claim_id);

		const fromT2 = await walk(buyer, `claimed_after=${t2}&limit=4`);
		expect(fromT2).toEqual([...ids(rejected), ...ids(flagged)]);
		const beforeT2 = await walk(buyer, `claimed_before=${t2}&limit=4`);
		expect(beforeT2).toEqual(ids(claimed));
		const between = await walk(buyer, `claimed_after=${t1}&claimed_before=${t3}&limit=5`);
		expect(between).toEqual([...ids(flagged), ...ids(claimed)]);
		// An offset is read as the instant it names.
		const sameInstant = t2.replace("Z", "+00:00");
		expect(await walk(buyer, `claimed_after=${encodeURIComponent(sameInstant)}&limit=100`)).toEqual(fromT2);
		// With a status, and in the page form.
		const flaggedOnly = await call("GET", `${INBOX}?claimed_after=${t1}&status=flagged&page=1`, { as: buyer });
		expect(flaggedOnly.json).toMatchObject({ page: 1, total: 6 });
		expect(flaggedOnly.json.data.map((i: { claim_id: number }) => i.claim_id)).toEqual(ids(flagged));
	});

	it("keeps the page form, with page and total, for the same filters", async () => {
		const { buyer } = await inboxWithEveryStatus();
		const all = await idsInOrder(buyer);
		const second = await call("GET", `${INBOX}?page=2&limit=10`, { as: buyer });
		expect(second.status).toBe(200);
		expect(second.json).toMatchObject({ page: 2, limit: 10, total: 24 });
		expect(second.json.data.map((i: { claim_id: number }) => i.claim_id)).toEqual(all.slice(10, 20));
		// Its next_cursor carries on where the page ended.
		const next = await call("GET", `${INBOX}?limit=10&cursor=${second.json.next_cursor}`, { as: buyer });
		expect(next.json.data.map((i: { claim_id: number }) => i.claim_id)).toEqual(all.slice(20));
		expect(next.json.next_cursor).toBeNull();
		const last = await call("GET", `${INBOX}?page=3&limit=10`, { as: buyer });
		expect(last.json).toMatchObject({ page: 3, total: 24, next_cursor: null });
		expect(last.json.data).toHaveLength(4);
		const pending = await call("GET", `${INBOX}?page=1&status=pending`, { as: buyer });
		expect(pending.json).toMatchObject({ page: 1, limit: 25, total: 6 });
		expect((await call("GET", `${INBOX}?page=9&limit=10`, { as: buyer })).json).toMatchObject({ data: [], total: 24 });
	});

	it("refuses a malformed or foreign cursor and bad filters with 400 in the one error shape", async () => {
		const { buyer } = await inboxWithEveryStatus();
		const createdCursor = (await call("GET", `${INBOX}?limit=2`, { as: buyer })).json.next_cursor as string;
		const t = new Date().toISOString();
		const claimedCursor = (await call("GET", `${INBOX}?limit=2&claimed_before=${t}`, { as: buyer })).json
			.next_cursor as string;
		const encode = (value: unknown) => btoa(JSON.stringify(value)).replaceAll("=", "");
		const cases: [string, string][] = [
			["cursor=abc", "query.cursor"],
			["cursor=not%2Fbase64url", "query.cursor"],
			[`cursor=${"A".repeat(600)}`, "query.cursor"],
			[`cursor=${encode({ at: 1 })}`, "query.cursor"],
			[`cursor=${encode(["created", "2026-01-01T00:00:00.000Z"])}`, "query.cursor"],
			[`cursor=${encode(["created", "2026-01-01T00:00:00.000Z", "7"])}`, "query.cursor"],
			[`cursor=${encode(["created", "2026-01-01T00:00:00.000Z", 1.5])}`, "query.cursor"],
			[`cursor=${encode(["newest", "2026-01-01T00:00:00.000Z", 7])}`, "query.cursor"],
			[`cursor=${createdCursor}&claimed_after=2026-01-01T00:00:00Z`, "query.cursor"],
			[`cursor=${claimedCursor}`, "query.cursor"],
			[`cursor=${createdCursor}&page=2`, "query.page"],
			["status=lost", "query.status"],
			["claimed_after=yesterday", "query.claimed_after"],
			["claimed_after=2026-02-30T00:00:00Z", "query.claimed_after"],
			["claimed_before=2026-04-18", "query.claimed_before"],
			["claimed_before=9999-12-31T23:00:00-05:00", "query.claimed_before"],
			["claimed_after=2026-04-19T00:00:00Z&claimed_before=2026-04-18T00:00:00Z", "query.claimed_after"],
			["claimed_before=2026-04-18T00:00:00Z&status=pending", "query.status"],
			["certificate_id=", "query.certificate_id"],
			[`certificate_id=${"x".repeat(65)}`, "query.certificate_id"],
			["limit=0", "query.limit"],
			["page=0", "query.page"],
		];
		for (const [query, field] of cases) {
			const res: CallResult = await call("GET", `${INBOX}?${query}`, { as: buyer });
			expect(res.status, query).toBe(400);
			expect(res.json.error.code, query).toBe("VALIDATION_FAILED");
			expect(
				res.json.error.fields.map((f: { field: string }) => f.field),
				query,
			).toContain(field);
		}
		// The same cursor with the filters it came from is fine.
		const ok = await call("GET", `${INBOX}?limit=2&claimed_before=${t}&cursor=${claimedCursor}`, { as: buyer });
		expect(ok.status).toBe(200);
	});

	it("reads any page in one round trip per database that any replica can serve, both forms", async () => {
		const { buyer } = await inboxWithEveryStatus();
		const first = await call("GET", `${INBOX}?limit=5&status=flagged`, { as: buyer });
		const byCursor = await call("GET", `${INBOX}?limit=5&status=flagged&cursor=${first.json.next_cursor}`, {
			as: buyer,
		});
		const byPage = await call("GET", `${INBOX}?page=2&limit=5`, { as: buyer });
		for (const res of [first, byCursor, byPage]) {
			expect(res.status).toBe(200);
			// +2: the buyer's claims on SHARD_1 and SHARD_2, read in parallel once authenticated; the directory's own
			// (shard 0) are read in the authenticating round trip.
			expect(res.roundTrips).toBe(3);
			expect(res.headers.get("x-d1-primary-round-trips")).toBe("0");
		}
	});
});

describe("inbox query plans", () => {
	const at = "2026-11-26T00:00:00.000Z";
	const company: SQL = sql`(select id from companies where id = ${"0".repeat(24)})`;
	const cases: [string, Record<string, string>, string][] = [
		["no filter", {}, "claims_buyer_created_idx"],
		["status", { status: "claimed" }, "claims_buyer_idx"],
		["certificate", { certificate_id: "EC-x" }, "claims_buyer_certificate_idx"],
		["certificate and status", { certificate_id: "EC-x", status: "pending" }, "claims_buyer_certificate_idx"],
		[
			"certificate, claimed range",
			{ certificate_id: "EC-x", claimed_before: at },
			"claims_buyer_certificate_claimed_idx",
		],
		[
			"certificate, claimed range and status",
			{ certificate_id: "EC-x", claimed_after: at, status: "rejected" },
			"claims_buyer_certificate_claimed_idx",
		],
		["claimed after", { claimed_after: at }, "claims_buyer_claimed_idx"],
		["claimed before", { claimed_before: at }, "claims_buyer_claimed_idx"],
		[
			"claimed range and status",
			{ claimed_after: at, claimed_before: at, status: "flagged" },
			"claims_buyer_claimed_idx",
		],
	];

	async function planOf(statement: { toSQL(): { sql: string; params: unknown[] } }) {
		const { sql: text, params } = statement.toSQL();
		const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`)
			.bind(...params)
			.all<{ detail: string }>();
		return results.map((r) => r.detail);
	}

	for (const [name, filters, index] of cases) {
		it(`walks ${index} for ${name}, on a first page and after a cursor, with no sort`, async () => {
			const first = InboxQuery.parse({ limit: "25", ...filters });
			const order = filters.claimed_after || filters.claimed_before ? "claimed" : "created";
			const cursor = btoa(JSON.stringify([order, at, 42])).replaceAll("=", "");
			const later = InboxQuery.parse({ limit: "25", cursor, ...filters });
			const db = createDb(env.DB);
			// On the directory the buyer is the authenticating subquery; on the other shards, the buyer's id.
			const buyers = [company, "0".repeat(24)];
			for (const [query, buyer] of [first, later].flatMap((q) => buyers.map((b) => [q, b] as const))) {
				const { rows } = inboxReads(db, buyer, query, readInboxCursor(query), at);
				const plan = await planOf(rows);
				const claimsLine = plan.find((line) => / claims\b/.test(line));
				expect(claimsLine, plan.join("\n")).toMatch(new RegExp(`^SEARCH claims USING INDEX ${index} \\(`));
				expect(
					plan.filter((line) => /TEMP B-TREE|^SCAN/.test(line)),
					plan.join("\n"),
				).toEqual([]);
			}
		});
	}
});
