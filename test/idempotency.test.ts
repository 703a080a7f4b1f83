import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LEASE_MS, RETENTION_MS, requestFingerprint } from "../src/idempotency/idempotency";
import { dataKeyRing, seal } from "../src/lib/sealed";
import {
	type Actor,
	type CallResult,
	call,
	captureCertificate,
	createApiKey,
	createProperty,
	seedCertificates,
	signup,
} from "./helpers";
import { loseAnswersOfLedgers } from "./ledger-faults";
import { allRows, certificateD1, countAll, shardsOf } from "./shard-databases";

afterEach(() => {
	vi.useRealTimers();
});

let keyCounter = 0;
const newKey = () => `retry-${Date.now()}-${++keyCounter}`;
const keyed = (key: string) => ({ "idempotency-key": key });
const sharePath = (certificateId: string) => `/certificate-sharing/certificates/${certificateId}/share`;
const BATCH_SHARE = "/certificate-sharing/certificates/batch-share";
const claimPath = (token: string) => `/certificate-sharing/certificates/claim/${token}`;

async function publisherWithCertificate() {
	const publisher = await signup("LeadGen Co");
	const property = await createProperty(publisher);
	const certificate = await captureCertificate(publisher, property.id);
	return { publisher, property, certificateId: certificate.certificate_id };
}

// Over every database: certificates' rows are on their shards, idempotency keys on the directory.
const count = countAll;

async function shareOpen(publisher: Actor, certificateId: string) {
	const res = await call("POST", sharePath(certificateId), { as: publisher, body: {} });
	expect(res.status).toBe(201);
	return res.json.claim_token as string;
}

/** Puts a reservation in place as a request that is still running (or whose Worker died) would have left it. */
async function reserveDirectly(
	companyId: string,
	key: string,
	request: { path: string; body: string },
	leaseExpiresAt: Date,
) {
	const createdAt = new Date(Date.now() - 1000);
	await env.DB.prepare(
		"INSERT INTO idempotency_keys (company_id, idempotency_key, request_hash, lease_id, lease_expires_at, response, created_at, expires_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
	)
		.bind(
			companyId,
			key,
			await requestFingerprint("POST", request.path, request.body),
			"an-earlier-attempt",
			leaseExpiresAt.toISOString(),
			createdAt.toISOString(),
			new Date(createdAt.getTime() + RETENTION_MS).toISOString(),
		)
		.run();
}

