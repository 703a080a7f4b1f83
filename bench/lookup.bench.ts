// Lookup by lead at 1,000 and at 1,000,000 certificates, against the real API under `wrangler dev` (throwaway state,
// as the e2e suite starts it). Run: npm run bench:lookup
//
// 1. 1,000 certificates are captured through the API, each for a lead of its own (an email and a phone), shared with
//    one buyer and claimed by it (batch share, batch claim): the publisher's and the buyer's lead index rows are the
//    ones the service writes. The buyer then looks up all 1,000 leads in one request, timed over several rounds.
// 2. The server is stopped and 999,000 more certificates are added with SQL, half on each certificate shard, straight
//    into the local D1 files (node:sqlite; D1 itself would take far longer for millions of rows): copies of a captured
//    certificate with ids of their own, each shared with and claimed by the same buyer, with the four lead index rows
//    a capture and a claim write (email and phone, publisher and buyer) under searchable forms of other leads (random
//    HMAC-sized values, since a keyed hash of a lead is indistinguishable from one), and 1% of them revoked. The buyer
//    thus holds 1,000,000 claimed certificates: its own part of the index is as large as it gets.
// 3. The server starts again on that state and the same lookup is timed again. The 1,000,000 figure must be within
//    1.5× of the 1,000 figure (medians), or the script exits non-zero. Both answers must be the same: each lead finds
//    exactly its one certificate. The round trips per lookup must not change with size.
// 4. EXPLAIN QUERY PLAN of the lookup's own statement (built by src/lead-lookup/lookup.ts) on a seeded shard must
//    search lead_index by its covering index, never scan it.
import { randomBytes } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, localD1Files, startApi } from "../e2e/server";
import { createDb } from "../src/db/client";
import { indexRowsQuery } from "../src/lead-lookup/lookup";

const LEADS = 1000;
const LARGE = 1_000_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 15;
const FLOOR = 1.5;
const REVOKED_SHARE = 0.01;
const LOOKUPS = "/certificate-sharing/lookups";
// Migrating three databases and starting wrangler dev can take minutes on a loaded machine; the timing starts after.
const STARTUP_TIMEOUT_MS = 600_000;

const leadOf = (i: number) => ({
	email: `lead-${String(i).padStart(6, "0")}@lookup-bench.example`,
	phone: `+1 555 ${String(i).padStart(7, "0")}`,
});

const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const fmt = (n: number) => n.toLocaleString("en-US");

type Call = ReturnType<typeof httpClient>["call"];

/** The buyer's lookup of every lead, `rounds` times after a warm-up: the median time and the answer's shape. */
async function timeLookups(call: Call, cookie: string, expected: Map<number, string>) {
	const leads = Array.from({ length: LEADS }, (_, i) => leadOf(i));
	const times: number[] = [];
	let trips: string | null = null;
	for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
		const res = await call("POST", LOOKUPS, cookie, { leads });
		if (res.status !== 200) throw new Error(`lookup: ${res.status} ${res.text.slice(0, 500)}`);
		for (const result of res.json.results as { index: number; certificates: { certificate_id: string }[] }[]) {
			const ids = result.certificates.map((c) => c.certificate_id);
			if (ids.length !== 1 || ids[0] !== expected.get(result.index)) {
				throw new Error(`lead ${result.index} found ${JSON.stringify(ids)}, not ${expected.get(result.index)}`);
			}
		}
		const roundTrips = res.headers.get("x-d1-round-trips");
		trips ??= roundTrips;
		if (roundTrips !== trips) throw new Error(`lookup: ${roundTrips} round trips, then ${trips}`);
		if (round >= WARMUP_ROUNDS) times.push(res.ms);
	}
	return { ms: median(times), trips };
}

