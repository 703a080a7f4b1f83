// The WEBHOOKS queue's consumer: relays new events from their shard's outbox into deliveries (./relay.ts), sends the
// deliveries of new events and retries. A message that fails after relaying is retried, and the relay then finds
// those events relayed already. Messages are acked one by one; one
// that throws (D1 unreachable, say) is retried on its own and, after its retries, parked on the dead-letter queue,
// whose consumer only logs it: the delivery row is still pending and the sweep sends it once things work again.
import { and, eq, inArray } from "drizzle-orm";
import { chunkForParams, createDb, type Db } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { webhookDeliveries } from "../db/schema";
import { allShards, DIRECTORY_SHARD } from "../db/shards";
import { now } from "../lib/clock";
import { attemptDelivery } from "./deliver";
import { isOutboxEvent } from "./event-ids";
import type { WebhookMessage } from "./messages";
import { relayEvents } from "./relay";

export const WEBHOOKS_QUEUE = "econsent-webhooks";
export const WEBHOOKS_DEAD_LETTER_QUEUE = "econsent-webhooks-dlq";

/** Attempts made by one message at a time: a Worker keeps at most 6 connections open. */
const PARALLEL_ATTEMPTS = 6;
/** Deliveries one events message attempts itself; any more are handed to their own messages. */
const ATTEMPTS_PER_MESSAGE = 24;

async function pendingDeliveriesOf(db: Db, eventIds: readonly string[]): Promise<string[]> {
	const { pending } = await batchNamed(db, {
		pending: chunkForParams(eventIds, 1.05).map((chunk) =>
			db
				.select({ id: webhookDeliveries.id })
				.from(webhookDeliveries)
				.where(and(inArray(webhookDeliveries.eventId, chunk), eq(webhookDeliveries.status, "pending"))),
		),
	});
	return pending.map((row) => row.id);
}

export async function sendDeliveryMessages(env: Cloudflare.Env, deliveryIds: readonly string[]): Promise<void> {
	for (let i = 0; i < deliveryIds.length; i += 100) {
		await env.WEBHOOKS.sendBatch(
			deliveryIds.slice(i, i + 100).map((id) => ({
				body: { type: "delivery", delivery_id: id } satisfies WebhookMessage,
				contentType: "json" as const,
			})),
		);
	}
}

async function attemptAll(env: Cloudflare.Env, db: Db, ids: readonly string[]) {
	const queue = [...ids];
	await Promise.all(
		Array.from({ length: Math.min(PARALLEL_ATTEMPTS, queue.length) }, async () => {
			for (let id = queue.shift(); id !== undefined; id = queue.shift()) await attemptDelivery(env, db, id, now());
		}),
	);
}

export async function handleWebhookMessage(env: Cloudflare.Env, db: Db, body: WebhookMessage): Promise<void> {
	if (body.type === "delivery") {
		await attemptDelivery(env, db, body.delivery_id, now());
		return;
	}
	// A job's end has its deliveries already; the others are relayed from their shard's outbox first (from every
	// shard's when the sender did not know which).
	const relayed = body.event_ids.filter(isOutboxEvent);
	const shards = body.shard === "every" ? allShards(env) : [body.shard ?? DIRECTORY_SHARD];
	await Promise.all(shards.map((shard) => relayEvents(env, shard, relayed, now())));
	const ids = await pendingDeliveriesOf(db, body.event_ids);
	await sendDeliveryMessages(env, ids.slice(ATTEMPTS_PER_MESSAGE));
	await attemptAll(env, db, ids.slice(0, ATTEMPTS_PER_MESSAGE));
}

export async function handleWebhooks(batch: MessageBatch<WebhookMessage>, env: Cloudflare.Env): Promise<void> {
	if (batch.queue === WEBHOOKS_DEAD_LETTER_QUEUE) {
		for (const message of batch.messages) {
			console.error(`webhook message ${message.id} gave up after its retries; the sweep will resend`, message.body);
			message.ack();
		}
		return;
	}
	const db = createDb(env.DB);
	await Promise.all(
		batch.messages.map(async (message) => {
			try {
				await handleWebhookMessage(env, db, message.body);
				message.ack();
			} catch (error) {
				console.error(`webhook message ${message.id} failed (attempt ${message.attempts})`, error);
				message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) });
			}
		}),
	);
}
