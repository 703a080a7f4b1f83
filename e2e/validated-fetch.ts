// Every answer the e2e suite's Node side gets from an API it started is checked against that API's served OpenAPI
// document (test/openapi-contract/contract.ts, the same checks as the workerd suite's): e2e/setup.ts puts a checking
// fetch in place of the global one, so api(), httpClient() and a test's own fetch() all go through it. Answers from
// anything else (webhook receivers, fixture sites) pass untouched.
import { type Contract, contractOf, recorded } from "../test/openapi-contract/contract";

/** Origins of the APIs this process started or was given (e2e/server.ts adds each once it is up). */
export const apiOrigins = new Set<string>();

const plainFetch = globalThis.fetch;
const contracts = new Map<string, Promise<Contract>>();

/** The document an API serves, read once per origin. */
function contractFor(origin: string): Promise<Contract> {
	let contract = contracts.get(origin);
	if (!contract) {
		contract = (async () => {
			const res = await plainFetch(`${origin}/openapi.json`);
			if (res.status !== 200) throw new Error(`${origin}/openapi.json answered ${res.status}`);
			return contractOf(await res.json());
		})();
		contract.catch(() => contracts.delete(origin));
		contracts.set(origin, contract);
	}
	return contract;
}

async function checkingFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
	const request = new Request(input, init);
	const response = await plainFetch(request);
	// A followed redirect: the answer seen is the last one, to a GET of where it led (the ones before are not seen).
	const answered = response.redirected ? { method: "GET", url: response.url } : request;
	const url = new URL(answered.url);
	if (!apiOrigins.has(url.origin)) return response;
	const body = new Uint8Array(await response.clone().arrayBuffer());
	const { checkAnswer } = await contractFor(url.origin);
	recorded(() =>
		checkAnswer({
			method: answered.method,
			url: answered.url,
			status: response.status,
			headers: response.headers,
			body,
		}),
	);
	return response;
}

/** Puts the checking fetch in place of the global one (once per process: test files share it). */
export function checkEveryAnswer(origin: string) {
	apiOrigins.add(new URL(origin).origin);
	if (globalThis.fetch !== checkingFetch) globalThis.fetch = checkingFetch;
}

/** Checks a webhook delivery a test's receiver got against the document's `webhooks` (of the API at `origin`). */
export async function checkDelivery(origin: string, headers: Headers, body: string): Promise<void> {
	const contract = await contractFor(new URL(origin).origin);
	recorded(() => contract.checkDelivery({ headers, body }));
}
