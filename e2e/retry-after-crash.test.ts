// Keyed writes killed mid-flight: two batch shares of 500 certificates and two batch claims of 100 tokens, each with
// its own Idempotency-Key, are in flight when the whole `wrangler dev` process group is SIGKILLed: as soon as the
// local D1 shows that the ledgers have committed parts of both that no client has seen yet. The server starts again
// on the same state and every request is retried with its key until its lease (60 s) lets it through. Whatever the kill left — answered,
// committed but unanswered, or never started — each retry must answer the request's one set of tokens or claims:
// no certificate gets a second token from its request, and a buyer's own claims come back with their ids.
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it } from "vitest";
import { type HttpAnswer, httpClient } from "./http-client";
import { copyCertificates, localD1File, type RunningApi, startApi } from "./server";

const REQUESTS = 2;
const CERTIFICATES_PER_SHARE = 500;
const TOKENS_PER_CLAIM = 100;
const BATCH_SHARE = "/certificate-sharing/certificates/batch-share";
const BATCH_CLAIM = "/certificate-sharing/certificates/batch-claim";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("keyed batch writes killed mid-flight", () => {
	const servers: RunningApi[] = [];
	afterAll(async () => {
		for (const server of servers.reverse()) await server.stop();
	});

	it("answer each request's one set of tokens and claims when retried after the restart", {
		tags: ["stress"],
		// The retries wait out a 60 s lease after a restart; on a loaded machine the whole takes a few minutes.
		timeout: 300_000,
	}, async () => {
		let api = await startApi({ name: "retry-crash" });
		servers.push(api);
		const client = () => httpClient(api.baseUrl);
		const publisher = await client().signup("Retry Publisher");
		const buyer = await client().signup("Retry Buyer");
		const property = (await client().call("POST", "/properties", publisher, { domain: "forms.retry.example" })).json;
		const template = await client().call("POST", "/certificates", publisher, {
			property_id: property.id,
			consent_text: "I agree that Retry Buyer may call me.",
			page_url: "https://forms.retry.example/",
		});
		expect(template.status).toBe(201);
		const stateDir = api.scratchDir;
		await api.kill();
		const sharedCount = REQUESTS * CERTIFICATES_PER_SHARE;
		const claimedCount = REQUESTS * TOKENS_PER_CLAIM;
		const total = sharedCount + claimedCount;
		await copyCertificates(api, template.json.certificate_id, property.id, total, "EC-retry-");
		api = await startApi({ name: "retry-crash-1", stateDir });
		servers.push(api);
		const ids = Array.from({ length: total }, (_, i) => `EC-retry-${String(i + 1).padStart(8, "0")}`);
		const requestsOf = async (certificateIds: string[], prefix: string) => {
			const shareIds = certificateIds.slice(0, sharedCount);
			const claimIds = certificateIds.slice(sharedCount);
			const forClaims = await client().call("POST", BATCH_SHARE, publisher, { certificate_ids: claimIds });
			expect(forClaims.status, forClaims.text).toBe(200);
			const tokens = (forClaims.json.results as { claim_token: string }[]).map((r) => r.claim_token);
			const slice = <T>(list: T[], size: number, i: number) => list.slice(i * size, (i + 1) * size);
			return {
				claimIds,
				shares: Array.from({ length: REQUESTS }, (_, i) => ({
					key: `${prefix}-share-${i}`,
					body: { certificate_ids: slice(shareIds, CERTIFICATES_PER_SHARE, i) },
				})),
				claims: Array.from({ length: REQUESTS }, (_, i) => ({
					key: `${prefix}-claim-${i}`,
					body: { claims: slice(tokens, TOKENS_PER_CLAIM, i).map((token) => ({ token })) },
				})),
			};
		};
		const send = (path: string, cookie: string, request: { key: string; body: unknown }, keyed = true) =>
			client().call("POST", path, cookie, request.body, keyed ? { "idempotency-key": request.key } : {});

		const { shares, claims, claimIds } = await requestsOf(ids, "keyed");
		const sharedIds = shares.flatMap((s) => s.body.certificate_ids);
		const settle = (p: Promise<HttpAnswer>) => p.catch(() => null);
		const firstTries = [
			...shares.map((s) => settle(send(BATCH_SHARE, publisher, s))),
			...claims.map((c) => settle(send(BATCH_CLAIM, buyer, c))),
		];
		const started = Date.now();
		// The database file is read while the server writes it (SQLite allows a reader beside the writer).
		const live = new DatabaseSync(localD1File(stateDir), { readOnly: true });
		const sharesCommitted = live.prepare(
			`SELECT count(*) AS n FROM claim_tokens WHERE certificate_id IN (${sharedIds.map(() => "?").join(",")})`,
		);
		const claimsCommitted = live.prepare("SELECT count(*) AS n FROM claims WHERE status <> 'pending'");
		const committed = (statement: typeof claimsCommitted, ...params: string[]) =>
			(statement.get(...params) as { n: number }).n;
		while (Date.now() - started < 30_000) {
			if (committed(sharesCommitted, ...sharedIds) > 0 && committed(claimsCommitted) > 0) break;
			await sleep(10);
		}
		live.close();
		await api.kill();
		const killedAt = Date.now() - started;
		const first = await Promise.all(firstTries);
		const answeredBeforeKill = first.filter((r) => r !== null).length;
		const statusesBeforeKill = first.flatMap((r) => (r ? [r.status] : []));
		// What the kill left that no client saw: tokens and claims committed for requests that got no answer.
		const atKill = new DatabaseSync(localD1File(stateDir), { readOnly: true });
		const unseen = (sql: string, certificateIds: readonly string[]) =>
			certificateIds.length === 0
				? 0
				: (
						atKill.prepare(sql.replace("?", certificateIds.map(() => "?").join(","))).get(...certificateIds) as {
							n: number;
						}
					).n;
		const unansweredShares = shares.filter((_, i) => first[i] === null).flatMap((s) => s.body.certificate_ids);
		const unansweredClaims = claims.flatMap((_, i) =>
			first[REQUESTS + i] === null ? claimIds.slice(i * TOKENS_PER_CLAIM, (i + 1) * TOKENS_PER_CLAIM) : [],
		);
		const tokensUnseen = unseen("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id IN (?)", unansweredShares);
		const claimsUnseen = unseen(
			"SELECT count(*) AS n FROM claims WHERE status <> 'pending' AND certificate_id IN (?)",
			unansweredClaims,
		);
		atKill.close();

		api = await startApi({ name: "retry-crash-2", stateDir });
		servers.push(api);
		/** Retries with the request's key until its lease lets it through (a dead attempt holds it 60 s). */
		async function retry(path: string, cookie: string, request: { key: string; body: unknown }) {
			const deadline = Date.now() + 100_000;
			for (;;) {
				const res = await send(path, cookie, request);
				const busy = res.status === 409 && res.json?.error?.code === "IDEMPOTENCY_IN_FLIGHT";
				// A batch's items whose ledger did not confirm are finished by the next retry.
				const unfinished = (res.json?.results ?? []).some(
					(r: { ok: boolean; error?: { code: string } }) => !r.ok && r.error?.code === "SERVICE_UNAVAILABLE",
				);
				if (!busy && !unfinished && res.status !== 503) return res;
				if (Date.now() > deadline) throw new Error(`${request.key} still ${res.status} after 100 s`);
				await sleep(2_000);
			}
		}
		const [shareRetries, claimRetries] = await Promise.all([
			Promise.all(shares.map((s) => retry(BATCH_SHARE, publisher, s))),
			Promise.all(claims.map((c) => retry(BATCH_CLAIM, buyer, c))),
		]);
		for (const [i, res] of shareRetries.entries()) {
			expect(res.status, res.text).toBe(200);
			expect(res.json.results.map((r: { ok: boolean; certificate_id: string }) => r.ok && r.certificate_id)).toEqual(
				shares[i]?.body.certificate_ids,
			);
			const before = first[i];
			// The tokens a request handed over before the kill are handed over again.
			if (before?.status === 200) {
				for (const item of before.json.results) if (item.ok) expect(res.json.results[item.index]).toEqual(item);
			}
		}
		for (const res of claimRetries) {
			expect(res.status, res.text).toBe(200);
			expect(res.json.results.map((r: { ok: boolean }) => r.ok)).toEqual(Array(TOKENS_PER_CLAIM).fill(true));
		}
		await api.kill();

		const db = new DatabaseSync(localD1File(stateDir), { readOnly: true });
		const one = (sql: string, id: string) => (db.prepare(sql).get(id) as { n: number }).n;
		for (const id of [...sharedIds, ...claimIds]) {
			const state = {
				tokens: one("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", id),
				shared: one("SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'shared'", id),
			};
			expect(state, id).toEqual({ tokens: 1, shared: 1 });
		}
		const claimRows = claimIds.flatMap(
			(id) =>
				db
					.prepare("SELECT id, certificate_id FROM claims WHERE certificate_id = ? AND status <> 'pending'")
					.all(id) as {
					id: number;
					certificate_id: string;
				}[],
		);
		expect(claimRows).toHaveLength(claimedCount);
		const claimIdOf = new Map(claimRows.map((r) => [r.certificate_id, r.id]));
		for (const res of claimRetries) {
			for (const r of res.json.results as { claim_id: number; certificate_id: string }[]) {
				expect(r.claim_id).toBe(claimIdOf.get(r.certificate_id));
			}
		}
		db.close();
		console.log(
			`killed ${killedAt} ms in, with ${2 * REQUESTS - answeredBeforeKill} of ${2 * REQUESTS} keyed requests unanswered (answered: ${statusesBeforeKill.join(", ")}); ` +
				`the ledgers had committed ${tokensUnseen} tokens and ${claimsUnseen} claims that no client had seen. ` +
				`After the restart every retry answered its own set: ${sharedCount} tokens (one per certificate) and ${claimedCount} claims with their ids, nothing made twice`,
		);
	});
});
