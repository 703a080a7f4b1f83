// Reading the heads of many audit chains in one statement: the right head for every chain, found by index lookups
// alone, however long the chains have grown.
import { env } from "cloudflare:workers";
import type { BatchItem } from "drizzle-orm/batch";
import { describe, expect, it } from "vitest";
import { chainHeadQueries, chainHeadsQueries, type HeadRow } from "../src/audit/append";
import { createDb } from "../src/db/client";
import { certificateShard, shardDatabase } from "../src/db/shards";
import { call, captureCertificate, createProperty, signup } from "./helpers";
import { certificateD1, certificateDb } from "./shard-databases";

/** Certificates whose chains have 2, 3, 4 … events: captured (created + signed), then shared `i` times. */
async function certificatesWithChainsOfDifferentLengths(count: number): Promise<string[]> {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher, "forms.leadgen.com");
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const cert = await captureCertificate(publisher, property.id);
		for (let share = 0; share < i; share++) {
			const res = await call("POST", `/certificate-sharing/certificates/${cert.certificate_id}/share`, {
				as: publisher,
				body: {},
			});
			expect(res.status).toBe(201);
		}
		ids.push(cert.certificate_id);
	}
	return ids;
}

describe("chain heads of many certificates", () => {
	it("reads the same head for every chain as the one-chain query, and nothing for a chain that does not exist", async () => {
		const ids = await certificatesWithChainsOfDifferentLengths(5);
		// Chains are read where they are, on their certificates' shards: the ids of each shard together.
		const byShard = new Map<number, string[]>();
		for (const id of [...ids, "EC-no-such-certificate"]) {
			byShard.set(certificateShard(id), [...(byShard.get(certificateShard(id)) ?? []), id]);
		}
		const rows: HeadRow[] = [];
		for (const [shard, idsOnShard] of byShard) {
			const db = createDb(shardDatabase(env, shard));
			const queries = chainHeadsQueries(db, idsOnShard);
			expect(queries).toHaveLength(2); // the audit chains' heads and the access logs' heads
			const [heads] = (await db.batch(queries as unknown as [BatchItem<"sqlite">])) as unknown as [HeadRow[]];
			rows.push(...heads);
		}
		const expected = [];
		for (const id of ids) expected.push(...(await chainHeadQueries(certificateDb(id), id)[0]));
		expect(rows.sort((a, b) => a.seq - b.seq)).toEqual(expected);
		expect(expected.map((head) => head.seq)).toEqual([2, 3, 4, 5, 6]);
	});

	it("splits 250 ids into statements under D1's 100-parameter limit", async () => {
		const ids = Array.from({ length: 250 }, (_, i) => `EC-${i}`);
		const statements = chainHeadsQueries(createDb(env.DB), ids).map((q) => q.toSQL());
		// Per chunk of ids, one statement for the audit chains and one for the access logs.
		expect(statements.map((s) => s.params.length)).toEqual([100, 100, 100, 100, 50, 50]);
	});

	it("finds each head with index lookups only: no scan of audit_events, no sort", async () => {
		const ids = await certificatesWithChainsOfDifferentLengths(3);
		const [statement] = chainHeadsQueries(certificateDb(ids[0]!), ids).map((q) => q.toSQL());
		// D1 runs EXPLAIN QUERY PLAN like any other statement and returns the plan's rows.
		const { results } = await certificateD1(ids[0]!)
			.prepare(`EXPLAIN QUERY PLAN ${statement!.sql}`)
			.bind(...statement!.params)
			.all<{ detail: string }>();
		const plan = results.map((row) => row.detail);
		const touchingAuditEvents = plan.filter((line) => /audit_events|\bhead\b/.test(line));
		expect(touchingAuditEvents.sort()).toEqual([
			"SEARCH audit_events USING INTEGER PRIMARY KEY (rowid=?)",
			"SEARCH head USING COVERING INDEX audit_events_chain_unique (certificate_id=?)",
		]);
		expect(plan.filter((line) => /^SCAN (audit_events|head)\b|TEMP B-TREE/.test(line))).toEqual([]);
	});
});
