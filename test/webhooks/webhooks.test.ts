import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/db/client";
import worker from "../../src/index";
import { SWEEP_CRON } from "../../src/lib/crons";
import { CLAIM_TOKEN_TTL_DAYS } from "../../src/sharing/tokens";
import { MAX_ATTEMPTS, RETRY_DELAYS_SECONDS } from "../../src/webhooks/backoff";
import { attemptDelivery } from "../../src/webhooks/deliver";
import { eventSchemas } from "../../src/webhooks/payloads";
import { noticeExpiringTokens, redriveMissedDeliveries } from "../../src/webhooks/sweep";
import { type Actor, call, captureCertificate, createApiKey, createProperty, signup } from "../helpers";
import { certificateD1 } from "../shard-databases";
import { startReceiver } from "./receiver";

const db = createDb(env.DB);
let hostCount = 0;
const receivers: ReturnType<typeof startReceiver>[] = [];
function receiver() {
	const r = startReceiver(`hooks-${++hostCount}-${crypto.randomUUID().slice(0, 8)}.example.com`);
	receivers.push(r);
	return r;
}
afterEach(() => {
	for (const r of receivers.splice(0)) r.stop();
	vi.useRealTimers();
});

async function register(actor: Actor, url: string, events: string[]) {
	const res = await call("POST", "/webhooks", { as: actor, body: { url, events } });
	expect(res.status, res.text).toBe(201);
	return res.json as { id: string; secret: string; enabled: boolean };
}

async function share(publisher: Actor, certificateId: string, target?: string) {
	const res = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
		as: publisher,
		body: target ? { target_company_id: target } : {},
	});
	expect(res.status).toBe(201);
	return res.json as { claim_token: string };
}

async function publisherWithCertificate() {
	const publisher = await signup("Hooked Publisher");
	const property = await createProperty(publisher);
	const certificate = await captureCertificate(publisher, property.id);
	return { publisher, property, certificateId: certificate.certificate_id as string };
}

async function deliveries(endpointId: string) {
	const rows = await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE endpoint_id = ? ORDER BY created_at")
		.bind(endpointId)
		.all<Record<string, any>>();
	return rows.results;
}

/** A delivery of a real event to a receiver that is not reachable by the queue: made by a share to the buyer. */
async function pendingDelivery(receiverUrl: string) {
	const { publisher, certificateId } = await publisherWithCertificate();
	const buyer = await signup("Hooked Buyer");
	const endpoint = await register(buyer, receiverUrl, ["certificate.shared"]);
	await share(publisher, certificateId, buyer.company.id);
	// The share's event is in its certificate's shard's outbox until the queue relays it into a delivery.
	const delivery = await vi.waitFor(
		async () => {
			const [row] = await deliveries(endpoint.id);
			if (!row) throw new Error("not relayed yet");
			return row;
		},
		{ timeout: 10_000, interval: 50 },
	);
	return { buyer, endpoint, delivery };
}

/** Waits for the queue's own first attempt at the endpoint's delivery. */
async function firstAttemptMade(endpointId: string) {
	await vi.waitFor(async () => expect((await deliveries(endpointId))[0]?.attempts).toBe(1), {
		timeout: 10_000,
		interval: 50,
	});
}

