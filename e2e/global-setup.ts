// Vitest globalSetup for the Node-side suite: one real API for every e2e test file, seeded with the same demo data as
// `npm run dev`, and stopped when the run ends.
import type { TestProject } from "vitest/node";
import { seed } from "../scripts/seed.mjs";
import { startApi } from "./server";

declare module "vitest" {
	export interface ProvidedContext {
		/** Origin of the running API, e.g. http://127.0.0.1:41234 */
		baseUrl: string;
		/** Private scratch space of this run, deleted at the end (browser profiles go here). */
		scratchDir: string;
		/** wrangler's output for this run; its tail is printed when a test fails. */
		serverLog: string;
	}
}

export default async function setup(project: TestProject) {
	const started = Date.now();
	const api = await startApi();
	// The demo accounts, property and rule that `npm run dev` seeds: the README walkthrough signs in with them.
	try {
		await seed(api.baseUrl);
	} catch (error) {
		await api.stop();
		throw error;
	}
	console.log(`e2e: API ready at ${api.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	project.provide("baseUrl", api.baseUrl);
	project.provide("scratchDir", api.scratchDir);
	project.provide("serverLog", api.logFile);
	return async () => {
		await api.stop();
	};
}