describe("replaying with Idempotency-Key", () => {
	it("replays a capture: one certificate, the same answer, marked as replayed", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const key = newKey();
		const first = await call("POST", "/certificates", {
			as: publisher,
			headers: keyed(key),
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://forms.example/q" },
		});
		const retry = await call("POST", "/certificates", {
			as: publisher,
			headers: keyed(key),
			body: { property_id: property.id, consent_text: "I agree.", page_url: "https://forms.example/q" },
		});
		expect(first.status).toBe(201);
		expect(first.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.status).toBe(201);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.headers.get("content-type")).toContain("application/json");
		expect(retry.text).toBe(first.text);
		expect(retry.roundTrips).toBe(1);
		expect(await count("SELECT count(*) AS n FROM certificates WHERE company_id = ?", publisher.company.id)).toBe(1);
	});

	it("keeps a capture's answer compressed, and still replays an answer kept before compression", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const consentText = "I agree to be contacted by phone and text message about insurance offers. ".repeat(20);
		const body = { property_id: property.id, consent_text: consentText, page_url: "https://forms.example/q" };
		const key = newKey();
		const first = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(201);
		const row = await env.DB.prepare(
			"SELECT response, request_hash FROM idempotency_keys WHERE company_id = ? AND idempotency_key = ?",
		)
			.bind(publisher.company.id, key)
			.first<{ response: string; request_hash: string }>();
		// Sealed gzip is far smaller than the answer's own text (which a sealed copy would outgrow by a third).
		expect(row?.response.length).toBeLessThan(first.text.length / 2);

		// The same answer kept the way it was before compression: sealed JSON text, under a key of its own.
		const ring = await dataKeyRing(env);
		const oldKey = newKey();
		const answer = { status: 201, headers: [["content-type", "application/json"]], body: first.text };
		const context = JSON.stringify(["idempotency_keys", publisher.company.id, oldKey]);
		const at = Date.now();
		await env.DB.prepare(
			"INSERT INTO idempotency_keys (company_id, idempotency_key, request_hash, lease_id, lease_expires_at, response, created_at, expires_at) VALUES (?, ?, ?, 'done', ?, ?, ?, ?)",
		)
			.bind(
				publisher.company.id,
				oldKey,
				row?.request_hash,
				new Date(at).toISOString(),
				await seal(ring, JSON.stringify(answer), context),
				new Date(at).toISOString(),
				new Date(at + RETENTION_MS).toISOString(),
			)
			.run();
		const replay = await call("POST", "/certificates", { as: publisher, headers: keyed(oldKey), body });
		expect(replay.status).toBe(201);
		expect(replay.headers.get("idempotency-replayed")).toBe("true");
		expect(replay.text).toBe(first.text);
	});

	it("replays a share with the same claim token and keeps one token in D1", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		const first = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		const retry = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(first.status).toBe(201);
		expect(retry.status).toBe(201);
		expect(retry.json.claim_token).toBe(first.json.claim_token);
		expect(retry.json).toEqual(first.json);
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(1);
		expect(
			await count(
				"SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'shared'",
				certificateId,
			),
		).toBe(1);
	});

	it("replays a batch share with the same claim tokens and keeps one set of tokens in D1", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids: string[] = [];
		for (let i = 0; i < 3; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
		const key = newKey();
		const first = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: ids },
		});
		const retry = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: ids },
		});
		expect(first.status).toBe(200);
		expect(retry.status).toBe(200);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.json.results.map((r: { claim_token: string }) => r.claim_token)).toEqual(
			first.json.results.map((r: { claim_token: string }) => r.claim_token),
		);
		expect(
			await count("SELECT count(*) AS n FROM claim_tokens WHERE publisher_company_id = ?", publisher.company.id),
		).toBe(3);
	});

	it("replays a batch claim with the same claim ids, and claims nothing twice", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const tokens = await Promise.all(
			[0, 1].map(
				async () => (await call("POST", sharePath(certificateId), { as: publisher, body: {} })).json.claim_token,
			),
		);
		const buyer = await signup("Buyer Co");
		const key = newKey();
		const body = { claims: tokens.map((token) => ({ token })) };
		const path = "/certificate-sharing/certificates/batch-claim";
		const first = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(first.json.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
		const retry = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.json).toEqual(first.json);
		expect(await count("SELECT count(*) AS n FROM claims WHERE certificate_id = ?", certificateId)).toBe(2);
		// Without the key, the same batch again is refused item by item.
		const again = await call("POST", path, { as: buyer, body });
		expect(again.json.results.map((r: { error: { code: string } }) => r.error.code)).toEqual([
			"ALREADY_CLAIMED",
			"ALREADY_CLAIMED",
		]);
	});

	it("keeps and replays the largest answer: a 1,000-certificate batch share", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 1000);
		const key = newKey();
		const first = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: ids },
		});
		expect(first.status).toBe(200);
		// Its own cost (one read of the directory and one of each shard, then one write per ledger) plus the key's two.
		expect(first.roundTrips).toBe(1 + shardsOf(ids) + Number(first.headers.get("x-durable-object-calls")) + 2);
		const retry = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: ids },
		});
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.text).toBe(first.text);
		expect(
			await count("SELECT count(*) AS n FROM claim_tokens WHERE publisher_company_id = ?", publisher.company.id),
		).toBe(1000);
	});

	it("replays a claim by token instead of answering ALREADY_CLAIMED to the claimer's own retry", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const token = await shareOpen(publisher, certificateId);
		const key = newKey();
		const first = await call("POST", claimPath(token), { as: buyer, headers: keyed(key) });
		const retry = await call("POST", claimPath(token), { as: buyer, headers: keyed(key) });
		expect(first.status).toBe(200);
		expect(first.json.status).toBe("claimed");
		expect(retry.status).toBe(200);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.json).toEqual(first.json);
		expect(await count("SELECT count(*) AS n FROM claims WHERE certificate_id = ?", certificateId)).toBe(1);
		expect(
			await count(
				"SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'claimed'",
				certificateId,
			),
		).toBe(1);
		// Without the key the same call is a second claim, and refused.
		expect((await call("POST", claimPath(token), { as: buyer })).status).toBe(409);
	});

	it("replays a claim from the inbox", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const shared = await call("POST", sharePath(certificateId), {
			as: publisher,
			body: { target_company_id: buyer.company.id },
		});
		expect(shared.status).toBe(201);
		const [item] = (await call("GET", "/certificate-sharing/partner-certificates", { as: buyer })).json.data;
		const path = `/certificate-sharing/partner-certificates/${item.claim_id}/claim`;
		const key = newKey();
		const first = await call("POST", path, { as: buyer, headers: keyed(key) });
		const retry = await call("POST", path, { as: buyer, headers: keyed(key) });
		expect(first.status).toBe(200);
		expect(retry.status).toBe(200);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.json).toEqual(first.json);
		expect(
			await count(
				"SELECT count(*) AS n FROM audit_events WHERE certificate_id = ? AND event_type = 'claimed'",
				certificateId,
			),
		).toBe(1);
	});

	it("replays a deterministic client error too", async () => {
		const publisher = await signup();
		const key = newKey();
		const body = { property_id: "0123456789abcdef01234567", consent_text: "I agree.", page_url: "https://x.example/" };
		const first = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		const retry = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(404);
		expect(retry.status).toBe(404);
		expect(retry.headers.get("idempotency-replayed")).toBe("true");
		expect(retry.json).toEqual(first.json);
	});

	it("does not keep a server error: the key stays usable and the retry does the work", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const key = newKey();
		const body = { property_id: property.id, consent_text: "I agree.", page_url: "https://x.example/" };
		const original = env.HMAC_ACTIVE_KEY_ID;
		(env as { HMAC_ACTIVE_KEY_ID: string }).HMAC_ACTIVE_KEY_ID = "no-such-key";
		let failed: CallResult;
		try {
			failed = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		} finally {
			(env as { HMAC_ACTIVE_KEY_ID: string }).HMAC_ACTIVE_KEY_ID = original;
		}
		expect(failed.status).toBe(500);
		// Kept without an answer and with its lease released, so the retry takes it over at once, seed and all.
		const released =
			"SELECT count(*) AS n FROM idempotency_keys WHERE idempotency_key = ? AND response IS NULL AND lease_expires_at <= ?";
		expect(await count(released, key, new Date().toISOString())).toBe(1);
		const retry = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(201);
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
	});

	it("does no keyed work while the data encryption keys are misconfigured", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const key = newKey();
		const body = { property_id: property.id, consent_text: "I agree.", page_url: "https://x.example/" };
		const original = env.DATA_ENCRYPTION_ACTIVE_KEY_ID;
		(env as { DATA_ENCRYPTION_ACTIVE_KEY_ID: string }).DATA_ENCRYPTION_ACTIVE_KEY_ID = "no-such-key";
		let failed: CallResult;
		try {
			failed = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		} finally {
			(env as { DATA_ENCRYPTION_ACTIVE_KEY_ID: string }).DATA_ENCRYPTION_ACTIVE_KEY_ID = original;
		}
		expect(failed.status).toBe(500);
		expect(await count("SELECT count(*) AS n FROM certificates WHERE company_id = ?", publisher.company.id)).toBe(0);
		expect((await call("POST", "/certificates", { as: publisher, headers: keyed(key), body })).status).toBe(201);
	});

	it("runs the request again once the 24 hours are over", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		const first = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + RETENTION_MS - 60_000);
		const withinTheDay = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(withinTheDay.json.claim_token).toBe(first.json.claim_token);
		vi.setSystemTime(Date.now() + 2 * 60_000);
		const nextDay = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(nextDay.status).toBe(201);
		expect(nextDay.headers.get("idempotency-replayed")).toBeNull();
		expect(nextDay.json.claim_token).not.toBe(first.json.claim_token);
	});
});