describe("webhook endpoints", () => {
	it("registers an endpoint with a whsec_ secret shown once and stored only sealed, in two round trips", async () => {
		const publisher = await signup();
		const res = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: "https://hooks.example.com/econsent", events: ["certificate.claimed"], description: "CRM" },
		});
		expect(res.status).toBe(201);
		expect(res.roundTrips).toBe(2);
		expect(res.json).toMatchObject({
			url: "https://hooks.example.com/econsent",
			events: ["certificate.claimed"],
			description: "CRM",
			enabled: true,
			disabled_reason: null,
			failing_since: null,
		});
		expect(res.json.secret).toMatch(/^whsec_/);
		const stored = await env.DB.prepare("SELECT * FROM webhook_endpoints WHERE id = ?").bind(res.json.id).first();
		expect(JSON.stringify(stored)).not.toContain(res.json.secret.slice(6));

		const got = await call("GET", `/webhooks/${res.json.id}`, { as: publisher });
		expect(got.status).toBe(200);
		expect(got.roundTrips).toBe(1);
		expect(got.json.secret).toBeUndefined();
		const list = await call("GET", "/webhooks", { as: publisher });
		expect(list.roundTrips).toBe(1);
		expect(list.json.data.map((e: { id: string }) => e.id)).toEqual([res.json.id]);
		expect(list.json.data[0].secret).toBeUndefined();
	});

	it("keeps each company's endpoints to itself", async () => {
		const owner = await signup();
		const stranger = await signup();
		const endpoint = await register(owner, "https://hooks.example.com/a", ["job.completed"]);
		expect((await call("GET", `/webhooks/${endpoint.id}`, { as: stranger })).status).toBe(404);
		expect((await call("PATCH", `/webhooks/${endpoint.id}`, { as: stranger, body: { enabled: false } })).status).toBe(
			404,
		);
		expect((await call("POST", `/webhooks/${endpoint.id}/rotate-secret`, { as: stranger })).status).toBe(404);
		expect((await call("GET", `/webhooks/${endpoint.id}/deliveries`, { as: stranger })).status).toBe(404);
		expect((await call("DELETE", `/webhooks/${endpoint.id}`, { as: stranger })).status).toBe(404);
		expect((await call("GET", "/webhooks", { as: stranger })).json.data).toEqual([]);
		expect((await call("GET", `/webhooks/${endpoint.id}`, { as: owner })).status).toBe(200);
	});

	it("changes, disables, enables and deletes an endpoint", async () => {
		const owner = await signup();
		const endpoint = await register(owner, "https://hooks.example.com/a", ["job.completed"]);
		const changed = await call("PATCH", `/webhooks/${endpoint.id}`, {
			as: owner,
			body: { url: "https://hooks.example.org/b", events: ["token.expiring", "job.completed"], enabled: false },
		});
		expect(changed.status).toBe(200);
		expect(changed.roundTrips).toBe(2);
		expect(changed.json).toMatchObject({
			url: "https://hooks.example.org/b",
			events: ["token.expiring", "job.completed"],
			enabled: false,
			disabled_reason: "by_request",
		});
		const enabled = await call("PATCH", `/webhooks/${endpoint.id}`, { as: owner, body: { enabled: true } });
		expect(enabled.json).toMatchObject({ enabled: true, disabled_reason: null, disabled_at: null });
		const deleted = await call("DELETE", `/webhooks/${endpoint.id}`, { as: owner });
		expect(deleted.status).toBe(204);
		expect(deleted.roundTrips).toBe(2);
		expect((await call("GET", `/webhooks/${endpoint.id}`, { as: owner })).status).toBe(404);
	});

	it.each([
		"http://hooks.example.com/x",
		"https://localhost/x",
		"https://127.0.0.1:8443/x",
		"https://169.254.169.254/latest/meta-data",
		"https://[::1]/x",
		"https://10.0.0.5/x",
		"https://[fd00::5]/x",
	])("refuses %s at registration and on change, storing nothing", async (url) => {
		const owner = await signup();
		const res = await call("POST", "/webhooks", { as: owner, body: { url, events: ["job.completed"] } });
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields[0].field).toBe("url");
		expect((await call("GET", "/webhooks", { as: owner })).json.data).toEqual([]);
		const endpoint = await register(owner, "https://hooks.example.com/ok", ["job.completed"]);
		const patched = await call("PATCH", `/webhooks/${endpoint.id}`, { as: owner, body: { url } });
		expect(patched.status).toBe(400);
		expect((await call("GET", `/webhooks/${endpoint.id}`, { as: owner })).json.url).toBe(
			"https://hooks.example.com/ok",
		);
	});

	it("refuses unknown and repeated events", async () => {
		const owner = await signup();
		for (const events of [[], ["certificate.deleted"], ["job.completed", "job.completed"]]) {
			const res = await call("POST", "/webhooks", { as: owner, body: { url: "https://hooks.example.com/", events } });
			expect(res.status).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
		}
	});

	it("needs the webhooks:manage scope from an API key", async () => {
		const owner = await signup();
		const without = await createApiKey(owner, { scopes: ["certificates:read"] });
		const res = await call("GET", "/webhooks", { as: without });
		expect(res.status).toBe(403);
		expect(res.json.error.code).toBe("INSUFFICIENT_SCOPE");
		const withScope = await createApiKey(owner, { scopes: ["webhooks:manage"] });
		expect((await call("GET", "/webhooks", { as: withScope })).status).toBe(200);
	});
});

