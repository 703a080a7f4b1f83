// The scheduled side of webhooks. Every 5 minutes: events left in a shard's outbox for over a minute (their queue
// message was lost, its relay failed, or the write they report landed later than its request, from a ledger's
// outbox) are relayed into deliveries, on every shard; then deliveries that are due but were never picked up are
// queued again. Daily: token.expiring for unclaimed tokens that expire within 7 days, once per token, on every shard.
import { and, eq, gt, isNull, lte, notExists, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type Batch, chunkForParams, createDb, type Db } from "../db/client";
import { claims, claimTokens, tokenExpiryNotices, webhookDeliveries } from "../db/schema";
import { allShards, shardDatabase } from "../db/shards";
import { addDays } from "../lib/clock";
import { sendDeliveryMessages } from "./consumer";
import { enqueueEvents, expiringEventDeliveries } from "./emit";
import { eventIds } from "./event-ids";
import { linkBase } from "./payloads";
import { relayMissedEvents } from "./relay";

/**
 * The 5-minute sweep: relays missed outbox rows on every shard (a shard failing keeps the others going), then
 * queues the missed deliveries, those just relayed included (they were due when their event was made). Returns the
 * deliveries queued.
 */
export async function sweepWebhooks(env: Cloudflare.Env, db: Db, at: Date): Promise<number> {
	const relayed = await Promise.allSettled(allShards(env).map((shard) => relayMissedEvents(env, shard, at)));
	const queued = await redriveMissedDeliveries(env, db, at);
	const failure = relayed.find((r) => r.status === "rejected");
	if (failure) throw failure.reason;
	return queued;
}

/** A delivery due this long ago without an attempt was missed by its message. */
const MISSED_AFTER_MS = 60_000;
const MAX_REDRIVES_PER_RUN = 1000;

export async function redriveMissedDeliveries(env: Cloudflare.Env, db: Db, at: Date): Promise<number> {
	const iso = at.toISOString();
	const missed = await db
		.select({ id: webhookDeliveries.id })
		.from(webhookDeliveries)
		.where(
			and(
				eq(webhookDeliveries.status, "pending"),
				lte(webhookDeliveries.nextAttemptAt, new Date(at.getTime() - MISSED_AFTER_MS).toISOString()),
				or(isNull(webhookDeliveries.leaseUntil), lte(webhookDeliveries.leaseUntil, iso)),
			),
		)
		.orderBy(webhookDeliveries.nextAttemptAt)
		.limit(MAX_REDRIVES_PER_RUN);
	await sendDeliveryMessages(
		env,
		missed.map((m) => m.id),
	);
	return missed.length;
}

export const EXPIRY_NOTICE_DAYS = 7;
const MAX_NOTICES_PER_RUN = 5000;
const TOKENS_PER_STATEMENT = 90;

/**
 * token.expiring for every token, on every shard, that expires within the next 7 days, is unclaimed, and has had no
 * notice (see noticeExpiringTokensOn). Returns how many were noticed; a shard failing keeps the others going.
 */
export async function noticeExpiringTokens(env: Cloudflare.Env, at: Date): Promise<number> {
	const noticed = await Promise.allSettled(allShards(env).map((shard) => noticeExpiringTokensOn(env, shard, at)));
	const failure = noticed.find((n) => n.status === "rejected");
	if (failure) throw failure.reason;
	return noticed.reduce((sum, n) => sum + (n.status === "fulfilled" ? n.value : 0), 0);
}

/**
 * token.expiring for the tokens of one shard: the notice rows and the outbox rows are written together on the
 * tokens' shard, so a token is noticed once however often this runs. A day with more than 5,000 such tokens on a
 * shard carries on the next run (and the expiry is then nearer than 7 days).
 */
export async function noticeExpiringTokensOn(env: Cloudflare.Env, shard: number, at: Date): Promise<number> {
	const db = createDb(shardDatabase(env, shard));
	const iso = at.toISOString();
	const due = await db
		.select({ id: claimTokens.id })
		.from(claimTokens)
		.where(
			and(
				gt(claimTokens.expiresAt, iso),
				lte(claimTokens.expiresAt, addDays(at, EXPIRY_NOTICE_DAYS).toISOString()),
				notExists(
					db
						.select({ one: sql`1` })
						.from(claims)
						.where(and(eq(claims.claimTokenId, claimTokens.id), sql`${claims.status} <> 'pending'`)),
				),
				notExists(
					db
						.select({ one: sql`1` })
						.from(tokenExpiryNotices)
						.where(eq(tokenExpiryNotices.claimTokenId, claimTokens.id)),
				),
			),
		)
		.limit(MAX_NOTICES_PER_RUN);
	const ids = due.map((d) => d.id);
	const base = linkBase(env);
	for (const chunk of chunkForParams(ids, 100 / TOKENS_PER_STATEMENT)) {
		const statements: BatchItem<"sqlite">[] = [
			...chunkForParams(chunk, 2).map((rows) =>
				db
					.insert(tokenExpiryNotices)
					.values(rows.map((claimTokenId) => ({ claimTokenId, createdAt: iso })))
					.onConflictDoNothing(),
			),
			expiringEventDeliveries(db, base, chunk, iso),
		];
		await db.batch(statements as Batch);
		await enqueueEvents(env, chunk.map(eventIds.expiring), shard);
	}
	return ids.length;
}