/** The row as a Worker that died mid-request leaves it: no answer, and a lease that is still running. */
async function asIfTheWorkerDied(companyId: string, key: string) {
	await env.DB.prepare(
		"UPDATE idempotency_keys SET response = NULL, lease_id = 'a-dead-attempt', lease_expires_at = ? WHERE company_id = ? AND idempotency_key = ?",
	)
		.bind(new Date(Date.now() + LEASE_MS).toISOString(), companyId, key)
		.run();
}

/** A batch share's answer as [certificate id, token] per item; an item that failed has its error code for a token. */
const tokensOf = (res: {
	json: { results: ({ certificate_id: string; claim_token: string } | { error: { code: string } })[] };
}) => res.json.results.map((r) => ("error" in r ? [undefined, r.error.code] : [r.certificate_id, r.claim_token]));

// Rows of the directory database (companies' properties, rules, partnerships, API keys).
async function directoryCount(query: string, ...params: unknown[]): Promise<number> {
	const row = await env.DB.prepare(query)
		.bind(...params)
		.first<{ n: number }>();
	return row?.n ?? 0;
}

/** Sends one keyed request twice: the first answer is the work, the second its replay. */
async function sentTwice(method: string, path: string, as: Actor, body?: unknown) {
	const key = newKey();
	const first = await call(method, path, { as, headers: keyed(key), body });
	const retry = await call(method, path, { as, headers: keyed(key), body });
	expect(first.headers.get("idempotency-replayed")).toBeNull();
	expect(retry.headers.get("idempotency-replayed")).toBe("true");
	expect(retry.status).toBe(first.status);
	expect(retry.text).toBe(first.text);
	return { key, first, retry };
}

