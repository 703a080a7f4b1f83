// Starts the real API with `wrangler dev` (local D1, Durable Objects and Queues) in a throwaway state directory with
// throwaway signing keys, and stops it again. Like `npm run dev`, it fires the sweep Cron Trigger at start and every
// minute (scripts/crons.mjs), so a server started again on a killed one's state recovers what was lost. The developer's .dev.vars and .wrangler/state are never read or written.
import { type ChildProcess, spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, rmSync, type WriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { fireSweepWhileRunning } from "../scripts/crons.mjs";
import { d1Database, d1Databases, prepareSql } from "../scripts/databases.mjs";
import { newLogSignerKey } from "../scripts/log-key.mjs";
import { apiOrigins } from "./validated-fetch";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const ARTIFACTS = path.join(ROOT, "e2e", "artifacts");
// E2E_STARTUP_TIMEOUT_MS: more time for a machine under heavy load, where migrating and starting can pass 2 minutes.
const STARTUP_TIMEOUT_MS = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 120_000);
const STOP_TIMEOUT_MS = 10_000;
const HOST = "127.0.0.1";

export interface RunningApi {
	baseUrl: string;
	/** A private directory for this run (state, keys, browser profiles), deleted when the run ends however it ends. */
	scratchDir: string;
	/** Everything wrangler printed, for reading after a failure. */
	logFile: string;
	stop(): Promise<void>;
	/** SIGKILLs the whole process group mid-work and keeps the state, for startApi({ stateDir }) to carry on from. */
	kill(): Promise<void>;
}

export interface StartOptions {
	/** A second server of the same run: its own log file, and the run's artifacts are left alone. */
	name?: string;
	/** The state of a killed server to start again on (its migrations and keys are already there). */
	stateDir?: string;
	/** wrangler.toml [vars] overridden for this server (e.g. CERTIFICATE_SHARDS). */
	vars?: Record<string, string>;
	/** How long migrating and starting may take (120 s unless said): a benchmark on a busy machine may need longer. */
	startupTimeoutMs?: number;
}

/** What a benchmark's server runs with: budgets that thousands of calls a minute from one address do not spend. */
export const BENCHMARK_SERVER = { vars: { RATE_LIMIT_SCALE: "1000" } } as const satisfies StartOptions;

/** wrangler runs on the Node running this suite (the project's Node 22 under `npm run`), not the first on PATH. */
const wranglerBin = path.join(
	path.dirname(createRequire(import.meta.url).resolve("wrangler/package.json")),
	"bin",
	"wrangler.js",
);

/** `stateDir` also takes wrangler's debug logs and dev registry, so a developer's own `wrangler dev` never sees us. */
function wranglerEnv(stateDir: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		WRANGLER_LOG_PATH: path.join(stateDir, "logs"),
		WRANGLER_REGISTRY_PATH: path.join(stateDir, "registry"),
		CI: "true", // no prompts (migrations), no interactive dev session
		WRANGLER_SEND_METRICS: "false",
		CLOUDFLARE_CF_FETCH_ENABLED: "false", // the placeholder `Request.cf`, not a download from workers.cloudflare.com
		CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: "true", // --env-file must be read
		NO_COLOR: "1",
		FORCE_COLOR: "0",
	};
	// Only the keys in our env file become secrets, not this process's environment.
	delete env.CLOUDFLARE_INCLUDE_PROCESS_ENV;
	return env;
}

