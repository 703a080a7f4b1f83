// The transparency log: how fast the sequencer integrates entries, how long a write waits for a checkpoint, how big
// an inclusion proof is, and how many R2 objects the tiles make. Run: npm run bench:log
//
// 1. Integration: the sequencer's own step (src/transparency-log/tiles.ts growTree: leaf and node hashing, tiles and
//    entry bundles) over 10^6 entries in batches of 1,024 (the sequencer's batch) and of 100, against a floor measured
//    in the same run: SHA-256 of the same 10^6 leaves alone, the least any RFC 6962 log must do per entry.
// 2. Inclusion latency, end to end under `wrangler dev` (D1, the Durable Object, R2 locally): certificates captured
//    one after another (each writes 2 audit events); the checkpoint is polled, and a write counts as included when a
//    checkpoint first covers it. The floor is the capture request itself.
// 3. Entries/s through the Durable Object, under `wrangler dev` on the same server. Batch shares are the cheapest
//    real writes: one request of 1,000 tokens writes 1,000 `shared` audit events. 4 publishers (each its own ledgers)
//    capture 125 certificates each, and once a checkpoint covers those events, each sends 5 batch shares of 1,000
//    tokens (its certificates named 8 times), the 4 at once: a 20,000-event backlog written as fast as the API takes
//    it. The rate is the backlog over the time from the first share sent until a checkpoint covers it all, and the
//    drain alone is what was left once the last share returned over the time until then; next to each, 1.'s
//    Node-only rate of the same run. What limits it: the object is poked by every write (its alarm fires
//    200 ms later) and, while rows wait, sets its alarm for at once; each pass reads at most 500 rows per table from
//    each shard's D1, in parallel (audit-only events: at most 500 entries per shard a pass, up to the 1,024 of a full
//    batch), PUTs its tiles to R2 one after another, inserts the indexes into each entry's shard, commits its storage
//    and signs and PUTs a checkpoint. While the
//    shares are still being written, the object shares these 2 cores with the server writing them (and with this
//    script's polling), so the first rate is below what the object alone does here; the drain is closer to that.
// 4. Proof size: real proofs over the real trees of 10^3 and 10^6 entries; 10^9 is modelled (the proof's hashes
//    depend only on the index and the size, so a reader returning zeros gives its exact length).
// 5. R2 objects per million entries: distinct objects kept, and PUTs made (partial tiles are rewritten per batch).
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, startApi } from "../e2e/server";
import { type HashReader, inclusionProof, leafHash } from "../src/transparency-log/merkle";
import { emptyEdge, growTree, tileHashReader } from "../src/transparency-log/tiles";

const MILLION = 1_000_000;
const CAPTURES = 300;
/** The backlog through the Durable Object: lanes of batch shares at once, each naming its certificates 8 times. */
const BACKLOG_LANES = 4;
const BACKLOG_CERTIFICATES = 500;
const BACKLOG_SHARES_PER_LANE = 5;
const SHARE_BATCH = 1_000;

function entry(i: number): Uint8Array {
	const bytes = new Uint8Array(32);
	new DataView(bytes.buffer).setUint32(0, i);
	return bytes;
}

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

async function integrate(total: number, batch: number) {
	const objects = new Map<string, Uint8Array>();
	let puts = 0;
	let edge = emptyEdge();
	const started = performance.now();
	for (let at = 0; at < total; at += batch) {
		const entries = Array.from({ length: Math.min(batch, total - at) }, (_, i) => entry(at + i));
		const grown = await growTree(edge, entries);
		for (const w of grown.writes) {
			objects.set(w.path, w.bytes);
			puts++;
		}
		edge = grown.edge;
	}
	const seconds = (performance.now() - started) / 1000;
	// Superseded partial tiles would be left behind in R2 too; count only what a reader needs plus what stays.
	return { perSecond: total / seconds, objects: objects.size, puts, store: objects };
}

async function proofHashes(reader: HashReader, size: number): Promise<number> {
	const lengths = await Promise.all(
		[0, Math.floor(size / 2), size - 1].map(async (i) => (await inclusionProof(reader, i, size)).length),
	);
	return Math.max(...lengths);
}

type Client = ReturnType<typeof httpClient>;
const checkpointSize = async (call: Client["call"]) =>
	Number((await call("GET", "/log/checkpoint")).text.split("\n")[1]);

async function capture(call: Client["call"], publisher: string, propertyId: string) {
	const res = await call("POST", "/certificates", publisher, {
		property_id: propertyId,
		consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
		page_url: "https://forms.logbench.example/",
	});
	if (res.status !== 201) throw new Error(`capture: ${res.status} ${res.text}`);
	return res;
}