describe("every protected write takes a key", () => {
	it("property: two creations with one key make one property", async () => {
		const publisher = await signup();
		const { first } = await sentTwice("POST", "/properties", publisher, { domain: "forms.once.example" });
		expect(first.status).toBe(201);
		expect(
			await directoryCount("SELECT count(*) AS n FROM properties WHERE company_id = ?", publisher.company.id),
		).toBe(1);
	});

	it("consent rule: two creations with one key make one rule", async () => {
		const buyer = await signup("Acme Insurance");
		const { first } = await sentTwice("POST", "/certificate-sharing/consent-rules", buyer, {
			rule_name: "TCPA",
			required_phrases: ["autodialer"],
			mode: "warn",
		});
		expect(first.status).toBe(201);
		expect(await directoryCount("SELECT count(*) AS n FROM consent_rules WHERE company_id = ?", buyer.company.id)).toBe(
			1,
		);
	});

	it("partner: two creations with one key make one partnership", async () => {
		const publisher = await signup("LeadGen Co");
		const buyer = await signup("Acme Insurance");
		const property = await createProperty(publisher);
		const { first } = await sentTwice("POST", "/certificate-sharing/partners", publisher, {
			property_id: property.id,
			partner_company_id: buyer.company.id,
		});
		expect(first.status).toBe(201);
		expect(
			await directoryCount("SELECT count(*) AS n FROM partners WHERE publisher_company_id = ?", publisher.company.id),
		).toBe(1);
	});

	it("API key: the replay hands back the same key, which works, and no second key exists", async () => {
		const owner = await signup();
		const { first, retry } = await sentTwice("POST", "/auth/api-keys", owner, { name: "ci" });
		expect(first.status).toBe(201);
		expect(retry.json.key).toBe(first.json.key);
		expect(await directoryCount("SELECT count(*) AS n FROM api_keys WHERE company_id = ?", owner.company.id)).toBe(1);
		const me = await call("GET", "/auth/me", { as: { headers: { authorization: `Bearer ${retry.json.key}` } } });
		expect(me.status).toBe(200);
		// Its answer is stored sealed, like every other: the row holds neither the key nor the answer's text.
		const rows = await env.DB.prepare("SELECT response FROM idempotency_keys WHERE company_id = ?")
			.bind(owner.company.id)
			.all<{ response: string }>();
		expect(rows.results).toHaveLength(1);
		expect(rows.results[0]?.response).not.toContain(first.json.key);
		expect(rows.results[0]?.response).not.toContain("eck_");
	});

	it("DELETE: a retried revocation replays its 204 instead of answering 404", async () => {
		const publisher = await signup("LeadGen Co");
		const buyer = await signup("Acme Insurance");
		const property = await createProperty(publisher);
		const partner = await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id },
		});
		expect(partner.status).toBe(201);
		const { first } = await sentTwice("DELETE", `/certificate-sharing/partners/${partner.json.id}`, publisher);
		expect(first.status).toBe(204);
		// Without the key, the same revocation is refused: it is gone.
		expect((await call("DELETE", `/certificate-sharing/partners/${partner.json.id}`, { as: publisher })).status).toBe(
			404,
		);
	});

	it("answers 422 for the same key on another route", async () => {
		const publisher = await signup();
		const key = newKey();
		const property = await call("POST", "/properties", {
			as: publisher,
			headers: keyed(key),
			body: { domain: "forms.once.example" },
		});
		expect(property.status).toBe(201);
		const rule = await call("POST", "/certificate-sharing/consent-rules", {
			as: publisher,
			headers: keyed(key),
			body: { rule_name: "TCPA", required_phrases: ["autodialer"], mode: "warn" },
		});
		expect(rule.status).toBe(422);
		expect(rule.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
		expect(
			await directoryCount("SELECT count(*) AS n FROM consent_rules WHERE company_id = ?", publisher.company.id),
		).toBe(0);
	});

	it("logout takes none: its answer is the cookie that ends the session, never stored", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		expect(doc.paths["/auth/logout"].post.parameters ?? []).not.toContainEqual({
			$ref: "#/components/parameters/IdempotencyKey",
		});
	});
});

