// Events about a shard's rows go through the shard's outbox (webhook_events) and are relayed into the directory's
// deliveries: by the queue message the write sends, or by the sweep when that message is lost. Whatever happens in
// between (a crash after the deliveries were made, a redelivered message, two relays at once), each endpoint gets an
// event once.
import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDb } from "../../src/db/client";
import { allShards, certificateShard, DIRECTORY_SHARD, shardDatabase } from "../../src/db/shards";
import worker from "../../src/index";
import { SWEEP_CRON } from "../../src/lib/crons";
import { handleWebhookMessage } from "../../src/webhooks/consumer";
import { enqueueEvents, eventMessages } from "../../src/webhooks/emit";
import { relayEvents } from "../../src/webhooks/relay";
import { call, captureCertificate, createProperty, signup } from "../helpers";
import { certificateD1 } from "../shard-databases";
import { claimedEventBody, startReceiver } from "./receiver";

const directory = createDb(env.DB);
const receivers: ReturnType<typeof startReceiver>[] = [];
function receiver() {
	const r = startReceiver(`outbox-${crypto.randomUUID().slice(0, 12)}.example.com`);
	receivers.push(r);
	return r;
}
afterEach(() => {
	for (const r of receivers.splice(0)) r.stop();
});

const SHARDS = allShards(env).filter((shard) => shard !== DIRECTORY_SHARD);

async function endpointFor(events: string[]) {
	const hooks = receiver();
	const company = await signup("Outbox Co");
	const res = await call("POST", "/webhooks", { as: company, body: { url: hooks.url(), events } });
	expect(res.status, res.text).toBe(201);
	return { hooks, company, endpoint: res.json as { id: string; secret: string } };
}

/** An event in a shard's outbox, as a claim's batch writes it, made `ageMs` ago. */
async function outboxEvent(shard: number, recipient: string, ageMs = 0) {
	const id = `evt_claim_${crypto.randomUUID().replaceAll("-", "")}`;
	const createdAt = new Date(Date.now() - ageMs).toISOString();
	const payload = claimedEventBody(id, createdAt, `outbox-shard-${shard}`, shard);
	await shardDatabase(env, shard)
		.prepare(
			"INSERT INTO webhook_events (event_id, event_type, recipient_company_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
		)
		.bind(id, "certificate.claimed", recipient, payload, createdAt)
		.run();
	return { id, payload };
}

async function deliveriesOf(eventId: string) {
	return (
		await env.DB.prepare("SELECT * FROM webhook_deliveries WHERE event_id = ?").bind(eventId).all<Record<string, any>>()
	).results;
}

async function relayedAt(shard: number, eventId: string) {
	return (
		await shardDatabase(env, shard)
			.prepare("SELECT relayed_at FROM webhook_events WHERE event_id = ?")
			.bind(eventId)
			.first<{ relayed_at: string | null }>()
	)?.relayed_at;
}

