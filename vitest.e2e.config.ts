import { defineConfig } from "vitest/config";

// The Node-side suite (`npm run test:e2e`): the real API under `wrangler dev` on a free port with throwaway state and
// keys (e2e/global-setup.ts), driven over HTTP and through a headless Chromium. The workers suite is vitest.config.ts.
export default defineConfig({
	test: {
		name: "e2e",
		environment: "node",
		// The typed client's tests (clients/typescript) run against the same API.
		include: ["e2e/**/*.test.ts", "clients/typescript/test/**/*.test.ts"],
		globalSetup: ["./e2e/global-setup.ts"],
		setupFiles: ["./e2e/setup.ts"],
		// Prints how many answers and webhook deliveries were checked against the OpenAPI document.
		reporters: ["default", "./test/openapi-contract/count-reporter.ts"],
		// One API and a 2-core machine: files run one after another.
		fileParallelism: false,
		// One Node worker for every file instead of a new one per file (3 to 4 s each): the files share nothing but the
		// API, and each opens and closes its own browser, servers and receivers.
		isolate: false,
		testTimeout: 120_000,
		hookTimeout: 120_000,
		teardownTimeout: 30_000,
		// Cases bound by wall-clock waits (a 60 s lease, a chunk overdue for a minute) or by size (a 10,000-certificate
		// job), each starting servers of its own: `npm run test:stress`, after `npm test`.
		tags: [{ name: "stress", description: "Long or large cases: npm run test:stress" }],
	},
});
