#!/usr/bin/env node
// `npm run dev [-- wrangler dev options]`: prepares local secrets, migrates the local D1 databases (the directory and
// each certificate shard, prepared), starts `wrangler dev`, seeds demo data through the API once it answers, prints
// where to go, and fires the sweep Cron Trigger at start and every minute (Cron Triggers do not fire by themselves locally: see crons.mjs).
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { ARCHIVE_CRON, fireSweepWhileRunning, SWEEP_CRON, scheduledUrl } from "./crons.mjs";
import { readyDatabases } from "./databases.mjs";
import { migrationSummary, pipeRedacted, portInUse } from "./dev-output.mjs";
import { newLogSignerKey } from "./log-key.mjs";
import { seed } from "./seed.mjs";

const args = process.argv.slice(2);
const optionValue = (name) => {
	const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
	if (i === -1) return undefined;
	return args[i].includes("=") ? args[i].split("=")[1] : args[i + 1];
};
const port = optionValue("--port") ?? "8787";
const ip = optionValue("--ip") ?? "127.0.0.1";
const wranglerArgs = ["dev", ...args];
if (!optionValue("--port")) wranglerArgs.push("--port", port);
if (!optionValue("--ip")) wranglerArgs.push("--ip", ip);
// Webhook endpoints may be http://127.0.0.1:PORT locally, so a receiver on this machine can try them out.
wranglerArgs.push("--var", "ALLOW_LOCAL_WEBHOOKS:true");
// Properties registered as 127.0.0.1 or localhost take the capture script from any local port, and the demo form is
// served at /demo/form.
wranglerArgs.push("--var", "ALLOW_LOCAL_CAPTURE:true");
// Every answer carries the round-trip counts locally; a deployed Worker sends them only when asked.
wranglerArgs.push("--var", "DIAGNOSTIC_HEADERS:always");
// The archive's age from this shell's environment (`ARCHIVE_AFTER_DAYS=0 npm run dev` archives everything eligible
// when the archive Cron Trigger is fired); wrangler.toml's 30 days otherwise.
const archiveAfterDays = process.env.ARCHIVE_AFTER_DAYS;
if (archiveAfterDays !== undefined) {
	if (!/^\d+$/.test(archiveAfterDays)) {
		console.error(`ARCHIVE_AFTER_DAYS must be a whole number of days (0 or more), not "${archiveAfterDays}"`);
		process.exit(1);
	}
	wranglerArgs.push("--var", `ARCHIVE_AFTER_DAYS:${archiveAfterDays}`);
}
// Serves GET /__scheduled?cron=…, which fires a Cron Trigger (below).
wranglerArgs.push("--test-scheduled");

// Before anything else: a second server on a taken port would half start, be answered by the first, then die.
if (await portInUse(port, ip)) {
	console.error(
		`Port ${port} on ${ip} is already in use (is another \`npm run dev\` running?). Stop it, or pick another port: npm run dev -- --port 8790`,
	);
	process.exit(1);
}

/** Two .dev.vars lines holding a freshly generated Ed25519 key as a private JWK. */
function ed25519DevVars(keyId) {
	const { privateKey } = generateKeyPairSync("ed25519");
	const { kty, crv, d, x } = privateKey.export({ format: "jwk" });
	return [`ED25519_SIGNING_KEYS=${JSON.stringify({ [keyId]: { kty, crv, d, x } })}`, `ED25519_ACTIVE_KEY_ID=${keyId}`];
}

/** Two .dev.vars lines holding a fresh AES-256 key for data sealed at rest (stored idempotent answers). */
function dataEncryptionDevVars(keyId) {
	return [
		`DATA_ENCRYPTION_KEYS={"${keyId}":"${randomBytes(32).toString("base64")}"}`,
		`DATA_ENCRYPTION_ACTIVE_KEY_ID=${keyId}`,
	];
}

/** Two .dev.vars lines holding a fresh HMAC key for the lead index (lookup by lead). */
function leadIndexDevVars(keyId) {
	return [`LEAD_INDEX_KEYS={"${keyId}":"${randomBytes(32).toString("hex")}"}`, `LEAD_INDEX_ACTIVE_KEY_ID=${keyId}`];
}

/** The transparency log's signer key, for a log named after the local host. */
function logKeyDevVars() {
	return [`TRANSPARENCY_LOG_SIGNING_KEY=${newLogSignerKey("localhost/econsent-log").signer}`];
}

