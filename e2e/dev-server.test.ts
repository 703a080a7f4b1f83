// `npm run dev` itself: a taken port is said at once (before any key or database is touched), and what it prints of
// wrangler's request log never holds a claim token, an API key or a webhook secret in full.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrationSummary, redactSecrets } from "../scripts/dev-output.mjs";
import { ROOT } from "./server";

describe("npm run dev on a port that is already in use", () => {
	let holder: Server | undefined;
	afterEach(() => holder?.close());

	it("says so and exits non-zero at once, touching nothing", async () => {
		const server = createServer();
		holder = server;
		const port = await new Promise<number>((resolve) =>
			server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)),
		);
		const devVarsBefore = existsSync(path.join(ROOT, ".dev.vars"));
		const started = Date.now();
		const child = spawn(process.execPath, ["scripts/dev.mjs", "--port", String(port)], {
			cwd: ROOT,
			stdio: ["ignore", "pipe", "pipe"],
		});
		let output = "";
		child.stdout.on("data", (chunk) => {
			output += chunk;
		});
		child.stderr.on("data", (chunk) => {
			output += chunk;
		});
		const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
		expect(code).toBe(1);
		expect(Date.now() - started).toBeLessThan(10_000);
		expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
		expect(output).not.toContain("is running at");
		expect(existsSync(path.join(ROOT, ".dev.vars"))).toBe(devVarsBefore);
	});
});

describe("what npm run dev prints", () => {
	it("cuts claim tokens, API keys and webhook secrets short in every line", () => {
		const token = `clm_0001${"9f3a".repeat(12)}`;
		const tokenBeforeShards = `clm_${"7c1e".repeat(12)}`;
		const key = `eck_${"0123456789abcdef".repeat(3)}`;
		const secret = `whsec_${"Zm9vYmFy".repeat(5)}AAA=`;
		const line = `[wrangler:info] POST /certificate-sharing/certificates/claim/${token} 200 OK key=${key} ${secret} ${tokenBeforeShards}`;
		const shown = redactSecrets(line);
		for (const whole of [token, tokenBeforeShards, key, secret]) expect(shown).not.toContain(whole);
		expect(shown).toBe(
			"[wrangler:info] POST /certificate-sharing/certificates/claim/clm_00019f3a… 200 OK key=eck_01234567… whsec_… clm_7c1e…",
		);
		// Lines without secrets pass unchanged.
		const plain = "[wrangler:info] GET /health 200 OK (3ms)";
		expect(redactSecrets(plain)).toBe(plain);
	});

	it("sums up the migrations in one line instead of wrangler's tables", () => {
		const table = (names: string[]) => names.map((n) => `│ ${n} │ ✅ │`).join("\n");
		// wrangler reprints its table after each migration.
		const applying = [table(["0000_init.sql"]), table(["0000_init.sql", "0001_audit_append_only.sql"])].join("\n");
		expect(migrationSummary(applying)).toBe("Applied 2 migrations to the local D1 database.");
		expect(migrationSummary("✅ No migrations to apply!")).toBe("The local D1 database is up to date.");
	});
});