describe("a retry after a crash between the ledgers' commit and the answer", () => {
	it("batch share: hands back the tokens the ledgers committed, mints none, and they can be claimed", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 40);
		const key = newKey();
		const body = { certificate_ids: ids };
		await loseAnswersOfLedgers(publisher, ids);
		const crashed = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		// Each item says its ledger did not confirm; the answer is not kept for the key, so the retry runs again.
		expect(crashed.status).toBe(200);
		expect(tokensOf(crashed).map(([, code]) => code)).toEqual(ids.map(() => "SERVICE_UNAVAILABLE"));
		// Every ledger committed before its answer was lost.
		const committed = "SELECT count(*) AS n FROM claim_tokens WHERE publisher_company_id = ?";
		expect(await count(committed, publisher.company.id)).toBe(40);

		const retry = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(200);
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(tokensOf(retry).map(([id]) => id)).toEqual(ids);
		expect(await count(committed, publisher.company.id)).toBe(40);
		const shared =
			"SELECT count(*) AS n FROM audit_events e JOIN certificates c ON c.id = e.certificate_id WHERE c.company_id = ? AND e.event_type = 'shared'";
		expect(await count(shared, publisher.company.id)).toBe(40);
		const buyer = await signup("Buyer Co");
		const [, token] = tokensOf(retry)[7] as [string, string];
		expect((await call("POST", claimPath(token), { as: buyer })).status).toBe(200);
		const replay = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(replay.headers.get("idempotency-replayed")).toBe("true");
		expect(tokensOf(replay)).toEqual(tokensOf(retry));
	});

	it("batch share: after a Worker died holding the lease, the retry that takes it over finishes the same work", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 12);
		const key = newKey();
		const body = { certificate_ids: [...ids, ids[0]] };
		await loseAnswersOfLedgers(publisher, ids);
		await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		await asIfTheWorkerDied(publisher.company.id, key);
		const meanwhile = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(meanwhile.status).toBe(409);
		expect(meanwhile.json.error.code).toBe("IDEMPOTENCY_IN_FLIGHT");

		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + LEASE_MS + 1000);
		const retry = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(200);
		expect(tokensOf(retry).map(([id]) => id)).toEqual(body.certificate_ids);
		// The certificate named twice has two tokens, both from the first attempt.
		expect(new Set(tokensOf(retry).map(([, token]) => token)).size).toBe(13);
		expect(
			await count("SELECT count(*) AS n FROM claim_tokens WHERE publisher_company_id = ?", publisher.company.id),
		).toBe(13);
	});

	it("batch share: an answer with items that could not be confirmed is not kept, so the retry finishes them", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 12);
		const key = newKey();
		const body = { certificate_ids: ids };
		// Only the ledger of the first certificate loses its answer (with any other certificate it writes).
		await loseAnswersOfLedgers(publisher, [ids[0] as string]);
		const first = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(200);
		expect(first.json.results[0]).toMatchObject({ index: 0, ok: false, error: { code: "SERVICE_UNAVAILABLE" } });
		const confirmed = tokensOf(first).filter(([id]) => id !== undefined);
		expect(confirmed.length).toBeGreaterThan(0);

		const retry = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.json.results.map((r: { ok: boolean }) => r.ok)).toEqual(ids.map(() => true));
		// The tokens the first attempt handed over are the same ones, and none was made twice.
		for (const pair of confirmed) expect(tokensOf(retry)).toContainEqual(pair);
		expect(
			await count("SELECT count(*) AS n FROM claim_tokens WHERE publisher_company_id = ?", publisher.company.id),
		).toBe(12);
		const replay = await call("POST", BATCH_SHARE, { as: publisher, headers: keyed(key), body });
		expect(replay.headers.get("idempotency-replayed")).toBe("true");
		expect(replay.text).toBe(retry.text);
	});

	it("share: a retry after a lost answer returns the committed token", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		await loseAnswersOfLedgers(publisher, [certificateId]);
		expect(
			(await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} })).status,
		).toBe(503);
		const retry = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(retry.status).toBe(201);
		const stored = await certificateD1(certificateId)
			.prepare("SELECT token_hash FROM claim_tokens WHERE certificate_id = ?")
			.bind(certificateId)
			.all<{ token_hash: string }>();
		expect(stored.results).toHaveLength(1);
		const hash = [
			...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(retry.json.claim_token))),
		]
			.map((b) => b.toString(16).padStart(2, "0"))
			.join("");
		expect(stored.results[0]?.token_hash).toBe(hash);
	});

	it("batch claim: claims the caller already won come back as its claims, with their ids", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const ids = await seedCertificates(publisher.company.id, property.id, 10);
		const shared = await call("POST", BATCH_SHARE, { as: publisher, body: { certificate_ids: ids } });
		const tokens = tokensOf(shared).map(([, token]) => token as string);
		const buyer = await signup("Buyer Co");
		const key = newKey();
		const body = { claims: tokens.map((token) => ({ token, lead: { email: "nobody@example.com" } })) };
		const path = "/certificate-sharing/certificates/batch-claim";
		await loseAnswersOfLedgers(publisher, ids);
		const crashed = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(crashed.json.results.some((r: { ok: boolean }) => !r.ok)).toBe(true);
		await asIfTheWorkerDied(buyer.company.id, key);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + LEASE_MS + 1000);

		const retry = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(retry.status).toBe(200);
		expect(retry.json.results.map((r: { ok: boolean }) => r.ok)).toEqual(tokens.map(() => true));
		const stored = await allRows<{ id: number; certificate_id: string }>(
			"SELECT c.id, t.certificate_id FROM claims c JOIN claim_tokens t ON t.id = c.claim_token_id WHERE c.buyer_company_id = ?",
			buyer.company.id,
		);
		expect(stored).toHaveLength(10);
		const byCertificate = new Map(stored.map((r) => [r.certificate_id, r.id]));
		for (const result of retry.json.results) {
			expect(result.claim_id).toBe(byCertificate.get(result.certificate_id));
			// The seeded certificates hold no lead: the comparison says so, as the first attempt's would have.
			expect(result.lead_match).toMatchObject({ email: "not_captured" });
		}
		// Each token was claimed once: one claimed event per certificate.
		const claimed = await count(
			"SELECT count(*) AS n FROM audit_events e JOIN certificates c ON c.id = e.certificate_id WHERE c.company_id = ? AND e.event_type = 'claimed'",
			publisher.company.id,
		);
		expect(claimed).toBe(10);
	});

	it("batch claim: an answer with items that could not be confirmed is not kept, so the retry finishes them", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const token = (await call("POST", sharePath(certificateId), { as: publisher, body: {} })).json.claim_token;
		const buyer = await signup("Buyer Co");
		const key = newKey();
		const path = "/certificate-sharing/certificates/batch-claim";
		const body = { claims: [{ token }] };
		await loseAnswersOfLedgers(publisher, [certificateId]);
		const crashed = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(crashed.json.results[0].error.code).toBe("SERVICE_UNAVAILABLE");
		const retry = await call("POST", path, { as: buyer, headers: keyed(key), body });
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.json.results[0]).toMatchObject({ ok: true, certificate_id: certificateId, status: "claimed" });
	});

	it("claim by token: the retry answers the claim the caller won; without a key a second claim stays a 409", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const token = await shareOpen(publisher, certificateId);
		const buyer = await signup("Buyer Co");
		const key = newKey();
		await loseAnswersOfLedgers(publisher, [certificateId]);
		expect((await call("POST", claimPath(token), { as: buyer, headers: keyed(key) })).status).toBe(503);
		const retry = await call("POST", claimPath(token), { as: buyer, headers: keyed(key) });
		expect(retry.status).toBe(200);
		const claimId = await count("SELECT id AS n FROM claims WHERE certificate_id = ?", certificateId);
		expect(retry.json).toMatchObject({ claim_id: claimId, certificate_id: certificateId, status: "claimed" });
		const unkeyed = await call("POST", claimPath(token), { as: buyer });
		expect(unkeyed.status).toBe(409);
		expect(unkeyed.json.error.code).toBe("ALREADY_CLAIMED");
		// Another company's keyed claim of the same token is still refused.
		const other = await signup("Other Buyer");
		const refused = await call("POST", claimPath(token), { as: other, headers: keyed(newKey()) });
		expect(refused.json.error.code).toBe("ALREADY_CLAIMED");
	});

	it("capture: a retry finds the certificate its dead attempt stored instead of capturing twice", async () => {
		const publisher = await signup();
		const property = await createProperty(publisher);
		const key = newKey();
		const body = { property_id: property.id, consent_text: "I agree.", page_url: "https://x.example/" };
		const first = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(201);
		await asIfTheWorkerDied(publisher.company.id, key);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + LEASE_MS + 1000);
		const retry = await call("POST", "/certificates", { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(201);
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.json).toEqual(first.json);
		expect(await count("SELECT count(*) AS n FROM certificates WHERE company_id = ?", publisher.company.id)).toBe(1);
	});
});