/** Copies of a captured certificate, shared with and claimed by the buyer, with their lead index rows; on one shard. */
function seedShard(file: string, copies: number, buyerCompanyId: string, tag: string) {
	const db = new DatabaseSync(file);
	try {
		const template = db.prepare("SELECT id FROM certificates ORDER BY created_at LIMIT 1").get() as
			| { id: string }
			| undefined;
		if (!template) throw new Error(`no captured certificate on ${file} to copy`);
		const claim = db.prepare("SELECT id FROM claims WHERE certificate_id = ?").get(template.id) as { id: number };
		const { key_id: keyId } = db.prepare("SELECT key_id FROM lead_index LIMIT 1").get() as { key_id: string };
		const n = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})`;
		const certificateId = `'EC-${tag}-' || printf('%09d', i)`;
		const older = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-' || i || ' seconds')`;
		db.exec("BEGIN");
		db.exec(`${n}
INSERT INTO certificates (id, company_id, property_id, consent_text, page_url, consent_captured_at, consumer_ip,
consumer_user_agent, geo_country, geo_state, geo_city, recording_url, lead_email_sha256, lead_phone_sha256, created_at,
hmac_key_id, hmac_signature, ed25519_key_id, ed25519_signature, source, witness)
SELECT ${certificateId}, company_id, property_id, consent_text, page_url, consent_captured_at, consumer_ip,
consumer_user_agent, geo_country, geo_state, geo_city, recording_url, lower(hex(randomblob(32))), lower(hex(randomblob(32))),
${older("created_at")}, hmac_key_id, hmac_signature, ed25519_key_id, ed25519_signature, source, witness
FROM n, certificates WHERE id = '${template.id}'`);
		db.exec(`${n}
INSERT INTO claim_tokens (id, token_hash, certificate_id, publisher_company_id, target_company_id, access_level,
auto_share_partner_id, created_at, expires_at)
SELECT '${tag}-' || printf('%09d', i), '${tag}-hash-' || printf('%09d', i), ${certificateId}, publisher_company_id,
'${buyerCompanyId}', access_level, NULL, ${older("created_at")}, expires_at
FROM n, claim_tokens WHERE certificate_id = '${template.id}'`);
		db.exec(`${n}
INSERT INTO claims (claim_token_id, certificate_id, buyer_company_id, status, compliance, claimed_by_user_id, claim_ip,
claimed_at, created_at)
SELECT '${tag}-' || printf('%09d', i), ${certificateId}, buyer_company_id, status, compliance, claimed_by_user_id,
claim_ip, ${older("claimed_at")}, ${older("created_at")}
FROM n, claims WHERE id = ${claim.id}`);
		// Four rows per certificate, as a capture and a claim write them: the publisher's and the buyer's, email and phone.
		for (let field = 0; field < 2; field++) {
			db.exec(`INSERT INTO lead_index (company_id, lead_key, key_id, certificate_id, claim_id, certificate_created_at)
SELECT company_id, lower(hex(randomblob(32))), '${keyId}', id, NULL, created_at
FROM certificates WHERE id >= 'EC-${tag}-' AND id < 'EC-${tag}.'`);
			db.exec(`INSERT INTO lead_index (company_id, lead_key, key_id, certificate_id, claim_id, certificate_created_at)
SELECT c.buyer_company_id, lower(hex(randomblob(32))), '${keyId}', c.certificate_id, c.id, ce.created_at
FROM claims c JOIN certificates ce ON ce.id = c.certificate_id
WHERE c.claim_token_id >= '${tag}-' AND c.claim_token_id < '${tag}.'`);
		}
		db.exec(`INSERT INTO revocations (id, certificate_id, channel, received_at, honor_by, recorded_by_company_id, created_at)
SELECT 'rvk_${tag}_' || id, id, 'sms', created_at, created_at, company_id, created_at
FROM certificates WHERE id >= 'EC-${tag}-' AND id < 'EC-${tag}.' AND abs(random() % 10000) < ${REVOKED_SHARE * 10000}`);
		db.exec("COMMIT");
		db.exec("ANALYZE");
	} finally {
		db.close();
	}
}

/** The lookup's own statement, as the service sends it, explained on a seeded shard. */
function queryPlan(file: string, buyerCompanyId: string): string[] {
	const keys = Array.from({ length: LEADS * 2 }, () => randomBytes(32).toString("hex")).slice(0, 1000);
	const { sql, params } = indexRowsQuery(createDb({} as D1Database), buyerCompanyId, keys).toSQL();
	const db = new DatabaseSync(file, { readOnly: true });
	try {
		const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(params as string[])) as { detail: string }[];
		return rows.map((r) => r.detail);
	} finally {
		db.close();
	}
}

