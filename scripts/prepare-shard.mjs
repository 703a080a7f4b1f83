#!/usr/bin/env node
// `npm run shards:prepare -- <shard> [--remote]`: makes one D1 database of wrangler.toml ready to hold certificates:
// applies the migrations, then starts its claim and event ids in the shard's own range (src/db/shards.ts). <shard> is
// the binding (SHARD_3), the database name (econsent-shard-3) or the number (3). Locally by default (the state of
// `npm run dev`); --remote prepares the deployed database, the step of adding a shard before it is listed in
// CERTIFICATE_SHARDS (README, "Adding a shard"). Running it again changes nothing.
import { d1Database, readyDatabases } from "./databases.mjs";

const args = process.argv.slice(2);
const remote = args.includes("--remote");
const named = args.filter((arg) => !arg.startsWith("--"));
if (named.length !== 1) {
	console.error("Usage: npm run shards:prepare -- <SHARD_n | database name | n> [--remote]");
	process.exit(1);
}
try {
	const database = d1Database(named[0]);
	const steps = await readyDatabases([remote ? "--remote" : "--local"], { databases: [database] });
	for (const { args: step, output } of steps) console.log(`$ wrangler ${step.join(" ")}\n${output.trim()}\n`);
	console.log(
		`${database.binding} (${database.databaseName}, shard ${database.shard}) is migrated and prepared ${remote ? "remotely" : "locally"}.`,
	);
} catch (error) {
	console.error(error.message);
	process.exit(error.exitCode ?? 1);
}