describe("a retry after a Worker died holding the lease, for jobs and webhook endpoints", () => {
	async function afterTheLease() {
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + LEASE_MS + 1000);
	}

	it("batch job: answers the job the dead attempt stored instead of creating a second", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		const body = { type: "batch_share", certificate_ids: [certificateId] };
		const first = await call("POST", "/certificate-sharing/jobs", { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(202);
		await asIfTheWorkerDied(publisher.company.id, key);
		await afterTheLease();
		const retry = await call("POST", "/certificate-sharing/jobs", { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(202);
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.json.id).toBe(first.json.id);
		expect(await count("SELECT count(*) AS n FROM share_jobs WHERE company_id = ?", publisher.company.id)).toBe(1);
	});

	it("webhook endpoint: answers the endpoint the dead attempt made, with the same secret, and makes no second", async () => {
		const publisher = await signup();
		const key = newKey();
		const body = { url: "https://hooks.example.com/econsent", events: ["certificate.claimed"] };
		const first = await call("POST", "/webhooks", { as: publisher, headers: keyed(key), body });
		expect(first.status).toBe(201);
		await asIfTheWorkerDied(publisher.company.id, key);
		await afterTheLease();
		const retry = await call("POST", "/webhooks", { as: publisher, headers: keyed(key), body });
		expect(retry.status).toBe(201);
		expect(retry.headers.get("idempotency-replayed")).toBeNull();
		expect(retry.json).toEqual(first.json);
		expect(await count("SELECT count(*) AS n FROM webhook_endpoints WHERE company_id = ?", publisher.company.id)).toBe(
			1,
		);
	});

	it("secret rotation: answers the rotation the dead attempt made instead of rotating twice", async () => {
		const publisher = await signup();
		const created = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: "https://hooks.example.com/econsent", events: ["certificate.claimed"] },
		});
		const key = newKey();
		const path = `/webhooks/${created.json.id}/rotate-secret`;
		const first = await call("POST", path, { as: publisher, headers: keyed(key) });
		expect(first.status).toBe(200);
		expect(first.json.secret).not.toBe(created.json.secret);
		await asIfTheWorkerDied(publisher.company.id, key);
		await afterTheLease();
		const retry = await call("POST", path, { as: publisher, headers: keyed(key) });
		expect(retry.status).toBe(200);
		expect(retry.json).toEqual(first.json);
		// The secret the receiver used before the rotation still signs: it is still the previous one.
		const stored = await env.DB.prepare("SELECT updated_at FROM webhook_endpoints WHERE id = ?")
			.bind(created.json.id)
			.first<{ updated_at: string }>();
		expect(stored?.updated_at).toBe(first.json.updated_at);
	});
});

