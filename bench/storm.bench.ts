// A storm on one certificate: 100 concurrent shares and 50 concurrent evidence reads against the real API under
// `wrangler dev` (throwaway state, as the e2e suite starts it). Prints each kind's p50 and p95 during the storm,
// against the same request made alone (the floor, measured in the same run), and every answer that was not a
// success. Run: npm run bench:storm
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, startApi } from "../e2e/server";

const SHARES = 100;
const READS = 50;
const FLOOR_SAMPLES = 20;

async function main() {
	const api = await startApi(BENCHMARK_SERVER);
	try {
		const { call, signup } = httpClient(api.baseUrl);
		const publisher = await signup("Storm Publisher");
		const buyer = await signup("Storm Buyer");
		const property = await call("POST", "/properties", publisher, { domain: "forms.storm.example" });
		const certificate = await call("POST", "/certificates", publisher, {
			property_id: property.json.id,
			consent_text: "I agree that Storm Buyer may call me, including by autodialer.",
			page_url: "https://forms.storm.example/",
			consumer: { ip: "203.0.113.9", user_agent: "bench" },
			geo: { country: "US", state: "FL" },
		});
		const certificateId = certificate.json.certificate_id as string;
		const sharePath = `/certificate-sharing/certificates/${certificateId}/share`;
		const token = (await call("POST", sharePath, publisher, {})).json.claim_token as string;
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${token}`, buyer);
		if (claim.status !== 200) throw new Error(`claim: ${claim.status} ${JSON.stringify(claim.json)}`);
		const evidencePath = `/certificate-sharing/partner-certificates/${claim.json.claim_id}/evidence`;

		// The floor: the same requests one at a time, on a second certificate so the storm's chain starts short.
		const floorShare: number[] = [];
		const floorRead: number[] = [];
		for (let i = 0; i < FLOOR_SAMPLES; i++) {
			floorShare.push((await call("POST", sharePath, publisher, {})).ms);
			floorRead.push((await call("GET", evidencePath, buyer)).ms);
		}

		const [shares, reads] = await Promise.all([
			Promise.all(Array.from({ length: SHARES }, () => call("POST", sharePath, publisher, {}))),
			Promise.all(Array.from({ length: READS }, () => call("GET", evidencePath, buyer))),
		]);
		const verify = await call("GET", `/certificates/${certificateId}/verify`, publisher);

		const pct = (values: number[], p: number) => {
			const sorted = [...values].sort((a, b) => a - b);
			return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
		};
		const row = (name: string, results: { status: number; ms: number }[], floor: number[], ok: number) => {
			const ms = results.map((r) => r.ms);
			const failures = results.filter((r) => r.status !== ok).map((r) => r.status);
			const counts = new Map<number, number>();
			for (const status of failures) counts.set(status, (counts.get(status) ?? 0) + 1);
			const others = [...counts].map(([status, n]) => `${n} × ${status}`).join(", ");
			const f50 = pct(floor, 50);
			return `| ${name} | ${results.length - failures.length}/${results.length} | ${others || "none"} | ${pct(ms, 50).toFixed(0)} ms (${(pct(ms, 50) / f50).toFixed(1)}×) | ${pct(ms, 95).toFixed(0)} ms (${(pct(ms, 95) / f50).toFixed(1)}×) | ${f50.toFixed(0)} ms |`;
		};
		console.log(`\nStorm on one certificate: ${SHARES} shares and ${READS} evidence reads at once\n`);
		console.log("| request | succeeded | other answers | p50 (× floor) | p95 (× floor) | floor p50, alone |");
		console.log("|---|---|---|---|---|---|");
		console.log(row("share", shares, floorShare, 201));
		console.log(row("evidence read", reads, floorRead, 200));
		console.log(
			`\nAfterwards: verify ${verify.status}, chain valid: ${verify.json?.valid}, events: ${verify.json?.checks?.find((c: { check: string }) => c.check === "audit_chain")?.detail ?? "?"}`,
		);
	} finally {
		await api.stop();
	}
}

await main();
