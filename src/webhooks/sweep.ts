// The scheduled side of webhooks. Every 5 minutes: deliveries that are due but were never picked up (their queue
// message was lost, or the write they report landed later than its request, from a ledger's outbox) are queued
// again. Daily: token.expiring for unclaimed tokens that expire within 7 days, once per token.
import { and, eq, gt, isNull, lte, notExists, or, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { chunkForParams, type Db } from "../db/client";
import { claims, claimTokens, tokenExpiryNotices, webhookDeliveries } from "../db/schema";
import { addDays } from "../lib/clock";
import { sendDeliveryMessages } from "./consumer";
import { enqueueEvents, expiringEventDeliveries } from "./emit";
import { eventIds } from "./event-ids";
import { linkBase } from "./payloads";

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
 * token.expiring for every token that expires within the next 7 days, is unclaimed, and has had no notice: the
 * notice rows and the deliveries are written together, so a token is noticed once however often this runs. A day
 * with more than 5,000 such tokens carries on the next run (and the expiry is then nearer than 7 days).
 */
export async function noticeExpiringTokens(env: Cloudflare.Env, db: Db, at: Date): Promise<number> {
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
		await db.batch(statements as [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]]);
		await enqueueEvents(env, chunk.map(eventIds.expiring));
	}
	return ids.length;
}