describe("refusing a reused or busy key", () => {
	it("answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body or on another route", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const buyer = await signup("Acme Insurance");
		const key = newKey();
		expect(
			(await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} })).status,
		).toBe(201);
		const otherBody = await call("POST", sharePath(certificateId), {
			as: publisher,
			headers: keyed(key),
			body: { target_company_id: buyer.company.id },
		});
		expect(otherBody.status).toBe(422);
		expect(otherBody.json.error).toEqual({
			code: "IDEMPOTENCY_KEY_REUSED",
			message: expect.any(String),
			request_id: expect.any(String),
		});
		const otherRoute = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: [certificateId] },
		});
		expect(otherRoute.status).toBe(422);
		expect(otherRoute.json.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(1);
	});

	it("answers 409 IDEMPOTENCY_IN_FLIGHT with Retry-After while the first request holds the lease", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		await reserveDirectly(
			publisher.company.id,
			key,
			{ path: sharePath(certificateId), body: "{}" },
			new Date(Date.now() + LEASE_MS),
		);
		const res = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(res.status).toBe(409);
		expect(res.json.error.code).toBe("IDEMPOTENCY_IN_FLIGHT");
		expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(0);
	});

	it("lets a retry take over a lease that ran out, and only for the same request", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		await reserveDirectly(
			publisher.company.id,
			key,
			{ path: sharePath(certificateId), body: "{}" },
			new Date(Date.now() - 1),
		);
		const otherRequest = await call("POST", BATCH_SHARE, {
			as: publisher,
			headers: keyed(key),
			body: { certificate_ids: [certificateId] },
		});
		expect(otherRequest.status).toBe(422);

		const takeover = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(takeover.status).toBe(201);
		expect(takeover.headers.get("idempotency-replayed")).toBeNull();
		const replay = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(replay.headers.get("idempotency-replayed")).toBe("true");
		expect(replay.json.claim_token).toBe(takeover.json.claim_token);
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(1);
	});

	it("creates one set of tokens when two requests with one key race", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		const answers = await Promise.all(
			[1, 2, 3].map(() => call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} })),
		);
		for (const answer of answers) expect([201, 409]).toContain(answer.status);
		const tokens = new Set(answers.filter((a) => a.status === 201).map((a) => a.json.claim_token));
		expect(tokens.size).toBe(1);
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(1);
	});

	it.each([
		["empty", ""],
		["256 characters", "k".repeat(256)],
		["a control character", "abc\u0001def"],
		["a non-ASCII character", "clé-42"],
		["a DEL character", "abc\u007f"],
	])("refuses a malformed key (%s) with 400 naming the header, and does nothing", async (_, key) => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const res = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields).toEqual([{ field: "header.idempotency-key", message: expect.any(String) }]);
		// The caller is checked first (one round trip), so only a caller allowed to share learns about the key.
		expect(res.roundTrips).toBe(1);
		expect(await count("SELECT count(*) AS n FROM claim_tokens WHERE certificate_id = ?", certificateId)).toBe(0);
	});

	it("answers a malformed key 401 without credentials and 403 to a key without the scope, before the key", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const stranger = await call("POST", sharePath(certificateId), { headers: keyed(""), body: {} });
		expect(stranger.status, stranger.text).toBe(401);
		expect(stranger.json.error.code).toBe("UNAUTHORIZED");
		const readOnly = await createApiKey(publisher, { scopes: ["certificates:read"] });
		const wrongScope = await call("POST", sharePath(certificateId), { as: readOnly, headers: keyed(""), body: {} });
		expect(wrongScope.status, wrongScope.text).toBe(403);
		expect(wrongScope.json.error.code).toBe("INSUFFICIENT_SCOPE");
	});

	it("accepts a key of 255 printable characters", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = `${"~ !".repeat(85)}`;
		expect(key).toHaveLength(255);
		const res = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(res.status).toBe(201);
	});

	it("answers 401 to an unauthenticated keyed request and reserves nothing", async () => {
		const { certificateId } = await publisherWithCertificate();
		const key = newKey();
		const res = await call("POST", sharePath(certificateId), { headers: keyed(key), body: {} });
		expect(res.status).toBe(401);
		expect(await count("SELECT count(*) AS n FROM idempotency_keys WHERE idempotency_key = ?", key)).toBe(0);
	});
});

describe("whose key it is", () => {
	it("keeps keys per company: another company's same key is independent, two credentials of one company share it", async () => {
		const a = await publisherWithCertificate();
		const b = await publisherWithCertificate();
		const key = newKey();
		const shareA = await call("POST", sharePath(a.certificateId), { as: a.publisher, headers: keyed(key), body: {} });
		const shareB = await call("POST", sharePath(b.certificateId), { as: b.publisher, headers: keyed(key), body: {} });
		expect(shareA.status).toBe(201);
		expect(shareB.status).toBe(201);
		expect(shareB.headers.get("idempotency-replayed")).toBeNull();
		expect(shareB.json.claim_token).not.toBe(shareA.json.claim_token);

		const apiKey = (await call("POST", "/auth/api-keys", { as: a.publisher, body: { name: "lead server" } })).json.key;
		const viaApiKey = await call("POST", sharePath(a.certificateId), {
			headers: { authorization: `Bearer ${apiKey}`, ...keyed(key) },
			body: {},
		});
		expect(viaApiKey.status).toBe(201);
		expect(viaApiKey.headers.get("idempotency-replayed")).toBe("true");
		expect(viaApiKey.json.claim_token).toBe(shareA.json.claim_token);
	});
});

