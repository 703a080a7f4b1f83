// A latency model per buyer region. The round trips each request makes are measured, not assumed: the real API runs
// under `wrangler dev` (throwaway state, as the e2e suite starts it), every route below is called, and its answer's
// headers say how many D1 trips a replica may serve (X-D1-Round-Trips − X-D1-Primary-Round-Trips), how many had to
// reach the primary (X-D1-Primary-Round-Trips, the ledgers' own included) and how many ledger calls it made
// (X-Durable-Object-Calls). Each route runs 3 times; the median counts are priced with the round-trip table below.
//
// Placement (the model's assumptions):
// - the Worker runs in the buyer's region (Cloudflare runs it in the location nearest the caller), and a D1 read
//   replica is in that region too: a replica trip costs SAME_REGION_MS;
// - the D1 primary is in us-east (`wrangler d1 create econsent --location enam`), and the ledgers beside it
//   (LEDGER_LOCATION_HINT in src/ledger/ledger.ts): a primary trip and a ledger call each cost the buyer region's
//   round trip to us-east. A ledger's own trips to D1 are made from beside the primary and would really cost about
//   SAME_REGION_MS each; the headers count them with the Worker's, so they are priced from the buyer's region here:
//   the write figures are upper bounds;
// - a batch's ledger calls run in parallel: the batch claim measured here names tokens one ledger writes, which is
//   one branch of that parallel fan-out (every branch makes the same trips);
// - trips add up (no server time, no client-to-edge leg, which are the same for every design). The table holds
//   monthly P50 round trips, so the sums are a modelled p50.
//
// Run: npm run bench:global            (this checkout)
//      npm run bench:global -- --before main   (also the same bench against another commit, for before/after)
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BENCHMARK_SERVER, ROOT, startApi } from "../e2e/server";
import { ledgerName } from "../src/ledger/ledger";

const REGIONS = ["us-east", "us-west", "eu-west", "ap-south", "ap-southeast", "sa-east"] as const;
type Region = (typeof REGIONS)[number];

// Round trips between availability zones of one region: IBM Cloud's published VPC network latency, inter-AZ
// averages 2.0–2.4 ms (Dallas, Aug–Oct 2024; cloud.ibm.com/docs/vpc?topic=vpc-network-latency). Rounded to 2 ms.
const SAME_REGION_MS = 2;

// Round trips to us-east (the primary's region), monthly P50 in ms, from Microsoft's "Azure network round-trip
// latency statistics" (learn.microsoft.com/en-us/azure/networking/azure-network-latency, the East US column of the
// table dated 2023-07-21): West US 64, North Europe (Ireland) 67, Central India 203, Southeast Asia (Singapore) 223,
// Brazil South 116. Each region here stands for the Azure region named.
const RTT_TO_PRIMARY_MS: Record<Region, number> = {
	"us-east": SAME_REGION_MS,
	"us-west": 64,
	"eu-west": 67,
	"ap-south": 203,
	"ap-southeast": 223,
	"sa-east": 116,
};
const AZURE_REGION: Record<Region, string> = {
	"us-east": "East US",
	"us-west": "West US",
	"eu-west": "North Europe",
	"ap-south": "Central India",
	"ap-southeast": "Southeast Asia",
	"sa-east": "Brazil South",
};

interface Trips {
	replica: number;
	primary: number;
	objects: number;
}

const ROUTES = [
	"claim summary (JSON)",
	"claim summary (page)",
	"inbox",
	"keys.json",
	"evidence (JSON)",
	"evidence (bundle)",
	"evidence (report)",
	"verify",
	"batch verify (10)",
	"claim",
	"claim from inbox",
	"batch claim (10, one ledger)",
	"share",
	"capture",
] as const;
type Route = (typeof ROUTES)[number];
const READS: readonly Route[] = ROUTES.slice(0, 9);
const RUNS = 3;

const modelled = (t: Trips, region: Region) =>
	t.replica * SAME_REGION_MS + (t.primary + t.objects) * RTT_TO_PRIMARY_MS[region];

