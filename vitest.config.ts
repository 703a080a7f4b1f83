import { readFileSync } from "node:fs";
import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildScripts } from "./scripts/build-scripts.mjs";

// Tests run inside workerd against real local D1, Durable Objects and Queues configured from wrangler.toml.
// The migrations applied are exactly the files in migrations/, the same ones `wrangler d1 migrations apply` uses.
// wrangler.toml imports the /verify and replay pages' scripts and the capture script as text ([[rules]] type =
// "Text"); the test build does the same, so /verify, the replay pages and /capture.js serve the same bytes in tests as
// when deployed. The API reference's renderer is a static asset (wrangler.toml [assets]), read through env.ASSETS.
const TEXT_MODULES = ["/dist/verifier/verify-page.js", "/dist/verifier/replay-page.js", "/dist/capture/capture.js"];
const textModules = {
	name: "wrangler-text-rules",
	enforce: "pre" as const,
	load(id: string) {
		if (!TEXT_MODULES.some((suffix) => id.endsWith(suffix))) return null;
		return `export default ${JSON.stringify(readFileSync(id, "utf8"))};`;
	},
};

// Every answer a test gets from the Worker is checked against the served OpenAPI document, without a test having to
// ask: a test file's import of "cloudflare:workers" (whose `exports.default.fetch` calls the Worker) or of src/index
// gets a stand-in that checks each answer (test/openapi-contract/). The stand-ins' own imports, and test/worker.ts
// (the Worker itself), keep the real modules.
const CONTRACT = path.join(import.meta.dirname, "test/openapi-contract");
const SUBSTITUTES: Record<string, string> = {
	"cloudflare:workers": path.join(CONTRACT, "validated-worker.ts"),
	[path.join(import.meta.dirname, "src/index")]: path.join(CONTRACT, "validated-index.ts"),
};
const validatedAnswers = {
	name: "validated-answers",
	enforce: "pre" as const,
	resolveId(source: string, importer: string | undefined) {
		const from = importer?.split("?")[0];
		if (!from?.startsWith(path.join(import.meta.dirname, "test/")) || from.startsWith(CONTRACT)) return null;
		if (from === path.join(import.meta.dirname, "test/worker.ts")) return null;
		const target = source.startsWith(".") ? path.resolve(path.dirname(from), source).replace(/\.ts$/, "") : source;
		return SUBSTITUTES[target] ?? null;
	},
};

export default defineConfig(async () => {
	// What wrangler.toml's [build] does before `wrangler dev` and deploys: the scripts from their current sources, and
	// the static assets directory.
	await buildScripts();
	const migrations = await readD1Migrations(path.join(import.meta.dirname, "migrations"));
	return {
		plugins: [
			textModules,
			validatedAnswers,
			cloudflareTest({
				wrangler: { configPath: "./wrangler.toml" },
				// src/index.ts with a certificate ledger whose steps tests can make fail (test/worker.ts).
				main: "./test/worker.ts",
				miniflare: {
					bindings: {
						TEST_MIGRATIONS: migrations,
						// The tests assert the round-trip counts on every answer, as `npm run dev` shows them.
						DIAGNOSTIC_HEADERS: "always",
						// Fixed test keys: never used anywhere else.
						HMAC_SIGNING_KEYS: JSON.stringify({
							"test-2026-01": "test-hmac-secret-0123456789abcdef",
						}),
						HMAC_ACTIVE_KEY_ID: "test-2026-01",
						ED25519_SIGNING_KEYS: JSON.stringify({
							"test-ed-2026-01": {
								kty: "OKP",
								crv: "Ed25519",
								d: "B1lcXbBiVMxDXa4ymaU5ELM3bnb28tXzdEK9xI-45gU",
								x: "-t9XsR6EQglHYN7MQ55X9H9lMwsIujpDxuwJD04yLJY",
							},
							"test-ed-2025-12": {
								kty: "OKP",
								crv: "Ed25519",
								d: "IyyHc7aCkrT8OlyxoqGek9ohM9PrmPCdyx7DHFeXCJE",
								x: "o5UZZ5pK_5CH0IDYZE7HRRa3oFDSLE-zUB99Oo84h14",
							},
						}),
						ED25519_ACTIVE_KEY_ID: "test-ed-2026-01",
						DATA_ENCRYPTION_KEYS: JSON.stringify({
							"test-data-2026-01": "ZmtA6q8xW3p9Qm2bYc1dVn7rT0sLe4uKhJgFiO5aPzE=",
						}),
						DATA_ENCRYPTION_ACTIVE_KEY_ID: "test-data-2026-01",
						LEAD_INDEX_KEYS: JSON.stringify({
							"test-lead-2026-01": "test-lead-index-secret-0123456789abcdef",
							"test-lead-2025-12": "test-lead-index-secret-retired-0123456789",
						}),
						LEAD_INDEX_ACTIVE_KEY_ID: "test-lead-2026-01",
						TRANSPARENCY_LOG_SIGNING_KEY:
							"PRIVATE+KEY+api.test/econsent-log+b764848e+AZnH1vwPPIEE+VnTefJueYAM5vzZ0p87ufxqeAN0jQzG",
					},
				},
			}),
		],
		test: {
			include: ["test/**/*.test.ts"],
			setupFiles: ["./test/setup.ts"],
			// Prints how many answers and webhook deliveries were checked against the OpenAPI document.
			reporters: ["default", "./test/openapi-contract/count-reporter.ts"],
			// One workerd for all files instead of a new one per file (starting it and loading the Worker cost 6 to 20 s
			// a file on these machines). Storage stays per file: test/setup.ts wipes it before each file.
			isolate: false,
			// Two runtimes, each taking files in turn: most of a file's time is spent waiting (queue batches, polling), so
			// two overlap well even on 2 cores.
			maxWorkers: 2,
			// Stress cases (thousands of requests, long waits) run with `npm run test:stress`, after `npm test`:
			// `npm run test:workers` leaves them out with --tags-filter='!stress'.
			tags: [{ name: "stress", description: "Large or slow cases: npm run test:stress", timeout: 180_000 }],
		},
	};
});
