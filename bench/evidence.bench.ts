// Does reading evidence make the next read slower or larger? One claimed certificate's evidence bundle is read
// READS times in a row against the real API under `wrangler dev` (throwaway state, as the e2e suite starts it);
// prints the median time of a window of reads at several points and the bundle's size there, each against the
// 2nd read (the floor, measured in the same run). Run: npm run bench:evidence [-- reads]
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, startApi } from "../e2e/server";

const READS = Number(process.argv[2] ?? 2000);
const WINDOW = 20;
const GOAL = 1.3;

async function main() {
	const api = await startApi({ ...BENCHMARK_SERVER, name: "bench-evidence" });
	try {
		const { call, signup } = httpClient(api.baseUrl);
		const publisher = await signup("Bench Publisher");
		const buyer = await signup("Bench Buyer");
		const property = (await call("POST", "/properties", publisher, { domain: "forms.bench.example" })).json;
		const certificate = (
			await call("POST", "/certificates", publisher, {
				property_id: property.id,
				consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
				page_url: "https://forms.bench.example/",
			})
		).json;
		const sharePath = `/certificate-sharing/certificates/${certificate.certificate_id}/share`;
		const share = (await call("POST", sharePath, publisher, {})).json;
		const claim = (await call("POST", `/certificate-sharing/certificates/claim/${share.claim_token}`, buyer)).json;
		const path = `/certificate-sharing/partner-certificates/${claim.claim_id}/evidence?format=bundle`;

		const reads: { ms: number; bytes: number }[] = [];
		for (let i = 0; i < READS; i++) {
			const res = await call("GET", path, buyer);
			if (res.status !== 200) throw new Error(`read ${i + 1}: ${res.status} ${res.text}`);
			reads.push({ ms: res.ms, bytes: Buffer.byteLength(res.text) });
		}

		const median = (values: number[]) => {
			const sorted = [...values].sort((a, b) => a - b);
			return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
		};
		// Read n (1-based) stands for the median of WINDOW reads ending at n, so one slow moment does not decide.
		const at = (n: number) => ({
			ms: median(reads.slice(Math.max(1, n - WINDOW), n).map((r) => r.ms)),
			bytes: reads[n - 1]?.bytes ?? Number.NaN,
		});
		const floor = { ms: median(reads.slice(1, 1 + WINDOW).map((r) => r.ms)), bytes: reads[1]?.bytes ?? 0 };
		const points = [2, 50, 1000, READS].filter((n, i, all) => n <= READS && all.indexOf(n) === i);
		console.log(`\nEvidence bundle read ${READS} times in a row (median of ${WINDOW} reads around each point)\n`);
		console.log("| read | time | × 2nd read | bundle size | × 2nd read |");
		console.log("|---|---|---|---|---|");
		for (const n of points) {
			const point = n === 2 ? floor : at(n);
			console.log(
				`| ${n} | ${point.ms.toFixed(1)} ms | ${(point.ms / floor.ms).toFixed(2)} | ${(point.bytes / 1024).toFixed(1)} KB | ${(point.bytes / floor.bytes).toFixed(3)} |`,
			);
		}
		const last = at(READS);
		const ok = last.ms / floor.ms <= GOAL && last.bytes / floor.bytes <= GOAL;
		console.log(`\nGoal: read ${READS} within ${GOAL}× of the 2nd in time and size: ${ok ? "met" : "NOT met"}`);
		if (!ok) process.exitCode = 1;
	} finally {
		await api.stop();
	}
}

await main();
