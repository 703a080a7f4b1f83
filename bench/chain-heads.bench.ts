/**
 * Chain-heads benchmark: reading the heads of 1,000 audit chains, as a batch share does, with the query used before
 * and the one in src/audit/append.ts. Run with `npm run bench:heads`.
 *
 * The data lives in an in-memory SQLite database (Node's built-in node:sqlite, the same engine as D1) built from the
 * project's own migrations. Both queries are rendered by drizzle and run exactly as D1 would get them: in
 * statements of 100 ids. With 130 events per chain the old query visits every event of every chain; 10 events per
 * chain is the floor, where the two should be close. The new query's time should not grow with chain length.
 */
import { readdirSync, readFileSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { sql } from "drizzle-orm";
import { Bench } from "tinybench";
import { chainHeadsQueries } from "../src/audit/append";
import { chunkForParams, createDb, type Db } from "../src/db/client";
import { auditEvents } from "../src/db/schema";

const CERTIFICATES = 1_000;
const EVENTS_PER_CHAIN = [130, 10] as const;

/** The query as it was: every event of the listed certificates, kept when its seq is its chain's maximum. */
function previousChainHeadsQueries(db: Db, certificateIds: readonly string[]) {
	return chunkForParams(certificateIds, 1).map((ids) =>
		db
			.select({ certificateId: auditEvents.certificateId, seq: auditEvents.seq, hash: auditEvents.hash })
			.from(auditEvents)
			.where(
				sql`${auditEvents.certificateId} in ${ids} and ${auditEvents.seq} = (select max(seq) from ${auditEvents} a2 where a2.certificate_id = ${auditEvents.certificateId})`,
			),
	);
}

function databaseWithChains(eventsPerChain: number) {
	// Certificates' own rows do not take part in either query; without them the foreign key has nothing to point at.
	const database = new DatabaseSync(":memory:", { enableForeignKeyConstraints: false });
	for (const file of readdirSync("migrations")
		.filter((name) => name.endsWith(".sql"))
		.sort()) {
		for (const statement of readFileSync(`migrations/${file}`, "utf8").split("--> statement-breakpoint")) {
			if (statement.trim()) database.exec(statement);
		}
	}
	const insert = database.prepare(
		"INSERT INTO audit_events (certificate_id, seq, event_type, actor_company_id, actor_user_id, ip, details, created_at, prev_hash, hash) VALUES (?, ?, 'accessed_evidence', 'c', 'u', '203.0.113.7', '{\"format\":\"bundle\"}', '2026-11-26T10:00:00.000Z', ?, ?)",
	);
	const hex = (n: number) => n.toString(16).padStart(64, "0");
	database.exec("BEGIN");
	// Appended the way a busy service appends: chains grow interleaved, not one after another.
	for (let seq = 1; seq <= eventsPerChain; seq++) {
		for (let c = 0; c < CERTIFICATES; c++) insert.run(`EC-${c}`, seq, hex(c * 1_000 + seq - 1), hex(c * 1_000 + seq));
	}
	database.exec("COMMIT");
	return database;
}

// drizzle only renders the SQL here (toSQL never touches the binding); node:sqlite runs it.
const renderer = createDb({} as D1Database);
const ids = Array.from({ length: CERTIFICATES }, (_, c) => `EC-${c}`);
const statements = {
	old: previousChainHeadsQueries(renderer, ids).map((q) => q.toSQL()),
	new: chainHeadsQueries(renderer, ids).map((q) => q.toSQL()),
};

let sink = 0;
const bench = new Bench({ time: 2_000, warmupTime: 300 });
for (const events of EVENTS_PER_CHAIN) {
	const database = databaseWithChains(events);
	const prepare = (list: { sql: string; params: unknown[] }[]) =>
		list.map((s) => ({ sql: s.sql, statement: database.prepare(s.sql), params: s.params as string[] }));
	const prepared = { old: prepare(statements.old), new: prepare(statements.new) };
	type Name = keyof typeof prepared;
	const readAll = (name: Name) =>
		prepared[name].flatMap(({ statement, params }) => statement.all(...params) as { seq: number; hash: string }[]);
	const sorted = (rows: { seq: number; hash: string }[]) => rows.map((r) => r.hash).sort();
	const oldHeads = sorted(readAll("old"));
	if (oldHeads.length !== CERTIFICATES || oldHeads.join() !== sorted(readAll("new")).join()) {
		throw new Error(`${events} events per chain: the two queries disagree`);
	}
	for (const name of ["old", "new"] as const) {
		for (const { sql: text, params } of prepared[name].slice(0, 1)) {
			console.log(`${name} query plan, ${events} events per chain:`);
			const plan = database.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
			for (const row of plan) console.log(`  ${row.detail}`);
		}
		bench.add(`${name} query, ${events} events per chain`, () => {
			sink += readAll(name).length;
		});
	}
}

await bench.run();

const latency = (name: string) => {
	const result = bench.getTask(name)?.result;
	if (result?.state !== "completed") throw new Error(`${name}: not completed`);
	return result.latency;
};
console.table(
	EVENTS_PER_CHAIN.map((events) => {
		const before = latency(`old query, ${events} events per chain`);
		const after = latency(`new query, ${events} events per chain`);
		return {
			"events per chain": events,
			"old median ms": before.p50.toFixed(3),
			"new median ms": after.p50.toFixed(3),
			"old min ms": before.min.toFixed(3),
			"new min ms": after.min.toFixed(3),
			"old / new (median)": (before.p50 / after.p50).toFixed(1),
			// Other load on a shared host moves medians a lot; minimums much less.
			"old / new (min)": (before.min / after.min).toFixed(1),
		};
	}),
);
const growth = (name: string, stat: "p50" | "min") =>
	(latency(`${name} query, 130 events per chain`)[stat] / latency(`${name} query, 10 events per chain`)[stat]).toFixed(
		1,
	);
console.log(
	`${CERTIFICATES} heads; time at 130 events per chain / at 10 (median, min): old ${growth("old", "p50")}x, ${growth("old", "min")}x; new ${growth("new", "p50")}x, ${growth("new", "min")}x`,
);
if (sink < 0) console.log(sink);