async function main() {
	let api = await startApi({ ...BENCHMARK_SERVER, name: "bench-lookup", startupTimeoutMs: STARTUP_TIMEOUT_MS });
	try {
		let { call } = httpClient(api.baseUrl);
		const signup = async (name: string) => {
			const res = await call("POST", "/auth/signup", undefined, {
				company_name: name,
				email: `lookup-${randomBytes(6).toString("hex")}@bench.example`,
				password: `bench-${randomBytes(12).toString("hex")}`,
			});
			if (res.status !== 201) throw new Error(`signup: ${res.status} ${res.text}`);
			return { cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "", companyId: res.json.company.id as string };
		};
		const publisher = await signup("Lookup Bench Publisher");
		const buyer = await signup("Lookup Bench Buyer");
		const property = await call("POST", "/properties", publisher.cookie, { domain: "forms.lookup-bench.example" });

		const started = performance.now();
		const certificateIds: string[] = new Array(LEADS);
		let next = 0;
		await Promise.all(
			Array.from({ length: 4 }, async () => {
				while (next < LEADS) {
					const i = next++;
					const res = await call("POST", "/certificates", publisher.cookie, {
						property_id: property.json.id,
						consent_text: "I agree that Lookup Bench Buyer may call and text me, including by autodialer.",
						page_url: "https://forms.lookup-bench.example/",
						consumer: { ip: "203.0.113.9", user_agent: "bench" },
						geo: { country: "US", state: "FL" },
						lead: leadOf(i),
					});
					if (res.status !== 201) throw new Error(`capture: ${res.status} ${res.text}`);
					certificateIds[i] = res.json.certificate_id;
				}
			}),
		);
		const share = await call("POST", "/certificate-sharing/certificates/batch-share", publisher.cookie, {
			certificate_ids: certificateIds,
			target_company_id: buyer.companyId,
		});
		if (share.status !== 200) throw new Error(`share: ${share.status} ${share.text.slice(0, 500)}`);
		const tokens = (share.json.results as { claim_token: string }[]).map((r) => r.claim_token);
		for (let i = 0; i < tokens.length; i += 100) {
			const claimed = await call("POST", "/certificate-sharing/certificates/batch-claim", buyer.cookie, {
				claims: tokens.slice(i, i + 100).map((token) => ({ token })),
			});
			if (claimed.status !== 200 || !claimed.json.results.every((r: { ok: boolean }) => r.ok)) {
				throw new Error(`claim: ${claimed.status} ${claimed.text.slice(0, 500)}`);
			}
		}
		console.log(
			`captured, shared and claimed ${fmt(LEADS)} certificates through the API in ${((performance.now() - started) / 1000).toFixed(1)} s`,
		);
		const expected = new Map(certificateIds.map((id, i) => [i, id]));
		const small = await timeLookups(call, buyer.cookie, expected);
		console.log(`lookup of ${fmt(LEADS)} leads at ${fmt(LEADS)} certificates: ${small.ms.toFixed(1)} ms`);

		const stateDir = api.scratchDir;
		await api.kill();
		const seedStarted = performance.now();
		const shardFiles = [...localD1Files(stateDir)].filter(([shard]) => shard !== 0);
		const perShard = Math.ceil((LARGE - LEADS) / shardFiles.length);
		for (const [shard, file] of shardFiles) seedShard(file, perShard, buyer.companyId, `bench${shard}`);
		console.log(
			`added ${fmt(perShard * shardFiles.length)} certificates (${fmt(perShard)} a shard, each claimed by the buyer, 4 lead index rows each) with SQL in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
		);
		const plan = queryPlan(shardFiles[0]?.[1] as string, buyer.companyId);
		api = await startApi({
			...BENCHMARK_SERVER,
			name: "bench-lookup-run",
			stateDir,
			startupTimeoutMs: STARTUP_TIMEOUT_MS,
		});
		({ call } = httpClient(api.baseUrl));
		const large = await timeLookups(call, buyer.cookie, expected);
		const total = LEADS + perShard * shardFiles.length;
		console.log(`lookup of ${fmt(LEADS)} leads at ${fmt(total)} certificates: ${large.ms.toFixed(1)} ms`);

		const ratio = large.ms / small.ms;
		console.log(`\nMedians of ${ROUNDS} lookups of ${fmt(LEADS)} leads (email and phone each) by one buyer\n`);
		console.log("| certificates (all claimed by the buyer) | lookup of 1,000 leads | ratio | D1 round trips |");
		console.log("|---:|---:|---:|---:|");
		console.log(`| ${fmt(LEADS)} | ${small.ms.toFixed(1)} ms | 1.00× | ${small.trips} |`);
		console.log(`| ${fmt(total)} | ${large.ms.toFixed(1)} ms | ${ratio.toFixed(2)}× | ${large.trips} |`);
		console.log(`\nEXPLAIN QUERY PLAN (one shard, ${fmt(perShard)} seeded certificates):`);
		for (const line of plan) console.log(`  ${line}`);
		const usesIndex = plan.some((line) => /SEARCH lead_index USING COVERING INDEX lead_index_lookup_idx/.test(line));
		const scans = plan.some((line) => /SCAN lead_index/.test(line));
		let missed = false;
		if (!usesIndex || scans) {
			console.log("\nMISSED: the lookup does not search lead_index by lead_index_lookup_idx");
			missed = true;
		}
		if (small.trips !== large.trips) {
			console.log("\nMISSED: the round trips per lookup changed with size");
			missed = true;
		}
		console.log(
			ratio > FLOOR
				? `\nMISSED: ${ratio.toFixed(2)}× is more than ${FLOOR}×`
				: `\nOK: ${ratio.toFixed(2)}× is within ${FLOOR}×`,
		);
		if (missed || ratio > FLOOR) process.exitCode = 1;
	} finally {
		await api.stop();
	}
}

await main();
