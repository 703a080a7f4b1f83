// The buyer's inbox at 10, 10,000 and 100,000 claimed items against the real API under `wrangler dev` (throwaway
// state, as the e2e suite starts it). One item per buyer is shared and claimed through the API; the rest are copies
// of it (certificate, share and claim, with earlier times) inserted with SQL through `wrangler d1 execute --local`
// while the server is stopped, as bench:jobs seeds its certificates, on the template's shard with certificate ids
// that name that shard (src/db/shards.ts), so the copies are where the API looks for them. Each inbox is then walked end to end by cursor
// (every item exactly once), and two pages of 5 are timed, interleaved over the three inboxes in the same run: the
// first page, and the page after the walk's last cursor (within the last 100 items). The cursor form must stay
// within 1.5× of the 10-item inbox; the page-number form (`?page=`, which counts and skips rows) is timed alongside
// for comparison. Exits non-zero if the floor is missed. Run: npm run bench:inbox
import { randomBytes } from "node:crypto";
import { httpClient } from "../e2e/http-client";
import { BENCHMARK_SERVER, executeSqlWhileStopped, startApi } from "../e2e/server";
import { idShard } from "../src/db/shards";

const SIZES = [10, 10_000, 100_000] as const;
const PAGE = 5;
const WARMUP_ROUNDS = 5;
const ROUNDS = 40;
const PAGE_FORM_EVERY = 4; // the page form is slow at size: timed every 4th round
const FLOOR = 1.5;
const INBOX = "/certificate-sharing/partner-certificates";

interface Buyer {
	size: number;
	cookie: string;
	companyId: string;
}

/**
 * Copies of the template claim (its certificate, share and claim) for one buyer, each one second older, for the
 * template's shard: the copies' certificate ids are EC-<UUIDv8> naming that shard, with the buyer's number and i.
 */
function seedSql(buyer: Buyer, buyerNumber: number, template: { claimId: number }, copies: number): string {
	const tag = `b${buyer.size}`;
	const certificateId = `'EC-' || printf('%04x%04x', ${idShard(template.claimId)}, ${buyerNumber}) || '-0000-8000-8000-' || printf('%012x', i)`;
	const n = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})`;
	// Older than the template by i seconds: strftime keeps the stored ISO form (milliseconds, Z).
	const older = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, '-' || i || ' seconds')`;
	const from = `FROM n, claims c JOIN claim_tokens t ON t.id = c.claim_token_id
JOIN certificates ce ON ce.id = c.certificate_id WHERE c.id = ${template.claimId}`;
	return `${n}
INSERT INTO certificates (id, company_id, property_id, consent_text, page_url, consent_captured_at, consumer_ip,
consumer_user_agent, geo_country, geo_state, geo_city, recording_url, lead_email_sha256, lead_phone_sha256, created_at,
hmac_key_id, hmac_signature, ed25519_key_id, ed25519_signature, source, witness)
SELECT ${certificateId}, ce.company_id, ce.property_id,
ce.consent_text, ce.page_url, ce.consent_captured_at, ce.consumer_ip, ce.consumer_user_agent, ce.geo_country,
ce.geo_state, ce.geo_city, ce.recording_url, ce.lead_email_sha256, ce.lead_phone_sha256, ${older("ce.created_at")},
ce.hmac_key_id, ce.hmac_signature, ce.ed25519_key_id, ce.ed25519_signature, ce.source, ce.witness ${from};
${n}
INSERT INTO claim_tokens (id, token_hash, certificate_id, publisher_company_id, target_company_id, access_level,
auto_share_partner_id, created_at, expires_at)
SELECT '${tag}-' || printf('%08d', i), '${tag}-bench-' || printf('%08d', i),
${certificateId}, t.publisher_company_id, '${buyer.companyId}', t.access_level, NULL,
${older("t.created_at")}, t.expires_at ${from};
${n}
INSERT INTO claims (claim_token_id, certificate_id, buyer_company_id, status, compliance, claimed_by_user_id,
claim_ip, claimed_at, created_at)
SELECT '${tag}-' || printf('%08d', i), ${certificateId}, '${buyer.companyId}',
c.status, c.compliance, c.claimed_by_user_id, c.claim_ip, ${older("c.claimed_at")}, ${older("c.created_at")} ${from};
`;
}