async function inclusionLatency(call: Client["call"], publisher: string, propertyId: string) {
	const polled: { at: number; size: number }[] = [];
	let polling = true;
	const poller = (async () => {
		while (polling) {
			const res = await call("GET", "/log/checkpoint");
			polled.push({ at: performance.now(), size: Number(res.text.split("\n")[1]) });
			await new Promise((r) => setTimeout(r, 20));
		}
	})();
	const baseline = (await call("GET", "/log/checkpoint")).text.split("\n")[1];
	const writes: { done: number; needs: number; ms: number }[] = [];
	for (let i = 0; i < CAPTURES; i++) {
		const res = await capture(call, publisher, propertyId);
		writes.push({ done: performance.now(), needs: Number(baseline) + 2 * (i + 1), ms: res.ms });
	}
	const last = writes.at(-1)?.needs as number;
	const deadline = performance.now() + 60_000;
	while ((polled.at(-1)?.size ?? 0) < last && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
	polling = false;
	await poller;
	const waits = writes.map((w) => {
		const seen = polled.find((p) => p.at >= w.done && p.size >= w.needs);
		if (!seen) throw new Error(`a write needing size ${w.needs} never reached a checkpoint`);
		return seen.at - w.done;
	});
	return { waits, captureMs: writes.map((w) => w.ms) };
}

async function throughDurableObject({ call, signup }: Client) {
	// Each lane is a publisher of its own, so its batch shares go to ledgers of its own and the lanes never queue
	// behind one another's certificates.
	const lanes = await Promise.all(
		Array.from({ length: BACKLOG_LANES }, async (_, lane) => {
			const publisher = await signup(`Log Bench Backlog ${lane}`);
			const property = await call("POST", "/properties", publisher, { domain: `forms${lane}.logbench.example` });
			const ids: string[] = [];
			for (let i = 0; i < BACKLOG_CERTIFICATES / BACKLOG_LANES; i++)
				ids.push((await capture(call, publisher, property.json.id)).json.certificate_id);
			return { publisher, named: Array.from({ length: SHARE_BATCH }, (_, i) => ids[i % ids.length] as string) };
		}),
	);
	// The captures' own events are integrated before the clock starts: only the shares make the backlog.
	const settle = performance.now() + 60_000;
	let baseline = await checkpointSize(call);
	for (let last = -1; baseline !== last && performance.now() < settle; ) {
		await new Promise((r) => setTimeout(r, 2_500));
		[last, baseline] = [baseline, await checkpointSize(call)];
	}
	// Each poll keeps when it was sent and when it was answered: under load an answer takes up to a second, and the
	// size it carries was read somewhere in between.
	const polled: { sent: number; at: number; size: number }[] = [];
	let polling = true;
	const poller = (async () => {
		while (polling) {
			const sent = performance.now();
			const size = await checkpointSize(call);
			polled.push({ sent, at: performance.now(), size });
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	const started = performance.now();
	await Promise.all(
		lanes.map(async ({ publisher, named }) => {
			for (let i = 0; i < BACKLOG_SHARES_PER_LANE; i++) {
				const res = await call("POST", "/certificate-sharing/certificates/batch-share", publisher, {
					certificate_ids: named,
				});
				const allShared = res.status === 200 && res.json.results.every((r: { ok: boolean }) => r.ok);
				if (!allShared) throw new Error(`batch share: ${res.status} ${res.text.slice(0, 500)}`);
			}
		}),
	);
	const written = performance.now();
	const events = BACKLOG_LANES * BACKLOG_SHARES_PER_LANE * SHARE_BATCH;
	const target = baseline + events;
	const deadline = written + 180_000;
	while ((polled.at(-1)?.size ?? 0) < target && performance.now() < deadline)
		await new Promise((r) => setTimeout(r, 20));
	polling = false;
	await poller;
	const covered = polled.find((p) => p.size >= target);
	if (!covered)
		throw new Error(`the checkpoint never covered the backlog (size ${polled.at(-1)?.size}, needs ${target})`);
	// The drain once the writes are done, as a lower bound: the first poll sent after the last write returned read a
	// size no smaller than the one at its sending, so at least target - that size entries were integrated between its
	// sending and the covering answer.
	const after = polled.find((p) => p.sent >= written) ?? covered;
	const seconds = (covered.at - started) / 1000;
	const drainSeconds = (covered.at - after.sent) / 1000;
	return {
		events,
		writeSeconds: (written - started) / 1000,
		seconds,
		perSecond: events / seconds,
		left: target - after.size,
		drainSeconds,
		drainPerSecond: (target - after.size) / drainSeconds,
	};
}

async function endToEnd() {
	const api = await startApi({ ...BENCHMARK_SERVER, name: "bench-log" });
	try {
		const { call, signup } = httpClient(api.baseUrl);
		const publisher = await signup("Log Bench Publisher");
		const property = await call("POST", "/properties", publisher, { domain: "forms.logbench.example" });
		const latency = await inclusionLatency(call, publisher, property.json.id);
		const backlog = await throughDurableObject({ call, signup });
		return { ...latency, backlog };
	} finally {
		await api.stop();
	}
}

async function main() {
	// 2. and 3. End to end first, so that the server is stopped before the hashing below competes with it.
	const { waits, captureMs, backlog } = await endToEnd();

	// 1. Integration against the hashing floor.
	const floorStarted = performance.now();
	for (let i = 0; i < MILLION; i++) await leafHash(entry(i));
	const floorPerSecond = MILLION / ((performance.now() - floorStarted) / 1000);
	const big = await integrate(MILLION, 1024);
	const small = await integrate(MILLION, 100);
	const thousand = await integrate(1_000, 1024);

	// 4. Proof sizes.
	const proof3 = await proofHashes(
		tileHashReader(1_000, async (p) => thousand.store.get(p) ?? null),
		1_000,
	);
	const proof6 = await proofHashes(
		tileHashReader(MILLION, async (p) => big.store.get(p) ?? null),
		MILLION,
	);
	const zeros: HashReader = async () => new Uint8Array(32);
	const proof9 = await proofHashes(zeros, 1_000_000_000);

	const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
	const f = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
	console.log("\nTransparency log benchmark\n");
	console.log(row(["measure", "value", "floor (same run)", "ratio"]));
	console.log(row(["---", "---", "---", "---"]));
	console.log(
		row([
			"entries/s through the sequencer's integration (batches of 1,024)",
			f(big.perSecond),
			`${f(floorPerSecond)} leaf hashes/s`,
			`${(big.perSecond / floorPerSecond).toFixed(2)}×`,
		]),
	);
	console.log(
		row([
			"entries/s, batches of 100",
			f(small.perSecond),
			`${f(floorPerSecond)} leaf hashes/s`,
			`${(small.perSecond / floorPerSecond).toFixed(2)}×`,
		]),
	);
	console.log(
		row([
			`entries/s through the Durable Object (a ${f(backlog.events)}-event backlog, first write until a checkpoint covers it; wrangler dev)`,
			f(backlog.perSecond),
			`${f(big.perSecond)} entries/s integration step alone (batches of 1,024)`,
			`${(backlog.perSecond / big.perSecond).toFixed(2)}×`,
		]),
	);
	console.log(
		row([
			"entries/s through the Durable Object once the backlog is written (its drain alone)",
			f(backlog.drainPerSecond),
			`${f(backlog.left)} entries left after ${f(backlog.writeSeconds, 1)} s of writes, covered ${f(backlog.drainSeconds, 1)} s later`,
			`${(backlog.drainPerSecond / big.perSecond).toFixed(2)}×`,
		]),
	);
	const p50 = quantile(waits, 0.5);
	const p99 = quantile(waits, 0.99);
	const captureP50 = quantile(captureMs, 0.5);
	console.log(
		row([
			`write → checkpoint p50 (${CAPTURES} captures, wrangler dev)`,
			`${f(p50)} ms`,
			`capture request p50 ${f(captureP50)} ms`,
			`${(p50 / captureP50).toFixed(1)}×`,
		]),
	);
	console.log(row(["write → checkpoint p99", `${f(p99)} ms`, `max ${f(Math.max(...waits))} ms`, "limit 10,000 ms"]));
	for (const [n, hashes, how] of [
		["10^3", proof3, "real"],
		["10^6", proof6, "real"],
		["10^9", proof9, "modelled"],
	] as const)
		console.log(
			row([
				`inclusion proof at ${n} entries (${how})`,
				`${hashes} hashes, ${hashes * 32} bytes`,
				`${Math.ceil(Math.log2(Number(n.replace("10^", "1e"))))} = ⌈log2 n⌉`,
				"-",
			]),
		);
	console.log(
		row([
			"R2 objects stored per 10^6 entries (full tiles and bundles, and every partial one written; batches of 1,024)",
			f(big.objects),
			"-",
			"-",
		]),
	);
	console.log(
		row(["R2 PUTs per 10^6 entries (batches of 1,024 / of 100)", `${f(big.puts)} / ${f(small.puts)}`, "-", "-"]),
	);
}

await main();