describe("events", () => {
	it("documents the claim events with the claim's outcome only, nothing of the buyer's rules", async () => {
		const doc = (await call("GET", "/openapi.json")).json;
		const resolve = (node: any): any => {
			if (typeof node?.$ref !== "string") return node;
			return resolve(doc.components.schemas[node.$ref.replace("#/components/schemas/", "")]);
		};
		for (const type of ["certificate.claimed", "certificate.rejected"]) {
			const webhook = doc.webhooks[type].post;
			const event = resolve(webhook.requestBody.content["application/json"].schema);
			const compliance = resolve(resolve(event.properties.data).properties.compliance);
			expect(Object.keys(compliance.properties)).toEqual(["status"]);
			expect(compliance.properties.status.enum).toEqual(["pass", "warn", "reject"]);
			expect(webhook.description).toMatch(/no phrases, score, grade, lead match or rule names/);
		}
	});

	it("sends the publisher a certificate.claimed signed per Standard Webhooks within seconds of a claim, from the queue", async () => {
		const hooks = receiver();
		const { publisher, certificateId } = await publisherWithCertificate();
		const endpoint = await register(publisher, hooks.url(), ["certificate.claimed", "certificate.rejected"]);
		const buyer = await signup("Buyer");
		const { claim_token } = await share(publisher, certificateId);
		const claimed = await call("POST", `/certificate-sharing/certificates/claim/${claim_token}`, { as: buyer });
		expect(claimed.status).toBe(200);
		// The event costs the claim no round trip: it is written in the ledger's batch with the claim, in the outbox of
		// the certificate's shard. 3 = authentication, +1: the certificate's shard, read in parallel with
		// authentication, and the ledger's write.
		expect(claimed.roundTrips).toBe(3);

		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		const [delivery] = hooks.received;
		if (!delivery) throw new Error("no delivery");
		const event = new Webhook(endpoint.secret).verify(delivery.body, delivery.headers) as any;
		expect(eventSchemas["certificate.claimed"].parse(event)).toEqual(event);
		expect(event).toMatchObject({
			type: "certificate.claimed",
			id: delivery.headers["webhook-id"],
			data: {
				certificate_id: certificateId,
				claim_id: claimed.json.claim_id,
				buyer_company_id: buyer.company.id,
				status: "claimed",
				compliance: { status: claimed.json.compliance.status },
				links: { certificate: `/certificates/${certificateId}` },
			},
		});
		expect(delivery.redirect).toBe("manual");
		// Ids and links only: nothing of the consumer.
		// The phone in every spelling it could take; a bare "555" would also match random ids.
		for (const personal of [
			"203.0.113.7",
			"Jane",
			"example.com",
			"(555) 010-0000",
			"5550100000",
			"555-010",
			"Acme Insurance and its partners",
		]) {
			expect(delivery.body).not.toContain(personal);
		}
		await vi.waitFor(async () =>
			expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: "delivered", attempts: 1, last_status: 200 }),
		);
		const listed = await call("GET", `/webhooks/${endpoint.id}/deliveries`, { as: publisher });
		expect(listed.roundTrips).toBe(1);
		expect(listed.json.data).toEqual([
			expect.objectContaining({
				event_id: event.id,
				event_type: "certificate.claimed",
				status: "delivered",
				attempts: 1,
				last_status: 200,
				next_attempt_at: null,
			}),
		]);
	});

	it("sends certificate.rejected when the buyer's reject-mode rule fails, and no event for a claim that loses", async () => {
		const hooks = receiver();
		const { publisher, certificateId } = await publisherWithCertificate();
		const endpoint = await register(publisher, hooks.url(), ["certificate.rejected"]);
		const buyer = await signup();
		await call("POST", "/certificate-sharing/consent-rules", {
			as: buyer,
			body: { rule_name: "Strict", required_phrases: ["not a condition of purchase"], mode: "reject" },
		});
		const { claim_token } = await share(publisher, certificateId);
		const rejected = await call("POST", `/certificate-sharing/certificates/claim/${claim_token}`, { as: buyer });
		expect(rejected.json.status).toBe("rejected");
		expect((await call("POST", `/certificate-sharing/certificates/claim/${claim_token}`, { as: buyer })).status).toBe(
			409,
		);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		const event = new Webhook(endpoint.secret).verify(hooks.received[0]?.body ?? "", hooks.received[0]?.headers ?? {});
		expect(event).toMatchObject({
			type: "certificate.rejected",
			data: { status: "rejected", claim_id: rejected.json.claim_id, compliance: { status: "reject" } },
		});
		expect(await deliveries(endpoint.id)).toHaveLength(1);
	});

	it("sends the buyer certificate.shared for a targeted share, with its inbox claim link, and nothing for an open token", async () => {
		const hooks = receiver();
		const { publisher, certificateId } = await publisherWithCertificate();
		const buyer = await signup("Buyer");
		const endpoint = await register(buyer, hooks.url(), ["certificate.shared"]);
		await share(publisher, certificateId);
		await share(publisher, certificateId, buyer.company.id);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		const event = new Webhook(endpoint.secret).verify(
			hooks.received[0]?.body ?? "",
			hooks.received[0]?.headers ?? {},
		) as any;
		expect(eventSchemas["certificate.shared"].parse(event)).toEqual(event);
		// The buyer's inbox row, on the certificate's shard.
		const inboxRow = await certificateD1(certificateId)
			.prepare("SELECT id FROM claims WHERE certificate_id = ? AND buyer_company_id = ?")
			.bind(certificateId, buyer.company.id)
			.first<{ id: number }>();
		const claimId = inboxRow?.id;
		expect(event.data).toMatchObject({
			certificate_id: certificateId,
			claim_id: claimId,
			publisher_company_id: publisher.company.id,
			access_level: "claim",
			auto_share: false,
			links: { claim: `/certificate-sharing/partner-certificates/${claimId}/claim` },
		});
		expect(await deliveries(endpoint.id)).toHaveLength(1);
	});

	it("sends the buyer certificate.shared for an auto-share, marked as one", async () => {
		const hooks = receiver();
		const publisher = await signup("Auto Publisher");
		const property = await createProperty(publisher);
		const buyer = await signup("Auto Buyer");
		const endpoint = await register(buyer, hooks.url(), ["certificate.shared"]);
		await call("POST", "/certificate-sharing/partners", {
			as: publisher,
			body: { property_id: property.id, partner_company_id: buyer.company.id, auto_share: true },
		});
		const { certificate_id } = await captureCertificate(publisher, property.id);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 15_000, interval: 50 });
		const event = new Webhook(endpoint.secret).verify(
			hooks.received[0]?.body ?? "",
			hooks.received[0]?.headers ?? {},
		) as any;
		expect(event.data).toMatchObject({ certificate_id, auto_share: true, publisher_company_id: publisher.company.id });
	});

	it("sends the job's company job.completed once the batch job ends", async () => {
		const hooks = receiver();
		const { publisher, property } = await publisherWithCertificate();
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
		const endpoint = await register(publisher, hooks.url(), ["job.completed"]);
		const job = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: [...ids, "EC-not-mine"] },
		});
		expect(job.status).toBe(202);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 20_000, interval: 100 });
		const event = new Webhook(endpoint.secret).verify(
			hooks.received[0]?.body ?? "",
			hooks.received[0]?.headers ?? {},
		) as any;
		expect(eventSchemas["job.completed"].parse(event)).toEqual(event);
		expect(event).toMatchObject({
			id: `evt_job_${job.json.id}`,
			data: { job_id: job.json.id, status: "partially_failed", total: 4, succeeded: 3, failed: 1 },
		});
	});

	it("sends job.completed for a job whose filter matches nothing, which fails as it is made", async () => {
		const hooks = receiver();
		const { publisher } = await publisherWithCertificate();
		const endpoint = await register(publisher, hooks.url(), ["job.completed"]);
		const job = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", filter: { captured_after: "2099-01-01T00:00:00Z" } },
		});
		expect(job.json.status).toBe("failed");
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		const event = new Webhook(endpoint.secret).verify(
			hooks.received[0]?.body ?? "",
			hooks.received[0]?.headers ?? {},
		) as any;
		expect(event.data).toMatchObject({ job_id: job.json.id, status: "failed", total: 0 });
	});
});