const median = (xs: number[]) => {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function main() {
	let api = await startApi({ ...BENCHMARK_SERVER, name: "bench-inbox" });
	try {
		let { call } = httpClient(api.baseUrl);
		const signup = async (name: string) => {
			const res = await call("POST", "/auth/signup", undefined, {
				company_name: name,
				email: `inbox-${randomBytes(6).toString("hex")}@bench.example`,
				password: `bench-${randomBytes(12).toString("hex")}`,
			});
			if (res.status !== 201) throw new Error(`signup: ${res.status} ${res.text}`);
			return { cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "", companyId: res.json.company.id as string };
		};
		const publisher = await signup("Inbox Bench Publisher");
		const property = await call("POST", "/properties", publisher.cookie, { domain: "forms.inbox-bench.example" });
		const buyers: Buyer[] = [];
		const templates: { claimId: number }[] = [];
		for (const size of SIZES) {
			const buyer = { size, ...(await signup(`Inbox Bench Buyer ${size}`)) };
			buyers.push(buyer);
			const certificate = await call("POST", "/certificates", publisher.cookie, {
				property_id: property.json.id,
				consent_text: "I agree that Bench Buyer may call me, including by autodialer.",
				page_url: "https://forms.inbox-bench.example/",
				consumer: { ip: "203.0.113.9", user_agent: "bench" },
				geo: { country: "US", state: "FL" },
				recording_url: "https://replay.inbox-bench.example/s/1",
			});
			if (certificate.status !== 201) throw new Error(`capture: ${certificate.status} ${certificate.text}`);
			const share = await call(
				"POST",
				`/certificate-sharing/certificates/${certificate.json.certificate_id}/share`,
				publisher.cookie,
				{ target_company_id: buyer.companyId },
			);
			if (share.status !== 201) throw new Error(`share: ${share.status} ${share.text}`);
			const [pending] = (await call("GET", INBOX, buyer.cookie)).json.data;
			const claimed = await call("POST", `${INBOX}/${pending.claim_id}/claim`, buyer.cookie);
			if (claimed.status !== 200) throw new Error(`claim: ${claimed.status} ${claimed.text}`);
			templates.push({ claimId: claimed.json.claim_id });
		}

		const stateDir = api.scratchDir;
		await api.kill();
		const seedStarted = performance.now();
		for (const [i, buyer] of buyers.entries()) {
			const template = templates[i] as { claimId: number };
			await executeSqlWhileStopped(api, seedSql(buyer, i + 1, template, buyer.size - 1), idShard(template.claimId));
		}
		console.log(
			`seeded ${SIZES.map((s) => (s - 1).toLocaleString("en-US")).join(" + ")} claimed items with SQL in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
		);
		api = await startApi({ ...BENCHMARK_SERVER, name: "bench-inbox-run", stateDir });
		({ call } = httpClient(api.baseUrl));

		// Walk each inbox by cursor: every item once, in order; the last cursor is the deep page's.
		const deepCursor = new Map<number, string>();
		for (const buyer of buyers) {
			const walkLimit = Math.min(100, buyer.size / 2);
			const seen = new Set<number>();
			let cursor: string | null = null;
			let last = "";
			let pages = 0;
			const started = performance.now();
			do {
				const res = await call("GET", `${INBOX}?limit=${walkLimit}${cursor ? `&cursor=${cursor}` : ""}`, buyer.cookie);
				if (res.status !== 200) throw new Error(`walk: ${res.status} ${res.text}`);
				for (const item of res.json.data as { claim_id: number; status: string }[]) {
					if (seen.has(item.claim_id)) throw new Error(`walk: claim ${item.claim_id} served twice`);
					if (item.status !== "claimed") throw new Error(`walk: claim ${item.claim_id} is ${item.status}`);
					seen.add(item.claim_id);
				}
				if (res.json.next_cursor) last = res.json.next_cursor;
				cursor = res.json.next_cursor;
				pages++;
			} while (cursor);
			if (seen.size !== buyer.size) throw new Error(`walk: ${seen.size} items of ${buyer.size}`);
			deepCursor.set(buyer.size, last);
			console.log(
				`walked ${buyer.size.toLocaleString("en-US")} items by cursor: ${pages} pages of up to ${walkLimit}, each item once, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
			);
		}

		type Kind = "first" | "deep" | "pageFirst" | "pageDeep";
		const pathOf = (buyer: Buyer, kind: Kind) => {
			const deepPage = Math.floor((buyer.size - Math.min(100, buyer.size / 2)) / PAGE) + 1;
			switch (kind) {
				case "first":
					return `${INBOX}?limit=${PAGE}`;
				case "deep":
					return `${INBOX}?limit=${PAGE}&cursor=${deepCursor.get(buyer.size)}`;
				case "pageFirst":
					return `${INBOX}?limit=${PAGE}&page=1`;
				case "pageDeep":
					return `${INBOX}?limit=${PAGE}&page=${deepPage}`;
			}
		};
		const samples = new Map<string, number[]>();
		let tripsPerPage: string | null = null;
		for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
			const kinds: Kind[] =
				round % PAGE_FORM_EVERY === 0 ? ["first", "deep", "pageFirst", "pageDeep"] : ["first", "deep"];
			for (const buyer of buyers) {
				for (const kind of kinds) {
					const res = await call("GET", pathOf(buyer, kind), buyer.cookie);
					if (res.status !== 200 || res.json.data.length !== PAGE) {
						throw new Error(`${kind} at ${buyer.size}: ${res.status} ${res.json?.data?.length} items`);
					}
					// One round trip per database holding certificates' data (the directory and each shard), whatever the
					// page, its depth or the inbox's size.
					const trips = res.headers.get("x-d1-round-trips");
					tripsPerPage ??= trips;
					if (trips !== tripsPerPage) throw new Error(`${kind}: ${trips} round trips, not ${tripsPerPage}`);
					if (round < WARMUP_ROUNDS) continue;
					const key = `${buyer.size}:${kind}`;
					samples.set(key, [...(samples.get(key) ?? []), res.ms]);
				}
			}
		}

		const ms = (size: number, kind: Kind) => median(samples.get(`${size}:${kind}`) ?? [Number.NaN]);
		const base = SIZES[0];
		let missed = false;
		const rows = SIZES.map((size) => {
			const cells = (["first", "deep"] as const).map((kind) => {
				const ratio = ms(size, kind) / ms(base, kind);
				if (ratio > FLOOR) missed = true;
				return `${ms(size, kind).toFixed(1)} ms (${ratio.toFixed(2)}×)`;
			});
			const pageForm = (["pageFirst", "pageDeep"] as const).map(
				(kind) => `${ms(size, kind).toFixed(1)} ms (${(ms(size, kind) / ms(base, kind)).toFixed(2)}×)`,
			);
			return `| ${size.toLocaleString("en-US")} | ${cells.join(" | ")} | ${pageForm.join(" | ")} |`;
		});
		console.log(
			`\nMedians of ${ROUNDS} requests per cursor cell, ${ROUNDS / PAGE_FORM_EVERY} per page-form cell, pages of ${PAGE}; ratio to the 10-item inbox in ()\n`,
		);
		console.log(
			"| claimed items | cursor: first page | cursor: deep page (last 100) | `?page=1` (counts) | `?page=` deep (skips and counts) |",
		);
		console.log("|---:|---:|---:|---:|---:|");
		for (const row of rows) console.log(row);
		console.log(
			missed
				? `\nMISSED: a cursor page is more than ${FLOOR}× the 10-item inbox's`
				: `\nOK: every cursor page within ${FLOOR}× of the 10-item inbox's`,
		);
		if (missed) process.exitCode = 1;
	} finally {
		await api.stop();
	}
}

await main();
