// What one certificate's life costs in D1, to size a sharded design. Run: npm run bench:storage
//
// 1. Against the real API under `wrangler dev` (throwaway state, as the e2e suite starts it), a template set of
//    certificates lives a whole life the way an integrator drives it: each captured with a 1 to 2 KB consent text
//    (its length varied over the set), shared to two buyers, checked once by batch verify and claimed by the first
//    buyer, whose evidence JSON is then read 5 times. Every write sends an Idempotency-Key, every company has a
//    webhook endpoint (a receiver in this process answers 204) and the claiming buyer has a consent rule, so every
//    table a real life writes gets real rows: audit and access chains, tokens, claims, deliveries, the transparency
//    log's index, idempotency keys. The asynchronous work (access events, webhook deliveries, log sequencing) is
//    waited for. Rows written per certificate come from row counts before and after; D1 round trips per certificate
//    and step from the X-D1-Round-Trips / X-D1-Primary-Round-Trips headers of every answer (the queue consumers' and
//    the log sequencer's trips are not in any answer: they are on top).
// 2. The server is stopped and the template's rows are copied with SQL (`wrangler d1 execute --local`, as
//    bench:inbox seeds) with new ids and consistent foreign keys, to 10,000 and then 100,000 certificates. A copy's
//    text ids keep the template's prefix and change its tail, so copies land all over each index's key space, as
//    random ids do, rather than appended at one end (which would pack the pages fuller than production does).
// 3. Bytes per certificate per table and per index, from SQLite's dbstat over the local D1 file (page bytes, free
//    space in pages included: what the 10 GB limit counts), at both sizes. The file is not vacuumed: D1 is not.
// 4. A README-ready table, days until 10 GB at 10^5 to 10^7 certificates a day, and D1 writes/s at 3× the average.
// 5. The per-certificate cost must be linear: bytes per certificate at 100,000 within 1.2× of the figure at 10,000,
//    or the script exits non-zero.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DatabaseSync } from "node:sqlite";
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, executeSqlWhileStopped, localD1File, startApi } from "../e2e/server";

const TEMPLATE = 250;
const SIZES = [10_000, 100_000] as const;
const BATCH = 50; // certificates per batch share, verify and claim: an integrator's polling batch
const EVIDENCE_READS = 5;
const CONCURRENCY = 4;
const LINEAR_FLOOR = 1.2;
const DB_LIMIT_BYTES = 10e9;
const DAILY = [1e5, 1e6, 1e7];
const PEAK = 3;
const SETTLE_TIMEOUT_MS = 180_000;

// The lifecycle's tables and how a copy of a row gets ids of its own. `m(x)`: a text id with its last 8 characters
// replaced by the copy's number (same length, unique per template row and copy); `+` integer ids move by a span
// larger than the table's template range. Unknown growing tables fail the run rather than go unmeasured.
type Mapping = Record<string, (copy: string, span: (table: string) => number) => string>;
const m = (column: string, copy: string) =>
	`CASE WHEN ${column} IS NULL THEN NULL ELSE substr(${column}, 1, length(${column}) - 8) || printf('%08x', ${copy}) END`;