describe("delivery", () => {
	// Attempts here are made at times well ahead of the clock, so the queue's own attempts (made at the real time)
	// never find these deliveries due and cannot interleave.
	const ahead = (hours: number) => new Date(Date.now() + 86_400_000 + hours * 3_600_000);

	it("retries a failing endpoint on the back-off schedule, then dead-letters the delivery", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		let at = ahead(0);
		for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
			const outcome = await attemptDelivery(env, db, delivery.id, at);
			const [row] = await deliveries(endpoint.id);
			expect(row).toMatchObject({ attempts: attempt, last_status: 503, last_error: "HTTP 503" });
			if (attempt < MAX_ATTEMPTS) {
				expect(outcome).toBe("retrying");
				const delay = RETRY_DELAYS_SECONDS[attempt - 1] as number;
				expect(row?.next_attempt_at).toBe(new Date(at.getTime() + delay * 1000).toISOString());
				// Not due before its time.
				expect(await attemptDelivery(env, db, delivery.id, new Date(at.getTime() + delay * 1000 - 60_000))).toBe(
					"not_due",
				);
				at = new Date(at.getTime() + delay * 1000);
			} else {
				expect(outcome).toBe("dead");
				expect(row).toMatchObject({ status: "dead", next_attempt_at: null });
			}
		}
		expect(hooks.received).toHaveLength(MAX_ATTEMPTS);
		// Every attempt carries the same webhook-id.
		expect(new Set(hooks.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
	});

	it("counts timeouts, network errors and redirects as failed attempts, never following a redirect", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		const elsewhere = receiver();
		hooks.answerWith(() => new Response(null, { status: 307, headers: { location: elsewhere.url() } }));
		expect(await attemptDelivery(env, db, delivery.id, ahead(0))).toBe("retrying");
		expect((await deliveries(endpoint.id))[0]).toMatchObject({
			last_status: 307,
			last_error: expect.stringContaining("redirect"),
		});
		expect(elsewhere.received).toHaveLength(0);

		hooks.answerWith(() => {
			throw new TypeError("connection refused");
		});
		expect(await attemptDelivery(env, db, delivery.id, ahead(1))).toBe("retrying");
		expect((await deliveries(endpoint.id))[0]).toMatchObject({
			last_status: null,
			last_error: expect.stringContaining("connection refused"),
		});

		hooks.answerWith(() => {
			throw new DOMException("The operation timed out.", "TimeoutError");
		});
		expect(await attemptDelivery(env, db, delivery.id, ahead(2))).toBe("retrying");
		expect((await deliveries(endpoint.id))[0]).toMatchObject({
			last_status: null,
			last_error: "no answer within 10 s",
		});
	});

	it("disables an endpoint that has failed for 5 days, shows why, and stops sending until it is enabled", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("gone", { status: 500 }));
		const { delivery, endpoint, buyer } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		const firstFailure = (await call("GET", `/webhooks/${endpoint.id}`, { as: buyer })).json.failing_since;
		expect(firstFailure).not.toBeNull();
		// Still failing 4 days later: still enabled.
		await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
			.bind(new Date(0).toISOString(), delivery.id)
			.run();
		await attemptDelivery(env, db, delivery.id, new Date(Date.parse(firstFailure) + 4 * 86_400_000));
		expect((await call("GET", `/webhooks/${endpoint.id}`, { as: buyer })).json.enabled).toBe(true);
		await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
			.bind(new Date(0).toISOString(), delivery.id)
			.run();
		await attemptDelivery(env, db, delivery.id, new Date(Date.parse(firstFailure) + 5 * 86_400_000));
		const disabled = await call("GET", `/webhooks/${endpoint.id}`, { as: buyer });
		expect(disabled.json).toMatchObject({ enabled: false, disabled_reason: "failing", failing_since: firstFailure });

		// A manual retry waits for the endpoint to be enabled; then it goes out at once.
		const refused = await call("POST", `/webhooks/${endpoint.id}/deliveries/${delivery.id}/retry`, { as: buyer });
		expect(refused.status).toBe(409);
		hooks.answerWith(() => new Response("ok"));
		const enabled = await call("PATCH", `/webhooks/${endpoint.id}`, { as: buyer, body: { enabled: true } });
		expect(enabled.json).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
		const sent = hooks.received.length;
		const retried = await call("POST", `/webhooks/${endpoint.id}/deliveries/${delivery.id}/retry`, { as: buyer });
		expect(retried.status).toBe(202);
		expect(retried.json).toMatchObject({ status: "pending", attempts: 0 });
		await vi.waitFor(async () => expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: "delivered" }), {
			timeout: 10_000,
		});
		expect(hooks.received).toHaveLength(sent + 1);
	});

	it("marks deliveries to a disabled endpoint dead instead of sending them", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint, buyer } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		await call("PATCH", `/webhooks/${endpoint.id}`, { as: buyer, body: { enabled: false } });
		const sent = hooks.received.length;
		expect(await attemptDelivery(env, db, delivery.id, ahead(0))).toBe("dead");
		expect((await deliveries(endpoint.id))[0]).toMatchObject({
			status: "dead",
			last_error: "the endpoint is disabled",
		});
		expect(hooks.received).toHaveLength(sent);
	});

	it("signs with both secrets for 24 hours after a rotation, then with the new one only", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint, buyer } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		const rotated = await call("POST", `/webhooks/${endpoint.id}/rotate-secret`, { as: buyer });
		expect(rotated.status).toBe(200);
		expect(rotated.roundTrips).toBe(2);
		expect(rotated.json.secret).not.toBe(endpoint.secret);
		expect(rotated.json.previous_secret_expires_at).not.toBeNull();

		const withinGrace = new Date(Date.parse(rotated.json.previous_secret_expires_at) - 3_600_000);
		await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
			.bind(new Date(0).toISOString(), delivery.id)
			.run();
		await attemptDelivery(env, db, delivery.id, withinGrace);
		const during = hooks.received.at(-1);
		expect(during?.headers["webhook-signature"]?.split(" ")).toHaveLength(2);
		// The verifier checks the timestamp against its own clock, so it is given the attempt's time.
		vi.useFakeTimers({ now: withinGrace, toFake: ["Date"] });
		for (const secret of [endpoint.secret, rotated.json.secret]) {
			expect(() => new Webhook(secret).verify(during?.body ?? "", during?.headers ?? {})).not.toThrow();
		}
		vi.useRealTimers();

		const afterGrace = new Date(Date.parse(rotated.json.previous_secret_expires_at) + 60_000);
		await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
			.bind(new Date(0).toISOString(), delivery.id)
			.run();
		await attemptDelivery(env, db, delivery.id, afterGrace);
		const after = hooks.received.at(-1);
		expect(after?.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
		vi.useFakeTimers({ now: afterGrace, toFake: ["Date"] });
		expect(() => new Webhook(rotated.json.secret).verify(after?.body ?? "", after?.headers ?? {})).not.toThrow();
		expect(() => new Webhook(endpoint.secret).verify(after?.body ?? "", after?.headers ?? {})).toThrow();
	});

	it("lets only one of two simultaneous attempts at a delivery send it", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		const sent = hooks.received.length;
		const at = ahead(0);
		const outcomes = await Promise.all([
			attemptDelivery(env, db, delivery.id, at),
			attemptDelivery(env, db, delivery.id, at),
		]);
		expect(outcomes.sort()).toEqual(["not_due", "retrying"]);
		expect(hooks.received).toHaveLength(sent + 1);
	});
});

