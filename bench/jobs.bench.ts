// Batch share jobs end to end against the real API under `wrangler dev` (throwaway state, as the e2e suite starts
// it): a 10,000- and a 100,000-certificate job, from the POST to the job's `completed_at`, then the results
// download. Certificates are seeded with one SQL statement through `wrangler d1 execute --local` while the server is
// stopped (capturing 100,000 through the API would take most of an hour), as copies of one captured through the API.
// While a job runs, the resident memory of this server's workerd is sampled every 100 ms: workerd holds the Worker,
// the ledgers, the queue and local D1 together, so the growth over the idle baseline is an upper bound for what the
// Worker itself holds while consuming chunks. Run: npm run bench:jobs
import { randomBytes } from "node:crypto";
import { readdir, readFile, readlink } from "node:fs/promises";
import { BENCHMARK_SERVER, copyCertificates, ROOT, startApi } from "../e2e/server";

const SIZES = [10_000, 100_000];

async function workerdRssBytes(): Promise<number> {
	let total = 0;
	for (const pid of await readdir("/proc").catch(() => [] as string[])) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
			if (!cmdline.includes("workerd") || (await readlink(`/proc/${pid}/cwd`)) !== ROOT) continue;
			const status = await readFile(`/proc/${pid}/status`, "utf8");
			total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
		} catch {
			// the process ended between listing and reading
		}
	}
	return total;
}

function client(base: string, cookie: string) {
	return async (method: string, urlPath: string, body?: unknown, accept = "application/json") => {
		const res = await fetch(`${base}${urlPath}`, {
			method,
			headers: {
				accept,
				cookie,
				origin: base,
				...(body === undefined ? {} : { "content-type": "application/json" }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		return { status: res.status, text, json: accept === "application/json" && text ? JSON.parse(text) : null };
	};
}

async function main() {
	let api = await startApi({ ...BENCHMARK_SERVER, name: "bench-jobs" });
	try {
		const email = `bench-${randomBytes(4).toString("hex")}@jobs.example`;
		const signup = await fetch(`${api.baseUrl}/auth/signup`, {
			method: "POST",
			headers: { "content-type": "application/json" },
			body: JSON.stringify({ company_name: "Jobs Bench", email, password: `bench-${randomBytes(12).toString("hex")}` }),
		});
		if (signup.status !== 201) throw new Error(`signup: ${signup.status} ${await signup.text()}`);
		const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
		let call = client(api.baseUrl, cookie);
		const properties: string[] = [];
		for (const size of SIZES) {
			properties.push((await call("POST", "/properties", { domain: `forms-${size}.bench.example` })).json.id);
		}
		// The template lives on a property of its own, so each job's filter matches exactly its seeded copies.
		const templateProperty = (await call("POST", "/properties", { domain: "forms-template.bench.example" })).json.id;
		const template = await call("POST", "/certificates", {
			property_id: templateProperty,
			consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
			page_url: "https://forms.bench.example/",
			consumer: { ip: "203.0.113.9", user_agent: "bench" },
			geo: { country: "US", state: "FL" },
		});
		if (template.status !== 201) throw new Error(`capture: ${template.status} ${template.text}`);

		const stateDir = api.scratchDir;
		await api.kill();
		const seedStarted = performance.now();
		for (const [i, size] of SIZES.entries()) {
			await copyCertificates(api, template.json.certificate_id, properties[i] as string, size, `EC-bench-${size}-`);
		}
		console.log(
			`seeded ${SIZES.join(" + ")} certificates with SQL in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
		);
		api = await startApi({ ...BENCHMARK_SERVER, name: "bench-jobs-run", stateDir });
		call = client(api.baseUrl, cookie);

		const rows: string[] = [];
		for (const [i, size] of SIZES.entries()) {
			const idle = await workerdRssBytes();
			let peak = idle;
			const sampler = setInterval(async () => {
				peak = Math.max(peak, await workerdRssBytes());
			}, 100);
			const started = performance.now();
			const created = await call("POST", "/certificate-sharing/jobs", {
				type: "batch_share",
				filter: { property_id: properties[i] },
			});
			if (created.status !== 202) throw new Error(`job: ${created.status} ${created.text}`);
			const accepted = performance.now() - started;
			let job = created.json;
			while (!job.completed_at) {
				await new Promise((r) => setTimeout(r, 250));
				job = (await call("GET", `/certificate-sharing/jobs/${created.json.id}`)).json;
			}
			const elapsed = (performance.now() - started) / 1000;
			clearInterval(sampler);
			const downloadStarted = performance.now();
			const download = await call(
				"GET",
				`/certificate-sharing/jobs/${job.id}/results`,
				undefined,
				"application/x-ndjson",
			);
			const lines = download.text.split("\n").filter(Boolean).length;
			const downloaded = (performance.now() - downloadStarted) / 1000;
			const chunks = Math.ceil(size / 1000);
			const growth = Math.max(0, peak - idle) / 1024 / 1024;
			rows.push(
				`| ${size.toLocaleString("en-US")} | ${job.status} ${job.succeeded}/${job.total} | ${Math.round(accepted)} ms | ${elapsed.toFixed(1)} s | ${Math.round(size / elapsed)} | ${downloaded.toFixed(1)} s (${lines} lines) | ${(idle / 1024 / 1024).toFixed(0)} → ${(peak / 1024 / 1024).toFixed(0)} MB (+${growth.toFixed(0)} MB over ${chunks} chunks) |`,
			);
			console.log(rows.at(-1));
		}
		console.log(
			"\n| certificates | outcome | 202 after | POST → completed | certificates/s | results download | workerd RSS idle → peak |",
		);
		console.log("|---:|---|---:|---:|---:|---:|---|");
		for (const row of rows) console.log(row);
	} finally {
		await api.stop();
	}
}

await main();
