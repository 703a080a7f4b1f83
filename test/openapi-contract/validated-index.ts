// What test files get when they import src/index (vitest.config.ts substitutes it): the same Worker, whose fetch
// answers are checked against the served OpenAPI document (./validated-worker.ts), whatever env or context a test
// passes.
import worker from "../../src/index";
import { checked } from "./validated-worker";

export * from "../../src/index";

export default {
	...worker,
	fetch: async (request, env, ctx) => checked(request, await worker.fetch(request, env, ctx)),
} satisfies typeof worker;
