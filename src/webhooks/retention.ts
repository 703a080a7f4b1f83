// How long webhook rows are kept. Deliveries are in the directory, which every request reads and which stops at
// 10 GB: kept for good, the deliveries of one certificate's life (about 3 KB, `npm run bench:storage`) would fill it
// within a month at 10^5 certificates a day. So a finished delivery (delivered, or dead after its last retry, 27.5 h
// on) is deleted WEBHOOK_RETENTION_DAYS after its event was made, and so leaves the events list too; a shard's
// outbox row is only the relay's source, and is deleted a day after its deliveries were made. The 5-minute sweep
// deletes them in bounded steps, so a backlog after an outage shrinks over a few runs instead of one long query.
import { and, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { webhookDeliveries, webhookEvents } from "../db/schema";
import { allShards, shardDatabase } from "../db/shards";
import { addDays } from "../lib/clock";

export const DEFAULT_RETENTION_DAYS = 7;
/** A relayed outbox row is kept this long, for whoever is investigating a relay. */
const RELAYED_OUTBOX_DAYS = 1;
/** Rows one statement deletes, and statements per database and run: at most 10,000 rows per database each run. */
const ROWS_PER_STATEMENT = 1000;
const STATEMENTS_PER_RUN = 10;

/** WEBHOOK_RETENTION_DAYS, a whole number of days of at least 2 (a delivery may be retried for 27.5 hours). */
export function retentionDays(env: Cloudflare.Env): number {
	const days = Number(env.WEBHOOK_RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS);
	return Number.isInteger(days) && days >= 2 ? days : DEFAULT_RETENTION_DAYS;
}

/** Runs `deleteSome` until it deletes less than a full statement's rows or the run's budget is spent. */
async function deleteInSteps(deleteSome: () => Promise<D1Result | { meta: { changes?: number } }>): Promise<number> {
	let deleted = 0;
	for (let step = 0; step < STATEMENTS_PER_RUN; step++) {
		const changes = (await deleteSome()).meta.changes ?? 0;
		deleted += changes;
		if (changes < ROWS_PER_STATEMENT) break;
	}
	return deleted;
}

/** Deletes finished deliveries made before the retention window; returns how many. */
export function deleteExpiredDeliveries(db: Db, env: Cloudflare.Env, at: Date): Promise<number> {
	const before = addDays(at, -retentionDays(env)).toISOString();
	const oldest = db
		.select({ rowid: sql`rowid` })
		.from(webhookDeliveries)
		.where(and(lte(webhookDeliveries.createdAt, before), ne(webhookDeliveries.status, "pending")))
		.orderBy(webhookDeliveries.createdAt)
		.limit(ROWS_PER_STATEMENT);
	return deleteInSteps(() => db.delete(webhookDeliveries).where(inArray(sql`rowid`, oldest)).run());
}

/** Deletes the outbox rows relayed more than a day ago, on every shard; returns how many. */
export async function deleteRelayedOutboxRows(env: Cloudflare.Env, at: Date): Promise<number> {
	const before = addDays(at, -RELAYED_OUTBOX_DAYS).toISOString();
	const perShard = await Promise.all(
		allShards(env).map((shard) => {
			const db = createDb(shardDatabase(env, shard));
			const oldest = db
				.select({ rowid: sql`rowid` })
				.from(webhookEvents)
				.where(and(isNotNull(webhookEvents.relayedAt), lte(webhookEvents.relayedAt, before)))
				.orderBy(webhookEvents.relayedAt)
				.limit(ROWS_PER_STATEMENT);
			return deleteInSteps(() => db.delete(webhookEvents).where(inArray(sql`rowid`, oldest)).run());
		}),
	);
	return perShard.reduce((sum, n) => sum + n, 0);
}

/** The sweep's part: both deletions; returns the rows deleted. */
export async function deleteExpiredWebhookRows(env: Cloudflare.Env, db: Db, at: Date): Promise<number> {
	const [deliveries, outbox] = await Promise.all([
		deleteExpiredDeliveries(db, env, at),
		deleteRelayedOutboxRows(env, at),
	]);
	return deliveries + outbox;
}