/** Lets the queue's messages and attempts still under way finish, so that "once" means once. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe("the webhook outbox", () => {
	it("runs with two shards", () => {
		expect(SHARDS).toHaveLength(2);
	});

	it("relays events from each shard to the recipient's endpoint, each once, from the queue", async () => {
		const { hooks, company, endpoint } = await endpointFor(["certificate.claimed"]);
		const events = await Promise.all(SHARDS.map((shard) => outboxEvent(shard, company.company.id)));
		await Promise.all(SHARDS.map((shard, i) => enqueueEvents(env, [events[i]?.id as string], shard)));
		await vi.waitFor(() => expect(hooks.received).toHaveLength(SHARDS.length), { timeout: 10_000, interval: 50 });
		await settle();
		expect(hooks.received.map((r) => r.headers["webhook-id"]).sort()).toEqual(events.map((e) => e.id).sort());
		for (const [i, shard] of SHARDS.entries()) {
			const event = events[i] as { id: string; payload: string };
			const delivered = hooks.received.find((r) => r.headers["webhook-id"] === event.id);
			// The body sent is the outbox's payload, exactly, signed with the endpoint's secret.
			expect(delivered?.body).toBe(event.payload);
			expect(() => new Webhook(endpoint.secret).verify(delivered?.body ?? "", delivered?.headers ?? {})).not.toThrow();
			expect(await deliveriesOf(event.id)).toHaveLength(1);
			expect(await relayedAt(shard, event.id)).not.toBeNull();
		}
	});

	it("relays an event announced without its shard (a caller that did not say) from whichever shard has it", async () => {
		const { hooks, company } = await endpointFor(["certificate.claimed"]);
		const shard = SHARDS.at(-1) as number;
		const event = await outboxEvent(shard, company.company.id);
		// A job's end is a directory event; the others are announced in one message naming every shard.
		expect(eventMessages([{ ids: [event.id, "evt_job_j1"] }])).toEqual([
			{ type: "events", event_ids: ["evt_job_j1"], shard: DIRECTORY_SHARD },
			{ type: "events", event_ids: [event.id], shard: "every" },
		]);
		await enqueueEvents(env, [event.id]);
		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		await settle();
		expect(hooks.received).toHaveLength(1);
		expect(await deliveriesOf(event.id)).toHaveLength(1);
	});

	it("relays, from the sweep, events whose queue message was lost, on every shard", async () => {
		const { hooks, company } = await endpointFor(["certificate.claimed"]);
		// Written two minutes ago, never announced.
		const events = await Promise.all(SHARDS.map((shard) => outboxEvent(shard, company.company.id, 120_000)));
		// A minute is left to the event's own message: a newer one is not the sweep's yet.
		const recent = await outboxEvent(SHARDS[0] as number, company.company.id, 0);
		await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() }), env);
		for (const [i, shard] of SHARDS.entries()) {
			expect(await relayedAt(shard, events[i]?.id as string)).not.toBeNull();
		}
		expect(await relayedAt(SHARDS[0] as number, recent.id)).toBeNull();
		await vi.waitFor(() => expect(hooks.received).toHaveLength(SHARDS.length), { timeout: 10_000, interval: 50 });
		await settle();
		expect(hooks.received.map((r) => r.headers["webhook-id"]).sort()).toEqual(events.map((e) => e.id).sort());
		// Running again finds nothing left to relay or send.
		await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() }), env);
		await settle();
		expect(hooks.received).toHaveLength(SHARDS.length);
	});

	it("makes no second delivery for a redelivered message, two relays at once, or a crash before the mark", async () => {
		const { hooks, company } = await endpointFor(["certificate.claimed"]);
		// A second endpoint of the same company: one delivery each.
		const other = receiver();
		const res = await call("POST", "/webhooks", {
			as: company,
			body: { url: other.url(), events: ["certificate.claimed"] },
		});
		expect(res.status).toBe(201);
		const shard = SHARDS[0] as number;
		const event = await outboxEvent(shard, company.company.id);
		const message = { type: "events" as const, event_ids: [event.id], shard };

		// Two relays at once, then the same message again (a redelivery).
		await Promise.all([handleWebhookMessage(env, directory, message), handleWebhookMessage(env, directory, message)]);
		await handleWebhookMessage(env, directory, message);
		expect(await deliveriesOf(event.id)).toHaveLength(2); // one per endpoint

		// As if the relay died after writing the deliveries and before marking the shard's row: relayed again, by
		// the message and by the sweep, it makes nothing new.
		await shardDatabase(env, shard)
			.prepare("UPDATE webhook_events SET relayed_at = NULL, created_at = ? WHERE event_id = ?")
			.bind(new Date(Date.now() - 120_000).toISOString(), event.id)
			.run();
		expect(await relayEvents(env, shard, [event.id], new Date())).toBe(1);
		await shardDatabase(env, shard)
			.prepare("UPDATE webhook_events SET relayed_at = NULL WHERE event_id = ?")
			.bind(event.id)
			.run();
		await worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: Date.now() }), env);
		expect(await relayedAt(shard, event.id)).not.toBeNull();
		await handleWebhookMessage(env, directory, message);
		await settle();
		expect(await deliveriesOf(event.id)).toHaveLength(2);
		expect(hooks.received).toHaveLength(1);
		expect(other.received).toHaveLength(1);
	});

	it("sends the publisher each claim of certificates on both shards once", async () => {
		const publisher = await signup("Sharded Publisher");
		const property = await createProperty(publisher);
		const hooks = receiver();
		const registered = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: hooks.url(), events: ["certificate.claimed"] },
		});
		expect(registered.status).toBe(201);
		// Certificates go to a shard at random: capture until each shard has one.
		const byShard = new Map<number, string>();
		for (let i = 0; i < 40 && byShard.size < SHARDS.length; i++) {
			const { certificate_id } = await captureCertificate(publisher, property.id);
			byShard.set(certificateShard(certificate_id), certificate_id);
		}
		expect([...byShard.keys()].sort()).toEqual(SHARDS);
		const buyer = await signup("Sharded Buyer");
		for (const certificateId of byShard.values()) {
			const shared = await call("POST", `/certificate-sharing/certificates/${certificateId}/share`, {
				as: publisher,
				body: {},
			});
			expect(shared.status, shared.text).toBe(201);
			const claimed = await call("POST", `/certificate-sharing/certificates/claim/${shared.json.claim_token}`, {
				as: buyer,
			});
			expect(claimed.status, claimed.text).toBe(200);
		}
		await vi.waitFor(() => expect(hooks.received).toHaveLength(SHARDS.length), { timeout: 10_000, interval: 50 });
		await settle();
		const certificates = hooks.received.map((r) => JSON.parse(r.body).data.certificate_id).sort();
		expect(certificates).toEqual([...byShard.values()].sort());
		// Each event is in its certificate's shard's outbox, relayed.
		for (const [shard, certificateId] of byShard) {
			const rows = await certificateD1(certificateId)
				.prepare("SELECT relayed_at FROM webhook_events WHERE payload LIKE ?")
				.bind(`%${certificateId}%`)
				.all<{ relayed_at: string | null }>();
			expect(rows.results, `shard ${shard}`).toHaveLength(1);
			expect(rows.results[0]?.relayed_at).not.toBeNull();
		}
	});
});
