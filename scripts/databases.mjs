// The D1 databases wrangler.toml declares, and what makes one ready: its migrations, then, for a certificate shard,
// the SQL that starts its ids in its own range (prepareShardSql in src/db/shards.ts, the same code the Worker's tests
// run). Used by everything that sets up D1 outside the Worker's tests: `npm run dev`, the e2e suite's server, the
// benchmarks, and `npm run shards:prepare` for a deploy.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The [[d1_databases]] of wrangler.toml in their order: binding, database_name and the shard the binding is (DB is
 * shard 0, the directory; SHARD_<n> is shard n). Read with a small parser of the few lines involved, so adding a
 * shard to wrangler.toml is all the local tooling needs.
 */
export function d1Databases(configFile = path.join(ROOT, "wrangler.toml")) {
	const text = readFileSync(configFile, "utf8");
	const blocks = text.split(/^\[\[d1_databases\]\]\s*$/m).slice(1);
	return blocks.map((block) => {
		const body = block.split(/^\[/m)[0] ?? "";
		const value = (key) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m").exec(body)?.[1];
		const binding = value("binding");
		const databaseName = value("database_name");
		if (!binding || !databaseName)
			throw new Error(`a [[d1_databases]] entry of ${configFile} lacks binding or database_name`);
		const shard = binding === "DB" ? 0 : Number(/^SHARD_(\d+)$/.exec(binding)?.[1] ?? Number.NaN);
		if (!Number.isInteger(shard)) throw new Error(`D1 binding ${binding} is neither DB nor SHARD_<n>`);
		return { binding, databaseName, shard };
	});
}

/** The database of a shard (or binding, or database name), as wrangler.toml declares it. */
export function d1Database(nameOrShard, configFile) {
	const found = d1Databases(configFile).find(
		(db) => db.shard === Number(nameOrShard) || db.binding === nameOrShard || db.databaseName === nameOrShard,
	);
	if (!found) throw new Error(`wrangler.toml declares no D1 database "${nameOrShard}"`);
	return found;
}

let shardsModule;
/** src/db/shards.ts, compiled on the fly (it imports nothing), so its SQL is never copied here. */
async function shards() {
	if (!shardsModule) {
		const source = readFileSync(path.join(ROOT, "src", "db", "shards.ts"), "utf8");
		const { code } = await transform(source, { loader: "ts", format: "esm" });
		shardsModule = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
	}
	return shardsModule;
}

/** The SQL that prepares a shard after its migrations; none for the directory (shard 0), whose ids start at 1. */
export async function prepareSql(shard) {
	return shard === 0 ? [] : (await shards()).prepareShardSql(shard);
}

/**
 * The wrangler argument lists that make one database ready: migrations, then the prepare SQL (run again, it changes
 * nothing). `where` is ["--local"] (with "--persist-to", dir when needed) or ["--remote"].
 */
export async function readyDatabaseSteps(database, where) {
	const steps = [["d1", "migrations", "apply", database.databaseName, ...where]];
	const sql = await prepareSql(database.shard);
	if (sql.length > 0) steps.push(["d1", "execute", database.databaseName, ...where, "--command", sql.join("; ")]);
	return steps;
}

const wranglerCommand = process.platform === "win32" ? "wrangler.cmd" : "wrangler";

/**
 * Makes every database of wrangler.toml ready (or those given), with the wrangler on PATH (npm scripts put the
 * project's first). Returns each step's output; throws with the output of the first step that failed.
 */
export async function readyDatabases(where, { env = process.env, databases = d1Databases() } = {}) {
	const outputs = [];
	for (const database of databases) {
		for (const args of await readyDatabaseSteps(database, where)) {
			const run = spawnSync(wranglerCommand, args, { cwd: ROOT, encoding: "utf8", env: { ...env, CI: "true" } });
			const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
			if (run.status !== 0) {
				const error = new Error(`wrangler ${args.slice(0, 4).join(" ")} failed (exit ${run.status})\n${output}`);
				error.exitCode = run.status ?? 1;
				throw error;
			}
			outputs.push({ database, args, output });
		}
	}
	return outputs;
}