/** Fresh signing and encryption keys for this run only, in the format scripts/dev.mjs writes to .dev.vars. */
function secretsFile(): string {
	const hmacKeyId = "e2e-hmac";
	const edKeyId = "e2e-ed25519";
	const dataKeyId = "e2e-data";
	const leadKeyId = "e2e-lead";
	const { kty, crv, d, x } = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" });
	return [
		`HMAC_SIGNING_KEYS='${JSON.stringify({ [hmacKeyId]: randomBytes(32).toString("hex") })}'`,
		`HMAC_ACTIVE_KEY_ID=${hmacKeyId}`,
		`ED25519_SIGNING_KEYS='${JSON.stringify({ [edKeyId]: { kty, crv, d, x } })}'`,
		`ED25519_ACTIVE_KEY_ID=${edKeyId}`,
		`DATA_ENCRYPTION_KEYS='${JSON.stringify({ [dataKeyId]: randomBytes(32).toString("base64") })}'`,
		`DATA_ENCRYPTION_ACTIVE_KEY_ID=${dataKeyId}`,
		`LEAD_INDEX_KEYS='${JSON.stringify({ [leadKeyId]: randomBytes(32).toString("hex") })}'`,
		`LEAD_INDEX_ACTIVE_KEY_ID=${leadKeyId}`,
		`TRANSPARENCY_LOG_SIGNING_KEY=${newLogSignerKey("e2e.test/econsent-log").signer}`,
		"",
	].join("\n");
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once("error", reject);
		server.listen(0, HOST, () => {
			const address = server.address();
			const port = typeof address === "object" && address ? address.port : 0;
			server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
		});
	});
}

/** The last lines of a log, for error messages. */
export async function logTail(file: string, lines = 150): Promise<string> {
	const text = await readFile(file, "utf8").catch(() => "");
	return text.split("\n").slice(-lines).join("\n");
}