describe("what is stored", () => {
	it("keeps the answer sealed: the row holds neither the raw token nor the answer's text", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		const key = newKey();
		const res = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		const row = await env.DB.prepare("SELECT * FROM idempotency_keys WHERE company_id = ? AND idempotency_key = ?")
			.bind(publisher.company.id, key)
			.first<Record<string, unknown>>();
		const dump = JSON.stringify(row);
		expect(row?.response).toMatch(/^test-data-2026-01\./);
		expect(dump).not.toContain(res.json.claim_token);
		expect(dump).not.toContain(res.json.claim_token.slice(4));
		expect(dump).not.toContain("claim_url");
	});

	it("deletes expired rows as new keys come in", async () => {
		const other = await signup();
		const longAgo = new Date(Date.now() - RETENTION_MS - 60_000);
		await env.DB.prepare(
			"INSERT INTO idempotency_keys (company_id, idempotency_key, request_hash, lease_id, lease_expires_at, response, created_at, expires_at) VALUES (?, 'stale', 'h', 'l', ?, NULL, ?, ?)",
		)
			.bind(
				other.company.id,
				longAgo.toISOString(),
				longAgo.toISOString(),
				new Date(longAgo.getTime() + RETENTION_MS).toISOString(),
			)
			.run();
		const { publisher, certificateId } = await publisherWithCertificate();
		await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(newKey()), body: {} });
		expect(await count("SELECT count(*) AS n FROM idempotency_keys WHERE company_id = ?", other.company.id)).toBe(0);
	});
});

describe("D1 round trips", () => {
	it("costs nothing without the header, two more with it, and one for a replay", async () => {
		const { publisher, certificateId } = await publisherWithCertificate();
		// The directory and the certificate's shard read in parallel, then the ledger's write.
		const plain = await call("POST", sharePath(certificateId), { as: publisher, body: {} });
		expect(plain.roundTrips).toBe(3);
		const key = newKey();
		const keyed1 = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(keyed1.roundTrips).toBe(5);
		const replay = await call("POST", sharePath(certificateId), { as: publisher, headers: keyed(key), body: {} });
		expect(replay.roundTrips).toBe(1);
	});
});

describe("OpenAPI document", () => {
	it("documents the header, the replay marker and the 409/422 answers on the keyed writes", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		expect(doc.components.parameters.IdempotencyKey).toMatchObject({
			name: "Idempotency-Key",
			in: "header",
			schema: { $ref: "#/components/schemas/IdempotencyKey" },
		});
		expect(doc.components.schemas.IdempotencyKey).toMatchObject({ type: "string", pattern: expect.any(String) });
		const operations = [
			doc.paths["/certificates"].post,
			doc.paths["/certificate-sharing/certificates/{certificateId}/share"].post,
			doc.paths["/certificate-sharing/certificates/batch-share"].post,
			doc.paths["/certificate-sharing/certificates/claim/{token}"].post,
			doc.paths["/certificate-sharing/partner-certificates/{claimId}/claim"].post,
			doc.paths["/certificate-sharing/certificates/batch-claim"].post,
		];
		for (const operation of operations) {
			expect(operation.parameters).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
			expect(operation.responses["409"].description).toContain("IDEMPOTENCY_IN_FLIGHT");
			expect(operation.responses["409"].headers["Retry-After"]).toBeDefined();
			expect(operation.responses["422"].description).toContain("IDEMPOTENCY_KEY_REUSED");
			const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))?.[1] as {
				headers: Record<string, unknown>;
			};
			expect(success.headers["Idempotency-Replayed"]).toBeDefined();
		}
		expect(doc.paths["/certificates"].get.parameters ?? []).not.toContainEqual({
			$ref: "#/components/parameters/IdempotencyKey",
		});
		expect(
			doc.paths["/certificate-sharing/partner-certificates/{claimId}/claim"].post.responses["409"].description,
		).toContain("ALREADY_CLAIMED");
	});

	it("takes a key on exactly the operations the document lists it for, and nowhere else", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		const publisher = await signup("LeadGen Co");
		const { headers } = await createApiKey(publisher);
		const documented: string[] = [];
		const taken: string[] = [];
		for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
			for (const [method, operation] of Object.entries(item)) {
				if (method === "get") continue;
				const parameters: { $ref?: string }[] = operation.parameters ?? [];
				if (parameters.some((p) => p.$ref === "#/components/parameters/IdempotencyKey")) {
					documented.push(operation.operationId);
				}
				// A malformed key is refused, naming the header, only where the middleware runs.
				const concrete = path.replace(/\{[^}]+\}/g, "x1");
				// Session-only operations refuse API keys before looking at the key (logout would end the session).
				const sessionOnly = JSON.stringify(operation.security) === '[{"session":[]}]';
				const res = await call(method.toUpperCase(), concrete, {
					as: sessionOnly && operation.operationId !== "logOut" ? publisher : { headers },
					headers: keyed("k".repeat(256)),
					body: {},
				});
				const fields: { field: string }[] = res.json?.error?.fields ?? [];
				if (fields.some((f) => f.field === "header.idempotency-key")) taken.push(operation.operationId);
			}
		}
		// Every authenticated write but logout; sign-up, sign-in and the capture script's public calls take none.
		const idempotent = Object.values(doc.paths as Record<string, Record<string, any>>)
			.flatMap((item) => Object.entries(item))
			.filter(([method, operation]) => method !== "get" && JSON.stringify(operation.security) !== "[{}]")
			.map(([, operation]) => operation.operationId as string)
			.filter((operationId) => operationId !== "logOut")
			.sort();
		expect(idempotent).toEqual(expect.arrayContaining(["createProperty", "createApiKey", "revokePartner"]));
		expect(documented.sort()).toEqual(idempotent);
		expect(taken.sort()).toEqual(idempotent);
	}, 30_000);
});