const COPY_RULES: Record<string, Mapping> = {
	certificates: { id: (c) => m("id", c) },
	claim_tokens: {
		id: (c) => m("id", c),
		token_hash: (c) => m("token_hash", c),
		certificate_id: (c) => m("certificate_id", c),
	},
	claims: {
		id: (c, span) => `id + ${c} * ${span("claims")}`,
		claim_token_id: (c) => m("claim_token_id", c),
		certificate_id: (c) => m("certificate_id", c),
	},
	audit_events: {
		id: (c, span) => `id + ${c} * ${span("audit_events")}`,
		certificate_id: (c) => m("certificate_id", c),
	},
	access_events: {
		id: (c, span) => `id + ${c} * ${span("access_events")}`,
		certificate_id: (c) => m("certificate_id", c),
	},
	webhook_deliveries: { id: (c) => m("id", c), event_id: (c) => m("event_id", c) },
	log_entries: {
		log_index: (c, span) => `log_index + ${c} * ${span("log_entries")}`,
		event_id: (c, span) =>
			`event_id + ${c} * CASE event_table WHEN 'audit' THEN ${span("audit_events")} ELSE ${span("access_events")} END`,
	},
	lead_index: {
		lead_key: (c) => m("lead_key", c),
		certificate_id: (c) => m("certificate_id", c),
		claim_id: (c, span) => `CASE WHEN claim_id IS NULL THEN NULL ELSE claim_id + ${c} * ${span("claims")} END`,
	},
	webhook_events: { event_id: (c) => m("event_id", c) },
	idempotency_keys: { idempotency_key: (c) => m("idempotency_key", c) },
};
// Parents before children, for the foreign keys.
const COPY_ORDER = [
	"certificates",
	"claim_tokens",
	"claims",
	"audit_events",
	"access_events",
	"webhook_deliveries",
	"webhook_events",
	"log_entries",
	"lead_index",
	"idempotency_keys",
];
// Rows deleted after a while, so a few days' worth, not a lifetime's, fills the database: days each is held.
// Idempotency-Key answers 24 hours (deleted by later keyed requests), a shard's webhook outbox a day after its relay,
// deliveries WEBHOOK_RETENTION_DAYS (7) after their event (src/webhooks/retention.ts).
const TRANSIENT_DAYS: Record<string, number> = { idempotency_keys: 1, webhook_events: 1, webhook_deliveries: 7 };

const SENTENCES = [
	"By clicking Get My Quote, I agree that Acme Insurance Services, its affiliates and up to four partner agents may contact me about insurance products at the number and email address I provided.",
	"I consent to calls and text messages, including those made with an automatic telephone dialing system or an artificial or prerecorded voice, even if my number is on a federal, state or corporate Do Not Call list.",
	"Message and data rates may apply; message frequency varies; reply STOP to opt out of texts and HELP for help.",
	"Consent is not required as a condition of purchase, and I may instead call 1-800-555-0100 to speak with an agent.",
	"I understand that I may revoke this consent at any time by any reasonable means, and that my information will be handled as described in the Privacy Policy and Terms of Use linked on this page.",
	"Calls may be recorded for quality assurance and compliance purposes.",
	"I confirm that I am at least 18 years old and the subscriber or customary user of the phone number provided.",
];

/** A consent text of exactly `length` characters (1 to 2 KB), cut at a space. */
function consentText(length: number): string {
	let text = "";
	for (let i = 0; text.length < length + 200; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
	const cut = text.lastIndexOf(" ", length);
	return `${text.slice(0, cut)}.`.padEnd(length, ".");
}

async function pool<T, R>(items: T[], limit: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				results[i] = await run(items[i] as T, i);
			}
		}),
	);
	return results;
}

const chunks = <T>(xs: T[], size: number) =>
	Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

const fmt = (n: number, digits = 0) =>
	n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

type Counts = Map<string, { rows: number; maxRowid: number }>;

function tableNames(db: DatabaseSync): string[] {
	return (
		db
			.prepare(
				"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
			)
			.all() as { name: string }[]
	).map((r) => r.name);
}

function countRows(file: string): Counts {
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		const counts: Counts = new Map();
		for (const name of tableNames(db)) {
			const row = db.prepare(`SELECT count(*) AS n, coalesce(max(rowid), -1) AS r FROM "${name}"`).get() as {
				n: number;
				r: number;
			};
			counts.set(name, { rows: Number(row.n), maxRowid: Number(row.r) });
		}
		return counts;
	} finally {
		db.close();
	}
}

/** Page bytes of every table and index (dbstat), with the table each index belongs to. */
function objectBytes(file: string) {
	const db = new DatabaseSync(file);
	try {
		db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
		const owners = new Map(
			(
				db.prepare("SELECT name, tbl_name, type FROM sqlite_schema WHERE type IN ('table', 'index')").all() as {
					name: string;
					tbl_name: string;
					type: string;
				}[]
			).map((r) => [r.name, { table: r.tbl_name, type: r.type }]),
		);
		const bytes = db.prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name").all() as {
			name: string;
			bytes: number;
		}[];
		const { page_count } = db.prepare("PRAGMA page_count").get() as { page_count: number };
		const { page_size } = db.prepare("PRAGMA page_size").get() as { page_size: number };
		const certificates = Number((db.prepare("SELECT count(*) AS n FROM certificates").get() as { n: number }).n);
		return {
			certificates,
			fileBytes: Number(page_count) * Number(page_size),
			objects: bytes.map((b) => ({
				name: b.name,
				bytes: Number(b.bytes),
				table: owners.get(b.name)?.table ?? b.name,
				type: owners.get(b.name)?.type ?? "table",
			})),
		};
	} finally {
		db.close();
	}
}

