import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterAll, afterEach } from "vitest";
import { allShards, prepareShardSql, shardDatabase } from "../src/db/shards";
import { transparencyLog } from "../src/transparency-log/log-client";
import { takeCounts, takeViolations } from "./openapi-contract/contract";
import { servedContract } from "./openapi-contract/validated-worker";

// Every test file starts from empty storage with the real schema: the runtime is shared by the files of a worker
// (isolate: false), so what one file stored is wiped before the next one starts. Every database gets the same
// migrations, and each certificate shard its own id range (src/db/shards.ts), as a deploy prepares them.
// A transparency log pass still running for the previous file (poked by its last writes) must not straddle the wipe,
// or it would carry that file's events into this one's log: let it finish first. (Before the first file there are no
// tables for a pass to read: nothing to wait for.)
await transparencyLog(env)
	.integrate()
	.catch(() => undefined);
await reset();
for (const shard of allShards(env)) {
	const d1 = shardDatabase(env, shard);
	await applyD1Migrations(d1, env.TEST_MIGRATIONS);
	if (shard > 0) await d1.batch(prepareShardSql(shard).map((sql) => d1.prepare(sql)));
}

await servedContract();

// Every answer and webhook delivery was checked against the OpenAPI document as it came (test/openapi-contract/);
// a violation that code under test caught still fails the test that caused it, and the file reports its counts.
afterEach(() => {
	const violations = takeViolations();
	if (violations.length > 0) throw new AggregateError(violations, violations.map((v) => v.message).join("\n\n"));
});
// biome-ignore lint/correctness/noEmptyPattern: vitest wants the context destructured; the file is the second argument
afterAll(({}, file) => {
	file.meta.contract = takeCounts();
});