function runToEnd(args: string[], stateDir: string, log: WriteStream): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const env = wranglerEnv(stateDir);
		const child = spawn(process.execPath, [wranglerBin, ...args], { cwd: ROOT, env, stdio: "pipe" });
		log.write(`$ wrangler ${args.join(" ")}\n`);
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.once("error", reject);
		child.once("close", (code) => resolve(code));
	});
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exited(child: ChildProcess): Promise<void> {
	if (hasExited(child)) return Promise.resolve();
	return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Resolves once the child's output pipes are closed (every process holding them is gone), or after `ms`. */
function outputClosed(child: ChildProcess, ms: number): Promise<void> {
	const open = [child.stdout, child.stderr].filter((s) => s && !s.closed);
	const closed = Promise.all(open.map((s) => new Promise((r) => s?.once("close", r))));
	return Promise.race([closed.then(() => undefined), new Promise<void>((r) => setTimeout(r, ms).unref())]);
}

const localD1Dir = (persistTo: string) => path.join(persistTo, "v3", "d1", "miniflare-D1DatabaseObject");
const localD1Names = (persistTo: string) =>
	new Set(readdirSync(localD1Dir(persistTo)).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite"));

/**
 * Every database of wrangler.toml, the directory and each certificate shard, migrated and prepared as a deploy
 * prepares them (scripts/databases.mjs). Applying the migrations takes wrangler half a minute a database on a busy
 * machine, so only the directory's are applied by wrangler; each shard's local file (named by wrangler, which a first
 * query makes it create) is then made a copy of the freshly migrated directory, its migrations table included, and
 * given its id range. The same schema, in a fraction of the time. Returns what went wrong, if anything.
 */
async function readyLocalDatabases(persistTo: string, stateDir: string, log: WriteStream): Promise<string | undefined> {
	const where = ["--local", "--persist-to", persistTo];
	const [directory, ...shards] = d1Databases();
	if (directory?.shard !== 0) return "wrangler.toml must declare the directory (DB) first of its D1 databases";
	const migrated = await runToEnd(["d1", "migrations", "apply", directory.databaseName, ...where], stateDir, log);
	if (migrated !== 0) return `applying the D1 migrations to ${directory.databaseName} failed (exit ${migrated})`;
	const [directoryFile] = [...localD1Names(persistTo)];
	if (!directoryFile) return `no local D1 file of ${directory.databaseName} after its migrations`;
	for (const shard of shards) {
		const before = localD1Names(persistTo);
		const opened = await runToEnd(
			["d1", "execute", shard.databaseName, ...where, "--command", "SELECT 1"],
			stateDir,
			log,
		);
		const [created, ...more] = [...localD1Names(persistTo)].filter((name) => !before.has(name));
		if (opened !== 0 || !created || more.length > 0)
			return `creating the local D1 database ${shard.databaseName} failed (exit ${opened})`;
		const target = path.join(localD1Dir(persistTo), created);
		for (const suffix of ["", "-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
		const source = new DatabaseSync(path.join(localD1Dir(persistTo), directoryFile));
		try {
			source.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
		} finally {
			source.close();
		}
		const copy = new DatabaseSync(target);
		try {
			for (const sql of await prepareSql(shard.shard)) copy.exec(sql);
		} finally {
			copy.close();
		}
		log.write(
			`# ${shard.databaseName}: the migrated schema of ${directory.databaseName}, prepared as shard ${shard.shard}\n`,
		);
	}
}

/** Signals wrangler's whole process group: wrangler, its Node child, esbuild and workerd. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// already gone
	}
}

async function waitForHealth(baseUrl: string, child: ChildProcess, deadline: number): Promise<void> {
	let gone = false;
	child.once("exit", () => {
		gone = true;
	});
	while (Date.now() < deadline) {
		if (gone) throw new Error(`wrangler dev exited (code ${child.exitCode}, signal ${child.signalCode})`);
		try {
			const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`${baseUrl}/health did not answer in time`);
}

export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
	const started = Date.now();
	const deadline = started + (options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS);
	const restarting = options.stateDir !== undefined;
	const stateDir = options.stateDir ?? (await mkdtemp(path.join(tmpdir(), "econsent-e2e-")));
	const persistTo = path.join(stateDir, "state");
	const envFile = path.join(stateDir, "e2e.env");
	if (!restarting) await writeFile(envFile, secretsFile(), { mode: 0o600 });
	if (!options.name) {
		// Artifacts are this run's only: no screenshot or log from an earlier run is mistaken for a new one.
		await rm(ARTIFACTS, { recursive: true, force: true });
	}
	await mkdir(ARTIFACTS, { recursive: true });
	const logFile = path.join(ARTIFACTS, options.name ? `wrangler-${options.name}.log` : "wrangler.log");
	const log = createWriteStream(logFile, { flags: "a" });
	log.on("error", () => {}); // a late line after the end must not crash the run
	const cleanUp = async () => {
		await new Promise((r) => log.end(r));
		await rm(stateDir, { recursive: true, force: true, maxRetries: 5 });
	};
	const fail = async (message: string): Promise<never> => {
		await new Promise((r) => log.end(r));
		const tail = await logTail(logFile);
		await rm(stateDir, { recursive: true, force: true, maxRetries: 5 });
		throw new Error(`${message}\n--- wrangler output (${logFile}) ---\n${tail}`);
	};

	if (!restarting) {
		const problem = await readyLocalDatabases(persistTo, stateDir, log);
		if (problem) return fail(problem);
	}

	// A free port can be taken between probing and wrangler binding it: try a few.
	for (let attempt = 1; ; attempt++) {
		const port = await freePort();
		const baseUrl = `http://${HOST}:${port}`;
		const args = ["dev", "--ip", HOST, "--port", String(port), "--persist-to", persistTo, "--env-file", envFile];
		// The suite's webhook receivers listen on 127.0.0.1.
		args.push("--var", "ALLOW_LOCAL_WEBHOOKS:true");
		// The capture script runs on pages the suite serves from 127.0.0.1, and the demo form is served.
		args.push("--var", "ALLOW_LOCAL_CAPTURE:true");
		// The suite and the benchmarks read the round-trip counts from every answer.
		args.push("--var", "DIAGNOSTIC_HEADERS:always");
		// GET /__scheduled?cron=… fires a Cron Trigger; they do not fire by themselves under wrangler dev.
		args.push("--test-scheduled");
		for (const [name, value] of Object.entries(options.vars ?? {})) args.push("--var", `${name}:${value}`);
		log.write(`$ wrangler ${args.join(" ")}\n`);
		// Its own process group, so stopping it reaches workerd too (see signalGroup).
		const child = spawn(process.execPath, [wranglerBin, ...args], {
			cwd: ROOT,
			env: wranglerEnv(stateDir),
			stdio: ["ignore", "pipe", "pipe"],
			detached: true,
		});
		child.stdout?.pipe(log, { end: false });
		child.stderr?.pipe(log, { end: false });
		// Last resort if this process ends without running the teardown (Ctrl-C): nothing may stay behind.
		const killOnExit = () => {
			signalGroup(child, "SIGKILL");
			rmSync(stateDir, { recursive: true, force: true, maxRetries: 5 });
		};
		process.once("exit", killOnExit);
		const stop = async () => {
			signalGroup(child, "SIGTERM");
			const timer = setTimeout(() => signalGroup(child, "SIGKILL"), STOP_TIMEOUT_MS);
			await exited(child);
			clearTimeout(timer);
			// workerd can outlive wrangler by a moment; nothing of the group may stay behind.
			signalGroup(child, "SIGKILL");
			await outputClosed(child, 5_000);
			process.removeListener("exit", killOnExit);
		};
		try {
			await waitForHealth(baseUrl, child, deadline);
			// From now on its answers are checked against its OpenAPI document wherever fetch is the checking one.
			apiOrigins.add(baseUrl);
			log.write(`# ready after ${Date.now() - started} ms\n`);
			const stopSweeping = fireSweepWhileRunning(baseUrl, {
				onFired: (at) => log.write(`# sweep cron fired at ${at.toISOString()}\n`),
				onError: (error) => log.write(`# firing the sweep cron failed: ${String(error)}\n`),
			});
			return {
				baseUrl,
				scratchDir: stateDir,
				logFile,
				stop: async () => {
					stopSweeping();
					await stop();
					await cleanUp();
				},
				kill: async () => {
					stopSweeping();
					signalGroup(child, "SIGKILL");
					await exited(child);
					await outputClosed(child, 5_000);
					process.removeListener("exit", killOnExit);
					await new Promise((r) => log.end(r));
				},
			};
		} catch (error) {
			const exitedByItself = hasExited(child); // e.g. the port was taken after all
			await stop();
			const message = error instanceof Error ? error.message : String(error);
			if (exitedByItself && attempt < 3 && Date.now() < deadline) {
				log.write(`# attempt ${attempt} failed: ${message}; retrying on another port\n`);
				continue;
			}
			return fail(`could not start the API: ${message}`);
		}
	}
}

/** The shard a local D1 database file is, from where its claim ids start (src/db/shards.ts: k·2^40 on shard k). */
function shardOfFile(file: string): number {
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		const row = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'claims'").get() as
			| { seq: number }
			| undefined;
		return Math.floor(Number(row?.seq ?? 0) / 2 ** 40);
	} finally {
		db.close();
	}
}

/**
 * The local D1 database file of a shard (0, the default, is the directory) in a server's state folder, for reading it
 * once the server is stopped or killed (or, read-only, while it runs). Files are named by hashes, so each is told by
 * the id range its shard was prepared with.
 */
export function localD1File(stateDir: string, shard = 0): string {
	const file = localD1Files(stateDir).get(shard);
	if (!file) throw new Error(`no D1 database of shard ${shard} in ${stateDir}`);
	return file;
}

/** Every local D1 database file of a server's state folder, by shard. */
export function localD1Files(stateDir: string): Map<number, string> {
	const dir = path.join(stateDir, "state", "v3", "d1", "miniflare-D1DatabaseObject");
	const files = readdirSync(dir).filter((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
	return new Map(files.map((f) => [shardOfFile(path.join(dir, f)), path.join(dir, f)]));
}

/** The local D1 database file holding a certificate (the shard its id names), found by looking in each. */
export function localD1FileOf(stateDir: string, certificateId: string): string {
	for (const file of localD1Files(stateDir).values()) {
		const db = new DatabaseSync(file, { readOnly: true });
		try {
			if (db.prepare("SELECT 1 FROM certificates WHERE id = ?").get(certificateId)) return file;
		} finally {
			db.close();
		}
	}
	throw new Error(`certificate ${certificateId} is on no local D1 database in ${stateDir}`);
}

/**
 * Runs SQL against a stopped server's local D1 (its state folder), for scripts that need more rows than the API
 * would make in their time: benchmarks and the large-job tests. `shard` picks the database (0: the directory, which
 * also holds the certificates whose ids name no shard, such as the copies below).
 */
export async function executeSqlWhileStopped(api: RunningApi, sql: string, shard = 0): Promise<void> {
	const file = path.join(api.scratchDir, `seed-${randomBytes(4).toString("hex")}.sql`);
	await writeFile(file, sql);
	const { databaseName } = d1Database(shard);
	const child = spawn(
		process.execPath,
		[
			wranglerBin,
			"d1",
			"execute",
			databaseName,
			"--local",
			"--persist-to",
			path.join(api.scratchDir, "state"),
			"--file",
			file,
		],
		{ cwd: ROOT, env: wranglerEnv(api.scratchDir), stdio: ["ignore", "ignore", "pipe"] },
	);
	let stderr = "";
	child.stderr?.on("data", (chunk) => {
		stderr += chunk;
	});
	const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
	if (code !== 0) throw new Error(`wrangler d1 execute failed (${code}): ${stderr.slice(-2000)}`);
}

/** A value as an SQL literal, for seed SQL built from rows read back. */
function sqlLiteral(value: unknown): string {
	if (value === null || value === undefined) return "NULL";
	if (typeof value === "number" || typeof value === "bigint") return String(value);
	if (value instanceof Uint8Array) return `X'${Buffer.from(value).toString("hex")}'`;
	return `'${String(value).replaceAll("'", "''")}'`;
}

// Named, so a column added later is either copied here or left to its default, never a positional mismatch.
const CERTIFICATE_COPY_COLUMNS = [
	"id",
	"company_id",
	"property_id",
	"consent_text",
	"page_url",
	"consent_captured_at",
	"consumer_ip",
	"consumer_user_agent",
	"geo_country",
	"geo_state",
	"geo_city",
	"recording_url",
	"lead_email_sha256",
	"lead_phone_sha256",
	"lead_email_commitment",
	"lead_phone_commitment",
	"lead_salts",
	"created_at",
	"hmac_key_id",
	"hmac_signature",
	"ed25519_key_id",
	"ed25519_signature",
	"source",
	"witness",
];

/**
 * `count` copies of one captured certificate, ids `${idPrefix}00000001`…, on the given property (same signed content).
 * The template is on the shard its id names; ids of this form name no shard, so the copies are on the directory
 * (shard 0), which already has the company and property rows they point at.
 */
export async function copyCertificates(
	api: RunningApi,
	templateId: string,
	propertyId: string,
	count: number,
	idPrefix: string,
) {
	const columns = CERTIFICATE_COPY_COLUMNS.join(", ");
	const db = new DatabaseSync(localD1FileOf(api.scratchDir, templateId), { readOnly: true });
	let template: Record<string, unknown>;
	try {
		template = db.prepare(`SELECT ${columns} FROM certificates WHERE id = ?`).get(templateId) as Record<
			string,
			unknown
		>;
	} finally {
		db.close();
	}
	// The template's lead salts are sealed for its own id and would not open on a copy: copies carry none (so they read
	// as certificates captured before salted leads, without a lead). Their signatures, over the template's id, never
	// verified anyway: copies are volume for the tests and benchmarks, not evidence.
	const values = CERTIFICATE_COPY_COLUMNS.slice(3).map((column) =>
		column === "lead_salts" ? "NULL" : sqlLiteral(template[column]),
	);
	await executeSqlWhileStopped(
		api,
		`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
INSERT INTO certificates (${columns})
SELECT '${idPrefix}' || printf('%08d', i), ${sqlLiteral(template.company_id)}, '${propertyId}', ${values.join(", ")}
FROM n;`,
		0,
	);
}