function copySql(
	file: string,
	template: Map<string, { from: number; to: number }>,
	spans: Map<string, number>,
	firstCopy: number,
	lastCopy: number,
): string {
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		const statements: string[] = [];
		for (const table of COPY_ORDER) {
			const range = template.get(table);
			if (!range) continue;
			const rules = COPY_RULES[table] ?? {};
			const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
			const span = (t: string) => spans.get(t) ?? 0;
			const values = columns.map((c) => rules[c]?.("n.c", span) ?? c);
			statements.push(`WITH RECURSIVE n(c) AS (SELECT ${firstCopy} UNION ALL SELECT c + 1 FROM n WHERE c < ${lastCopy})
INSERT INTO "${table}" (${columns.join(", ")})
SELECT ${values.join(", ")} FROM n, "${table}" WHERE "${table}".rowid > ${range.from} AND "${table}".rowid <= ${range.to}
ORDER BY n.c, "${table}".rowid;`);
		}
		return statements.join("\n");
	} finally {
		db.close();
	}
}

async function main() {
	const runStarted = performance.now();
	// Every company's webhook endpoint posts here; answering 204 makes each delivery `delivered`, as in production.
	let received = 0;
	const receiver = createServer((req, res) => {
		req.resume();
		req.on("end", () => {
			received++;
			res.writeHead(204).end();
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
	const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/econsent`;

	// Every certificate on the directory (CERTIFICATE_SHARDS "DB", as before shards): one database holds a whole life's
	// rows, so one file's dbstat measures it. A shard holds the same certificate tables, so the figures are a shard's
	// bytes per certificate (plus the directory's idempotency keys, counted here too).
	const api = await startApi({
		...BENCHMARK_SERVER,
		name: "bench-storage",
		vars: { ...BENCHMARK_SERVER.vars, CERTIFICATE_SHARDS: "DB" },
	});
	let stopped = false;
	try {
		const { call, signup } = httpClient(api.baseUrl);
		/** An integrator's server: an API key, and an Idempotency-Key on every write that takes one. */
		const integrator = async (name: string) => {
			const cookie = await signup(name);
			const me = await call("GET", "/auth/me", cookie);
			const key = await call("POST", "/auth/api-keys", cookie, { name: "lead server" });
			if (key.status !== 201) throw new Error(`api key: ${key.status} ${key.text}`);
			const auth = { authorization: `Bearer ${key.json.key}` };
			const send = async (method: string, path: string, body?: unknown, idempotent = false) => {
				const res = await call(method, path, undefined, body, {
					...auth,
					...(idempotent ? { "idempotency-key": randomUUID() } : {}),
				});
				if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 500)}`);
				return res;
			};
			return { companyId: me.json.company.id as string, send };
		};
		const publisher = await integrator("Storage Bench Leads");
		const buyers = [await integrator("Storage Bench Buyer A"), await integrator("Storage Bench Buyer B")];
		const claimer = buyers[0] as (typeof buyers)[0];
		if (!publisher.companyId || !claimer.companyId) throw new Error("no company id from /auth/me");
		const property = await publisher.send("POST", "/properties", { domain: "forms.storage-bench.example" });
		await publisher.send("POST", "/webhooks", { url: receiverUrl, events: ["certificate.claimed"] });
		for (const buyer of buyers)
			await buyer.send("POST", "/webhooks", { url: receiverUrl, events: ["certificate.shared"] });
		await claimer.send("POST", "/certificate-sharing/consent-rules", {
			rule_name: "TCPA express written consent",
			required_phrases: ["autodialer", "not required as a condition of purchase"],
			mode: "warn",
		});

		const file = localD1File(api.scratchDir);
		const before = countRows(file);
		const trips = new Map<string, { requests: number; total: number; primary: number }>();
		const count = (step: string, res: { headers: Headers }) => {
			const t = trips.get(step) ?? { requests: 0, total: 0, primary: 0 };
			t.requests++;
			t.total += Number(res.headers.get("x-d1-round-trips") ?? Number.NaN);
			t.primary += Number(res.headers.get("x-d1-primary-round-trips") ?? Number.NaN);
			trips.set(step, t);
		};

		const lifecycleStarted = performance.now();
		const ids = await pool(
			Array.from({ length: TEMPLATE }, (_, i) => i),
			CONCURRENCY,
			async (i) => {
				const res = await publisher.send(
					"POST",
					"/certificates",
					{
						property_id: property.json.id,
						consent_text: consentText(1024 + Math.floor((i * 1024) / TEMPLATE)),
						page_url: "https://forms.storage-bench.example/auto-insurance/quote?utm_source=search&utm_campaign=fl",
						consumer: {
							ip: `198.${51 + (i % 3)}.${(i >> 8) & 255}.${i & 255}`,
							user_agent:
								"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
						},
						geo: { country: "US", state: "FL", city: "Tampa" },
						recording_url: `https://replay.storage-bench.example/s/${randomBytes(12).toString("hex")}`,
						lead: { email: `lead-${i}@example.com`, phone: `+1 555 01${String(i).padStart(5, "0")}` },
					},
					true,
				);
				count("capture", res);
				return res.json.certificate_id as string;
			},
		);
		const tokens = new Map<string, string[]>(); // buyer company id → tokens, in certificate order
		for (const buyer of buyers) {
			for (const batch of chunks(ids, BATCH)) {
				const res = await publisher.send(
					"POST",
					"/certificate-sharing/certificates/batch-share",
					{ certificate_ids: batch, target_company_id: buyer.companyId },
					true,
				);
				count("share ×2", res);
				tokens.set(buyer.companyId, [
					...(tokens.get(buyer.companyId) ?? []),
					...(res.json.results as { claim_token: string }[]).map((r) => r.claim_token),
				]);
			}
		}
		const claimerTokens = tokens.get(claimer.companyId) ?? [];
		const leadOf = (i: number) => ({ email: `lead-${i}@example.com` });
		for (const [b, batch] of chunks(claimerTokens, BATCH).entries()) {
			const items = batch.map((token, j) => ({ token, lead: leadOf(b * BATCH + j) }));
			const res = await claimer.send("POST", "/certificate-sharing/certificates/batch-verify", { items });
			if (!res.json.results.every((r: { ok: boolean }) => r.ok)) throw new Error(`verify: ${res.text.slice(0, 500)}`);
			count("batch verify", res);
		}
		const claimIds: number[] = [];
		for (const [b, batch] of chunks(claimerTokens, BATCH).entries()) {
			const claims = batch.map((token, j) => ({ token, lead: leadOf(b * BATCH + j) }));
			const res = await claimer.send("POST", "/certificate-sharing/certificates/batch-claim", { claims }, true);
			for (const r of res.json.results as { ok: boolean; claim_id: number; status: string }[]) {
				if (!r.ok || r.status !== "claimed") throw new Error(`claim: ${res.text.slice(0, 500)}`);
				claimIds.push(r.claim_id);
			}
			count("claim", res);
		}
		const reads = claimIds.flatMap((id) => Array<number>(EVIDENCE_READS).fill(id));
		await pool(reads, CONCURRENCY, async (id) => {
			const res = await claimer.send("GET", `/certificate-sharing/partner-certificates/${id}/evidence`);
			count(`evidence ×${EVIDENCE_READS}`, res);
		});
		const apiSeconds = (performance.now() - lifecycleStarted) / 1000;

		// The access events, deliveries and log entries are written after the answers: wait until all are there.
		const settleStarted = performance.now();
		const expectedAccess = (before.get("access_events")?.rows ?? 0) + TEMPLATE * (EVIDENCE_READS + 1);
		for (;;) {
			const db = new DatabaseSync(file, { readOnly: true });
			const state = db
				.prepare(
					`SELECT (SELECT count(*) FROM access_events) AS access,
					(SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered') AS undelivered,
					(SELECT count(*) FROM audit_events) + (SELECT count(*) FROM access_events) - (SELECT count(*) FROM log_entries) AS unlogged`,
				)
				.get() as { access: number; undelivered: number; unlogged: number };
			db.close();
			if (Number(state.access) >= expectedAccess && Number(state.undelivered) === 0 && Number(state.unlogged) === 0) {
				break;
			}
			if (performance.now() - settleStarted > SETTLE_TIMEOUT_MS) {
				throw new Error(`not settled after ${SETTLE_TIMEOUT_MS / 1000} s: ${JSON.stringify(state)}`);
			}
			await new Promise((r) => setTimeout(r, 1000));
		}
		console.log(
			`lifecycle of ${TEMPLATE} certificates through the API in ${apiSeconds.toFixed(1)} s, settled (access log, ${received} webhooks, transparency log) ${((performance.now() - settleStarted) / 1000).toFixed(1)} s later`,
		);

		await api.kill();
		stopped = true;
		const after = countRows(file);
		const template = new Map<string, { from: number; to: number }>();
		const written = new Map<string, number>();
		for (const [table, a] of after) {
			const b = before.get(table) ?? { rows: 0, maxRowid: -1 };
			const added = a.rows - b.rows;
			if (added === 0) continue;
			written.set(table, added);
			if (!COPY_RULES[table]) throw new Error(`${table} grew by ${added} rows: it needs a copy rule`);
			template.set(table, { from: b.maxRowid, to: a.maxRowid });
		}
		if (written.get("certificates") !== TEMPLATE)
			throw new Error(`certificates grew by ${written.get("certificates")}`);
		// A span beyond the table's largest id, so copies' integer ids never meet the template's or each other's.
		const spans = new Map([...template].map(([table, r]) => [table, 10 ** Math.ceil(Math.log10(r.to + 1))]));
		spans.set("log_entries", 10 ** Math.ceil(Math.log10((after.get("log_entries")?.maxRowid ?? 0) + 1)));

		const measured: { size: number; seconds: number; stat: ReturnType<typeof objectBytes> }[] = [];
		let copies = 0;
		for (const size of SIZES) {
			const target = size / TEMPLATE - 1;
			const started = performance.now();
			await executeSqlWhileStopped(api, copySql(file, template, spans, copies + 1, target));
			copies = target;
			const stat = objectBytes(file);
			const rows = countRows(file);
			for (const [table, added] of written) {
				const expected = (before.get(table)?.rows ?? 0) + (added * size) / TEMPLATE;
				if (rows.get(table)?.rows !== expected)
					throw new Error(`${table}: ${rows.get(table)?.rows} rows, expected ${expected}`);
			}
			const seconds = (performance.now() - started) / 1000;
			measured.push({ size, seconds, stat });
			console.log(`copied to ${fmt(size)} certificates with SQL in ${seconds.toFixed(1)} s`);
		}

		// Per certificate: the lifecycle's tables and their indexes; the rest (accounts, schema) is a fixed overhead.
		const lifecycle = new Set(written.keys());
		const perCertificate = (stat: ReturnType<typeof objectBytes>, name: string) =>
			(stat.objects.find((o) => o.name === name)?.bytes ?? 0) / stat.certificates;
		const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
		const objects = large.stat.objects
			.filter((o) => lifecycle.has(o.table))
			.sort((a, b) => COPY_ORDER.indexOf(a.table) - COPY_ORDER.indexOf(b.table) || (a.type === "table" ? -1 : 1));
		const total = (stat: ReturnType<typeof objectBytes>, keep: (table: string) => boolean) =>
			stat.objects.filter((o) => lifecycle.has(o.table) && keep(o.table)).reduce((s, o) => s + o.bytes, 0) /
			stat.certificates;
		const all = () => true;
		const smallTotal = total(small.stat, all);
		const largeTotal = total(large.stat, all);
		const ratio = largeTotal / smallTotal;
		const retained = total(large.stat, (t) => !(t in TRANSIENT_DAYS));
		// Bytes held at any time per certificate a day: each transient table's bytes times the days it is kept.
		const heldPerDailyCertificate = Object.entries(TRANSIENT_DAYS).reduce(
			(sum, [table, days]) => sum + total(large.stat, (t) => t === table) * days,
			0,
		);

		console.log(
			`\nD1 bytes per certificate (dbstat page bytes over ${fmt(large.size)} certificates; at ${fmt(small.size)} in brackets), rows written per certificate\n`,
		);
		console.log("| table / index | bytes per certificate | rows written per certificate |");
		console.log("|---|---:|---:|");
		for (const o of objects) {
			const rows = o.type === "table" ? fmt((written.get(o.name) ?? 0) / TEMPLATE, 2) : "";
			const label = o.type === "table" ? `**${o.name}**` : `↳ ${o.name}`;
			console.log(
				`| ${label} | ${fmt(perCertificate(large.stat, o.name))} (${fmt(perCertificate(small.stat, o.name))}) | ${rows} |`,
			);
		}
		const rowsTotal = [...written.values()].reduce((s, n) => s + n, 0) / TEMPLATE;
		console.log(`| **total** | **${fmt(largeTotal)}** (${fmt(smallTotal)}) | **${fmt(rowsTotal, 2)}** |`);
		const fixed = large.stat.objects.filter((o) => !lifecycle.has(o.table)).reduce((s, o) => s + o.bytes, 0);
		console.log(
			`\nDatabase file at ${fmt(large.size)}: ${fmt(large.stat.fileBytes / 1e6, 1)} MB (${fmt(large.stat.fileBytes / large.size)} bytes per certificate; accounts, schema and free pages ${fmt(fixed / 1e3)} KB)`,
		);

		console.log("\n| step (per certificate) | requests | D1 round trips | of which to the primary |");
		console.log("|---|---:|---:|---:|");
		let tripsTotal = 0;
		let primaryTotal = 0;
		for (const [step, t] of trips) {
			tripsTotal += t.total;
			primaryTotal += t.primary;
			console.log(
				`| ${step} | ${fmt(t.requests / TEMPLATE, 2)} | ${fmt(t.total / TEMPLATE, 2)} | ${fmt(t.primary / TEMPLATE, 2)} |`,
			);
		}
		console.log(`| **lifecycle** | | **${fmt(tripsTotal / TEMPLATE, 2)}** | **${fmt(primaryTotal / TEMPLATE, 2)}** |`);

		const primaryPerCert = primaryTotal / TEMPLATE;
		console.log(
			"\n| certificates a day | GB a day kept | transient rows held (keys 1 day, outbox 1 day, deliveries 7 days) | days until 10 GB | rows written/s: average, peak (3×) | primary round trips/s: average, peak (3×) |",
		);
		console.log("|---:|---:|---:|---:|---:|---:|");
		for (const daily of DAILY) {
			const held = heldPerDailyCertificate * daily;
			const days = (DB_LIMIT_BYTES - held) / (retained * daily);
			const rowsPerSecond = (daily * rowsTotal) / 86_400;
			const tripsPerSecond = (daily * primaryPerCert) / 86_400;
			console.log(
				`| ${fmt(daily)} | ${fmt((retained * daily) / 1e9, 2)} GB | ${fmt(held / 1e9, 2)} GB | ${days <= 0 ? "0 (the transient rows alone exceed 10 GB)" : days < 10 ? fmt(days, 1) : fmt(days)} | ${fmt(rowsPerSecond)}, ${fmt(rowsPerSecond * PEAK)} | ${fmt(tripsPerSecond)}, ${fmt(tripsPerSecond * PEAK)} |`,
			);
		}
		console.log(
			`\nDays until 10 GB = (10·10^9 bytes − the transient rows held, ${fmt(heldPerDailyCertificate)} B per certificate a day) / (${fmt(retained)} B per certificate kept for good × certificates a day). Per second = per day / 86,400, the peak 3× that.`,
		);
		console.log(`Whole run: ${((performance.now() - runStarted) / 1000).toFixed(0)} s`);
		console.log(
			ratio <= LINEAR_FLOOR && ratio >= 1 / LINEAR_FLOOR
				? `\nOK: bytes per certificate at ${fmt(large.size)} are ${ratio.toFixed(3)}× those at ${fmt(small.size)} (within ${LINEAR_FLOOR}×)`
				: `\nMISSED: bytes per certificate at ${fmt(large.size)} are ${ratio.toFixed(3)}× those at ${fmt(small.size)} (over ${LINEAR_FLOOR}×)`,
		);
		if (ratio > LINEAR_FLOOR || ratio < 1 / LINEAR_FLOOR) process.exitCode = 1;
	} finally {
		if (!stopped) await api.kill();
		await api.stop();
		receiver.close();
	}
}

await main();