async function measure(): Promise<Record<Route, Trips>> {
	const api = await startApi({ ...BENCHMARK_SERVER, name: "bench-global" });
	try {
		const base = api.baseUrl;
		const call = async (method: string, url: string, cookie?: string, body?: unknown, accept = "application/json") => {
			const res = await fetch(`${base}${url}`, {
				method,
				headers: {
					accept,
					origin: base,
					...(cookie ? { cookie } : {}),
					...(body === undefined ? {} : { "content-type": "application/json" }),
				},
				body: body === undefined ? undefined : JSON.stringify(body),
				redirect: "manual",
			});
			const text = await res.text();
			const total = Number(res.headers.get("x-d1-round-trips"));
			const primary = Number(res.headers.get("x-d1-primary-round-trips"));
			const trips: Trips = {
				replica: total - primary,
				primary,
				objects: Number(res.headers.get("x-durable-object-calls")),
			};
			return { status: res.status, json: accept === "application/json" && text ? JSON.parse(text) : null, res, trips };
		};
		const ok = async (expected: number, promise: ReturnType<typeof call>) => {
			const answer = await promise;
			if (answer.status !== expected) throw new Error(`expected ${expected}, got ${answer.status}: ${answer.res.url}`);
			return answer;
		};
		const signup = async (name: string) => {
			const res = await ok(
				201,
				call("POST", "/auth/signup", undefined, {
					company_name: name,
					email: `${name.toLowerCase().replace(/\W/g, "")}-${randomBytes(4).toString("hex")}@bench.example`,
					password: `bench-${randomBytes(12).toString("hex")}`,
				}),
			);
			return { cookie: (res.res.headers.get("set-cookie") ?? "").split(";")[0] ?? "", companyId: res.json.company.id };
		};

		const publisher = await signup("Bench Publisher");
		const buyer = await signup("Bench Buyer");
		const property = await ok(201, call("POST", "/properties", publisher.cookie, { domain: "forms.bench.example" }));
		const capture = () =>
			ok(
				201,
				call("POST", "/certificates", publisher.cookie, {
					property_id: property.json.id,
					consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
					page_url: "https://forms.bench.example/",
					geo: { country: "US", state: "FL" },
				}),
			);
		const share = (certificateId: string, target?: string) =>
			ok(
				201,
				call(
					"POST",
					`/certificate-sharing/certificates/${certificateId}/share`,
					publisher.cookie,
					target ? { target_company_id: target } : {},
				),
			);
		// Certificates that one ledger writes, for the batches (see the placement notes above).
		const byLedger = new Map<string, string[]>();
		const oneLedger = async (n: number) => {
			for (;;) {
				const full = [...byLedger.values()].find((ids) => ids.length >= n);
				if (full) return full.splice(0, n);
				const id = (await capture()).json.certificate_id as string;
				const name = ledgerName(publisher.companyId, id);
				byLedger.set(name, [...(byLedger.get(name) ?? []), id]);
			}
		};

		const samples = new Map<Route, Trips[]>(ROUTES.map((route) => [route, []]));
		const note = (route: Route, answer: { trips: Trips }) => samples.get(route)?.push(answer.trips);
		for (let run = 0; run < RUNS; run++) {
			const captured = await capture();
			note("capture", captured);
			const certificateId = captured.json.certificate_id as string;
			const open = await share(certificateId);
			note("share", open);
			const token = open.json.claim_token as string;
			const summary = `/certificate-sharing/certificates/claim/${token}`;
			note("claim summary (JSON)", await ok(200, call("GET", summary)));
			note("claim summary (page)", await ok(200, call("GET", summary, undefined, undefined, "text/html")));
			note("keys.json", await ok(200, call("GET", "/.well-known/econsent/keys.json")));
			const claim = await ok(200, call("POST", summary, buyer.cookie));
			note("claim", claim);
			const claimId = claim.json.claim_id as number;

			const targeted = await capture();
			await share(targeted.json.certificate_id, buyer.companyId);
			const inbox = await ok(200, call("GET", "/certificate-sharing/partner-certificates", buyer.cookie));
			note("inbox", inbox);
			const pending = (inbox.json.data as { claim_id: number; status: string }[]).find((d) => d.status === "pending");
			note(
				"claim from inbox",
				await ok(
					200,
					call("POST", `/certificate-sharing/partner-certificates/${pending?.claim_id}/claim`, buyer.cookie),
				),
			);

			const evidence = `/certificate-sharing/partner-certificates/${claimId}/evidence`;
			note("evidence (JSON)", await ok(200, call("GET", evidence, buyer.cookie)));
			note("evidence (bundle)", await ok(200, call("GET", `${evidence}?format=bundle`, buyer.cookie)));
			note("evidence (report)", await ok(200, call("GET", evidence, buyer.cookie, undefined, "text/html")));
			note(
				"verify",
				await ok(200, call("GET", `/certificate-sharing/partner-certificates/${claimId}/verify`, buyer.cookie)),
			);

			const batchIds = await oneLedger(10);
			const batch = await ok(
				200,
				call("POST", "/certificate-sharing/certificates/batch-share", publisher.cookie, { certificate_ids: batchIds }),
			);
			if (!(batch.json.results as { ok: boolean }[]).every((r) => r.ok)) throw new Error("a batch share item failed");
			const items = (batch.json.results as { claim_token: string }[]).map((r) => ({ token: r.claim_token }));
			note(
				"batch verify (10)",
				await ok(200, call("POST", "/certificate-sharing/certificates/batch-verify", buyer.cookie, { items })),
			);
			const claimed = await ok(
				200,
				call("POST", "/certificate-sharing/certificates/batch-claim", buyer.cookie, { claims: items }),
			);
			if (!(claimed.json.results as { ok: boolean }[]).every((r) => r.ok)) throw new Error("a batch item failed");
			note("batch claim (10, one ledger)", claimed);
		}
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
		return Object.fromEntries(
			ROUTES.map((route) => {
				const runs = samples.get(route) ?? [];
				return [
					route,
					{
						replica: median(runs.map((t) => t.replica)),
						primary: median(runs.map((t) => t.primary)),
						objects: median(runs.map((t) => t.objects)),
					},
				];
			}),
		) as Record<Route, Trips>;
	} finally {
		await api.stop();
	}
}

