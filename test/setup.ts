import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { allShards, prepareShardSql, shardDatabase } from "../src/db/shards";

// Every test file starts from empty storage with the real schema: the runtime is shared by the files of a worker
// (isolate: false), so what one file stored is wiped before the next one starts. Every database gets the same
// migrations, and each certificate shard its own id range (src/db/shards.ts), as a deploy prepares them.
await reset();
for (const shard of allShards(env)) {
	const d1 = shardDatabase(env, shard);
	await applyD1Migrations(d1, env.TEST_MIGRATIONS);
	if (shard > 0) await d1.batch(prepareShardSql(shard).map((sql) => d1.prepare(sql)));
}