describe("scheduled", () => {
	it("sends token.expiring once per unclaimed token 7 days before it expires, from the daily cron", async () => {
		const hooks = receiver();
		const { publisher, certificateId } = await publisherWithCertificate();
		const endpoint = await register(publisher, hooks.url(), ["token.expiring"]);
		const buyer = await signup();
		// Tokens cannot be edited (claim_tokens is append-only): each is shared at the moment that makes it expire
		// when this test needs it to, measured from `at`.
		const at = new Date();
		const sharedToExpireIn = (days: number) => at.getTime() + (days - CLAIM_TOKEN_TTL_DAYS) * 86_400_000;
		vi.useFakeTimers({ toFake: ["Date"] });
		let claimedToken: string;
		try {
			vi.setSystemTime(sharedToExpireIn(6.5));
			await share(publisher, certificateId, buyer.company.id); // unclaimed, targeted
			vi.setSystemTime(sharedToExpireIn(6.5) + 1);
			claimedToken = (await share(publisher, certificateId)).claim_token;
			vi.setSystemTime(sharedToExpireIn(8));
			await share(publisher, certificateId); // unclaimed, open, but expiring later
		} finally {
			vi.useRealTimers();
		}
		await call("POST", `/certificate-sharing/certificates/claim/${claimedToken}`, { as: buyer });
		const tokens = (
			await certificateD1(certificateId)
				.prepare("SELECT id, target_company_id FROM claim_tokens WHERE certificate_id = ? ORDER BY created_at")
				.bind(certificateId)
				.all<{ id: string; target_company_id: string | null }>()
		).results;
		const [targeted, , later] = tokens as { id: string }[];

		await worker.scheduled(createScheduledController({ cron: "17 3 * * *", scheduledTime: at.getTime() }), env);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		const event = new Webhook(endpoint.secret).verify(
			hooks.received[0]?.body ?? "",
			hooks.received[0]?.headers ?? {},
		) as any;
		expect(eventSchemas["token.expiring"].parse(event)).toEqual(event);
		expect(event).toMatchObject({
			id: `evt_expiring_${targeted?.id}`,
			data: { claim_token_id: targeted?.id, certificate_id: certificateId, target_company_id: buyer.company.id },
		});
		// Running again (the next day, or twice) makes no second event for the same token.
		expect(await noticeExpiringTokens(env, new Date(at.getTime() + 86_400_000))).toBe(1); // `later` is now due
		expect(await noticeExpiringTokens(env, new Date(at.getTime() + 86_400_000))).toBe(0);
		// The notices and their events are on the tokens' shard; the deliveries appear once the queue relays them.
		const notices = await certificateD1(certificateId)
			.prepare("SELECT count(*) AS n FROM token_expiry_notices WHERE claim_token_id IN (?, ?)")
			.bind(targeted?.id, later?.id)
			.first<{ n: number }>();
		expect(notices?.n).toBe(2);
		await vi.waitFor(
			async () => {
				const events = (await deliveries(endpoint.id)).map((d) => d.event_id).sort();
				expect(events).toEqual([`evt_expiring_${later?.id}`, `evt_expiring_${targeted?.id}`].sort());
			},
			{ timeout: 10_000, interval: 50 },
		);
	});

	it("the sweep queues deliveries that are due but were never picked up", async () => {
		const hooks = receiver();
		hooks.answerWith(() => new Response("down", { status: 503 }));
		const { delivery, endpoint } = await pendingDelivery(hooks.url());
		await firstAttemptMade(endpoint.id);
		// As if the retry's message were lost: due a while ago, nobody holding it.
		await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?")
			.bind(new Date(Date.now() - 10 * 60_000).toISOString(), delivery.id)
			.run();
		hooks.answerWith(() => new Response("ok"));
		await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() }), env);
		await vi.waitFor(
			async () => expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: "delivered", attempts: 2 }),
			{
				timeout: 10_000,
			},
		);
		expect(await redriveMissedDeliveries(env, db, new Date())).toBe(0);
	});
});
