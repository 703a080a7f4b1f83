// What test files get when they import "cloudflare:workers" (vitest.config.ts substitutes this module for it, and
// validated-index.ts for src/index): the same module, except that every answer of the Worker's fetch, reached as
// `exports.default.fetch`, is checked against the served OpenAPI document before the test sees it (./contract.ts).
import * as workers from "cloudflare:workers";
import { type Contract, contractOf, recorded } from "./contract";

// What test files take from the module besides `exports` (TypeScript allows no `export *` of it).
export const env = workers.env;

const worker = workers.exports.default;

let contract: Promise<Contract> | undefined;
/**
 * The served document, read once per runtime; it is the same for every request. test/setup.ts has it ready before a
 * file's tests start, so its cost (compiling the document) falls on no test's time budget.
 */
export function servedContract(): Promise<Contract> {
	contract ??= (async () => {
		const res = await worker.fetch(new Request("https://api.test/openapi.json"));
		if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}`);
		return contractOf(await res.json());
	})();
	contract.catch(() => {
		contract = undefined;
	});
	return contract;
}

/** Checks an answer to a request against the document, then hands it on unread. */
export async function checked(request: Request, response: Response): Promise<Response> {
	const body = new Uint8Array(await response.clone().arrayBuffer());
	const { checkAnswer } = await servedContract();
	recorded(() =>
		checkAnswer({
			method: request.method,
			url: request.url,
			status: response.status,
			headers: response.headers,
			body,
			requestHeaders: request.headers,
		}),
	);
	return response;
}

/** Checks a webhook delivery a test's receiver got against the document's `webhooks`. */
export async function checkedDelivery(headers: Headers, body: string): Promise<void> {
	const { checkDelivery } = await servedContract();
	recorded(() => checkDelivery({ headers, body }));
}

const validatedDefault = new Proxy(worker, {
	get(target, property) {
		if (property === "fetch") {
			return async (input: RequestInfo | URL, init?: RequestInit) => {
				const request = new Request(input, init);
				return checked(request, await target.fetch(request));
			};
		}
		const value = Reflect.get(target, property);
		return typeof value === "function" ? value.bind(target) : value;
	},
});

export const exports: typeof workers.exports = new Proxy(workers.exports, {
	get: (target, property) => (property === "default" ? validatedDefault : Reflect.get(target, property)),
});
