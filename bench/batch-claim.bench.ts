// 100 tokens claimed three ways against the real API under `wrangler dev` (throwaway state, as the e2e suite
// starts it): one batch claim, 100 single claims one after another, and 100 single claims all at once. Each way
// gets its own 100 certificates from one publisher (so the same 8 ledgers). Prints wall time, requests, and the
// D1 round trips and ledger calls the answers reported. Run: npm run bench:batch-claim
import { randomBytes } from "node:crypto";
import { BENCHMARK_SERVER, startApi } from "../e2e/server";

const TOKENS = 100;

async function main() {
	const api = await startApi(BENCHMARK_SERVER);
	try {
		const base = api.baseUrl;
		const call = async (method: string, path: string, cookie?: string, body?: unknown) => {
			const res = await fetch(`${base}${path}`, {
				method,
				headers: {
					accept: "application/json",
					origin: base,
					...(cookie ? { cookie } : {}),
					...(body === undefined ? {} : { "content-type": "application/json" }),
				},
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await res.text();
			return {
				status: res.status,
				json: text ? JSON.parse(text) : null,
				res,
				trips: Number(res.headers.get("x-d1-round-trips")),
				objectCalls: Number(res.headers.get("x-durable-object-calls")),
			};
		};
		const signup = async (name: string) => {
			const res = await call("POST", "/auth/signup", undefined, {
				company_name: name,
				email: `${name.toLowerCase().replace(/\W/g, "")}-${randomBytes(4).toString("hex")}@bench.example`,
				password: `bench-${randomBytes(12).toString("hex")}`,
			});
			if (res.status !== 201) throw new Error(`signup: ${res.status} ${JSON.stringify(res.json)}`);
			return (res.res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
		};

		const publisher = await signup("Bench Publisher");
		const property = await call("POST", "/properties", publisher, { domain: "forms.bench.example" });
		const certificateIds: string[] = [];
		for (let i = 0; i < 3 * TOKENS; i++) {
			const certificate = await call("POST", "/certificates", publisher, {
				property_id: property.json.id,
				consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
				page_url: "https://forms.bench.example/",
				geo: { country: "US", state: "FL" },
				lead: { email: `lead${i}@bench.example` },
			});
			if (certificate.status !== 201) throw new Error(`capture: ${certificate.status}`);
			certificateIds.push(certificate.json.certificate_id);
		}
		const shared = await call("POST", "/certificate-sharing/certificates/batch-share", publisher, {
			certificate_ids: certificateIds,
		});
		const tokens = (shared.json.results as { claim_token: string }[]).map((r) => r.claim_token);
		const [batchTokens, serialTokens, parallelTokens] = [0, 1, 2].map((k) =>
			tokens.slice(k * TOKENS, (k + 1) * TOKENS),
		);

		type Run = { name: string; ms: number; requests: number; ok: number; trips: number; objectCalls: number };
		const runs: Run[] = [];
		const single = (cookie: string, token: string) =>
			call("POST", `/certificate-sharing/certificates/claim/${token}`, cookie);

		let buyer = await signup("Bench Buyer A");
		let started = performance.now();
		const batch = await call("POST", "/certificate-sharing/certificates/batch-claim", buyer, {
			claims: (batchTokens as string[]).map((token) => ({ token })),
		});
		runs.push({
			name: `1 batch claim of ${TOKENS}`,
			ms: performance.now() - started,
			requests: 1,
			ok: (batch.json.results as { ok: boolean }[]).filter((r) => r.ok).length,
			trips: batch.trips,
			objectCalls: batch.objectCalls,
		});

		buyer = await signup("Bench Buyer B");
		started = performance.now();
		const serial = [];
		for (const token of serialTokens as string[]) serial.push(await single(buyer, token));
		runs.push(summarise(`${TOKENS} single claims, one after another`, performance.now() - started, serial));

		buyer = await signup("Bench Buyer C");
		started = performance.now();
		const parallel = await Promise.all((parallelTokens as string[]).map((token) => single(buyer, token)));
		runs.push(summarise(`${TOKENS} single claims, all at once`, performance.now() - started, parallel));

		console.log(`\nClaiming ${TOKENS} tokens of one publisher (local workerd under wrangler dev)\n`);
		console.log("| how | wall time | requests | claimed | D1 round trips (sum) | ledger calls (sum) |");
		console.log("|---|---|---|---|---|---|");
		for (const r of runs) {
			console.log(
				`| ${r.name} | ${r.ms.toFixed(0)} ms | ${r.requests} | ${r.ok}/${TOKENS} | ${r.trips} | ${r.objectCalls} |`,
			);
		}
	} finally {
		await api.stop();
	}
}

function summarise(name: string, ms: number, answers: { status: number; trips: number; objectCalls: number }[]) {
	return {
		name,
		ms,
		requests: answers.length,
		ok: answers.filter((a) => a.status === 200).length,
		trips: answers.reduce((sum, a) => sum + a.trips, 0),
		objectCalls: answers.reduce((sum, a) => sum + a.objectCalls, 0),
	};
}

await main();