/** The same bench, run in a temporary worktree of `ref`: its trips as measured there. */
function measureAt(ref: string): Record<Route, Trips> {
	const dir = mkdtempSync(path.join(tmpdir(), "bench-global-"));
	const worktree = path.join(dir, "tree");
	execFileSync("git", ["worktree", "add", "--detach", worktree, ref], { cwd: ROOT, stdio: "ignore" });
	try {
		symlinkSync(path.join(ROOT, "node_modules"), path.join(worktree, "node_modules"));
		copyFileSync(import.meta.filename, path.join(worktree, "bench", path.basename(import.meta.filename)));
		const run = spawnSync(
			process.execPath,
			[
				path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
				path.join("bench", path.basename(import.meta.filename)),
				"--trips-only",
			],
			{ cwd: worktree, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
		);
		const line = run.stdout.split("\n").find((l) => l.startsWith("TRIPS "));
		if (run.status !== 0 || !line) throw new Error(`the bench at ${ref} failed:\n${run.stdout}`);
		return JSON.parse(line.slice("TRIPS ".length));
	} finally {
		execFileSync("git", ["worktree", "remove", "--force", worktree], { cwd: ROOT, stdio: "ignore" });
		rmSync(dir, { recursive: true, force: true });
	}
}

const fmt = (t: Trips) => `${t.replica} / ${t.primary} / ${t.objects}`;

function printRttTable() {
	console.log(`\nRound trips priced (ms; primary and ledgers in us-east)\n`);
	console.log("| buyer region | stands for | replica trip | primary trip or ledger call |");
	console.log("|---|---|---|---|");
	for (const region of REGIONS) {
		console.log(`| ${region} | ${AZURE_REGION[region]} | ${SAME_REGION_MS} | ${RTT_TO_PRIMARY_MS[region]} |`);
	}
}

function printModel(trips: Record<Route, Trips>, title: string) {
	console.log(`\n${title}: modelled p50 in ms per buyer region (trips: replica / primary / ledger calls)\n`);
	console.log(`| request | trips | ${REGIONS.join(" | ")} |`);
	console.log(`|---|---|${REGIONS.map(() => "---").join("|")}|`);
	for (const route of ROUTES) {
		const t = trips[route];
		console.log(`| ${route} | ${fmt(t)} | ${REGIONS.map((r) => modelled(t, r)).join(" | ")} |`);
	}
}

function printBeforeAfter(before: Record<Route, Trips>, after: Record<Route, Trips>, ref: string) {
	console.log(`\nBefore (${ref}) and after: trips and modelled p50 in ms\n`);
	console.log(`| request | trips before → after | ${REGIONS.join(" | ")} |`);
	console.log(`|---|---|${REGIONS.map(() => "---").join("|")}|`);
	for (const route of ROUTES) {
		const cells = REGIONS.map((r) => `${modelled(before[route], r)} → ${modelled(after[route], r)}`);
		console.log(`| ${route} | ${fmt(before[route])} → ${fmt(after[route])} | ${cells.join(" | ")} |`);
	}
}

function checkGoals(trips: Record<Route, Trips>) {
	const slowReads = READS.flatMap((route) =>
		REGIONS.filter((r) => modelled(trips[route], r) >= 60).map((r) => `${route} from ${r}`),
	);
	const claimEu = modelled(trips.claim, "eu-west");
	console.log(
		`\nEvery read under 60 ms from every region: ${slowReads.length === 0 ? "yes" : `no (${slowReads.join(", ")})`}`,
	);
	console.log(`A claim from eu-west under 250 ms: ${claimEu < 250 ? "yes" : "no"} (${claimEu} ms)`);
}

const args = process.argv.slice(2);
const after = await measure();
if (args.includes("--trips-only")) {
	console.log(`TRIPS ${JSON.stringify(after)}`);
} else {
	printRttTable();
	printModel(after, "This checkout");
	const beforeAt = args.indexOf("--before");
	const ref = beforeAt >= 0 ? args[beforeAt + 1] : undefined;
	if (ref) printBeforeAfter(measureAt(ref), after, ref);
	checkGoals(after);
}