const keyId = `dev-${new Date().toISOString().slice(0, 7)}`;
if (!existsSync(".dev.vars")) {
	writeFileSync(
		".dev.vars",
		[
			`HMAC_SIGNING_KEYS={"${keyId}":"${randomBytes(32).toString("hex")}"}`,
			`HMAC_ACTIVE_KEY_ID=${keyId}`,
			...ed25519DevVars(keyId),
			...dataEncryptionDevVars(keyId),
			...leadIndexDevVars(keyId),
			...logKeyDevVars(),
			"",
		].join("\n"),
	);
	console.log("Created .dev.vars with fresh local signing and encryption keys.");
} else {
	// Setups from before a key was added lack it: add a fresh one so they keep working.
	const existing = readFileSync(".dev.vars", "utf8");
	const missing = [
		{ name: "ED25519_SIGNING_KEYS", lines: ed25519DevVars, what: "an Ed25519 signing key" },
		{ name: "DATA_ENCRYPTION_KEYS", lines: dataEncryptionDevVars, what: "a data encryption key" },
		{ name: "TRANSPARENCY_LOG_SIGNING_KEY", lines: logKeyDevVars, what: "a transparency log key" },
		{ name: "LEAD_INDEX_KEYS", lines: leadIndexDevVars, what: "a lead index key" },
	].filter(({ name }) => !new RegExp(`^${name}=`, "m").test(existing));
	if (missing.length > 0) {
		const added = missing.flatMap(({ lines }) => lines(keyId)).join("\n");
		appendFileSync(".dev.vars", `${existing.endsWith("\n") || existing === "" ? "" : "\n"}${added}\n`);
		console.log(`Added ${missing.map(({ what }) => what).join(" and ")} to .dev.vars (fresh, local only).`);
	}
}

const wrangler = process.platform === "win32" ? "wrangler.cmd" : "wrangler";
// Local development needs nothing from the internet. Without these, wrangler dev downloads the `Request.cf` object
// from workers.cloudflare.com (offline that prints two ENOTFOUND stack traces that look like failures, and the
// placeholder it falls back to is what it uses anyway), and reports usage metrics (also off in wrangler.toml).
const wranglerEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
// Every D1 database of wrangler.toml (the directory and each certificate shard) gets the migrations, and each shard
// its id range, as a deploy prepares them (databases.mjs).
try {
	for (const { database, args: step, output } of await readyDatabases(["--local"], { env: wranglerEnv })) {
		if (step[1] === "migrations") console.log(`${database.databaseName}: ${migrationSummary(output)}`);
	}
} catch (error) {
	// The whole story only when it went wrong.
	console.error(error.message);
	process.exit(error.exitCode ?? 1);
}

// wrangler's own request log shows every URL, claim links included: it goes through a filter that cuts claim
// tokens, API keys and webhook secrets short (dev-output.mjs).
const child = spawn(wrangler, wranglerArgs, { stdio: ["inherit", "pipe", "pipe"], env: wranglerEnv });
pipeRedacted(child.stdout, process.stdout);
pipeRedacted(child.stderr, process.stderr);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

const host = ip === "0.0.0.0" ? "127.0.0.1" : ip;
const baseUrl = `http://${host}:${port}`;
try {
	await waitForHealth(baseUrl);
	// Right after start (a server killed mid-job left chunks behind), then every minute.
	let sweepFailing = false;
	fireSweepWhileRunning(baseUrl, {
		onFired: () => {
			sweepFailing = false;
		},
		onError: (error) => {
			if (!sweepFailing) console.error(`Firing the sweep Cron Trigger failed: ${error.message}`);
			sweepFailing = true;
		},
	});
	const demo = await seed(baseUrl);
	console.log(`
  eConsent partner certificates API is running at ${baseUrl}
  API reference: ${baseUrl}/docs    OpenAPI: ${baseUrl}/openapi.json

  Demo logins (POST ${baseUrl}/auth/login):
    publisher  ${demo.publisher.email} / ${demo.password}   (${demo.publisher.company}, company ${demo.publisher.companyId})
    buyer      ${demo.buyer.email} / ${demo.password}   (${demo.buyer.company}, company ${demo.buyer.companyId})
  Demo property: ${demo.property}   certificates: ${demo.certificates.join(", ")}
  Demo form with the capture script (witnessed certificates, property ${demo.localPropertyId}):
    ${demo.demoFormUrl}
  The sweep Cron Trigger (lost job chunks, missed webhook deliveries) is fired every minute here:
    ${scheduledUrl(baseUrl, SWEEP_CRON)}
  The archive run (to R2, certificates quiet for ARCHIVE_AFTER_DAYS days, here ${archiveAfterDays ?? "30"}) is fired with:
    curl '${scheduledUrl(baseUrl, ARCHIVE_CRON)}'
`);
} catch (error) {
	console.error(`Seeding failed: ${error.message}`);
}

async function waitForHealth(url) {
	for (let attempt = 0; attempt < 240; attempt++) {
		try {
			const res = await fetch(`${url}/health`);
			if (res.ok) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`${url} did not answer within 2 minutes`);
}
