// The relay from a shard's outbox (webhook_events) to the directory's deliveries. Endpoints are in the directory, so an
// event written on a shard becomes deliveries here: one INSERT … SELECT over the recipient's enabled endpoints
// subscribed to its type, with the event's values, then the shard's row is marked relayed. Every step may run twice
// (a redelivered message, the sweep and a message at once, a crash between the two writes): (endpoint, event) is
// unique in deliveries, so a second relay of an event makes no second delivery, and marking is idempotent.
import { and, inArray, isNull, lte, sql } from "drizzle-orm";
import { asBatch, chunkForParams, createDb, type Db } from "../db/client";
import { webhookEvents } from "../db/schema";
import { DIRECTORY_SHARD, shardDatabase } from "../db/shards";
import { deliveriesOf } from "./emit";

/** Events whose values one statement carries, as one JSON parameter: far below D1's 100 KB statement. */
const EVENTS_PER_STATEMENT = 50;
/** Outbox rows the sweep relays per shard and run; more carry on the next run. */
export const MAX_RELAYS_PER_RUN = 1000;

type OutboxRow = typeof webhookEvents.$inferSelect;

function markRelayed(db: Db, ids: readonly string[], at: string) {
	return chunkForParams(ids, 1.05).map((chunk) =>
		db
			.update(webhookEvents)
			.set({ relayedAt: at })
			.where(and(inArray(webhookEvents.eventId, chunk), isNull(webhookEvents.relayedAt))),
	);
}

/** Deliveries of outbox rows read from a shard, made in the directory from the rows' values. */
function deliveriesOfRows(directory: Db, rows: readonly OutboxRow[]) {
	const statements = [];
	for (let i = 0; i < rows.length; i += EVENTS_PER_STATEMENT) {
		const values = JSON.stringify(
			rows.slice(i, i + EVENTS_PER_STATEMENT).map((row) => ({
				event_id: row.eventId,
				event_type: row.eventType,
				recipient: row.recipientCompanyId,
				payload: row.payload,
				created_at: row.createdAt,
			})),
		);
		statements.push(
			deliveriesOf(
				directory,
				sql`select json_extract(j.value, '$.event_id') as event_id, json_extract(j.value, '$.event_type') as event_type,
					json_extract(j.value, '$.recipient') as recipient, json_extract(j.value, '$.payload') as payload,
					json_extract(j.value, '$.created_at') as created_at
				from json_each(${values}) j`,
			),
		);
	}
	return statements;
}

/**
 * Relays these events from the outbox of `shard` into deliveries, those not relayed yet; returns how many were. The
 * directory's own outbox (certificates from before shards) is relayed in one batch; another shard's is read, its
 * deliveries written in the directory, then marked on the shard.
 */
export async function relayEvents(
	env: Cloudflare.Env,
	shard: number,
	eventIds: readonly string[],
	at: Date,
): Promise<number> {
	if (eventIds.length === 0) return 0;
	const iso = at.toISOString();
	const directory = createDb(env.DB);
	if (shard === DIRECTORY_SHARD) {
		const chunks = chunkForParams(eventIds, 1.05);
		const results = await directory.batch(
			asBatch([
				...chunks.map((chunk) =>
					deliveriesOf(
						directory,
						sql`select event_id, event_type, recipient_company_id as recipient, payload, created_at
					from webhook_events where event_id in (${sql.join(
						chunk.map((id) => sql`${id}`),
						sql`, `,
					)}) and relayed_at is null`,
					),
				),
				...markRelayed(directory, eventIds, iso),
			]),
		);
		return results.slice(chunks.length).reduce((sum, r) => sum + ((r as D1Result).meta.changes ?? 0), 0);
	}
	const db = createDb(shardDatabase(env, shard));
	const rows = (
		await Promise.all(
			chunkForParams(eventIds, 1.05).map((chunk) =>
				db
					.select()
					.from(webhookEvents)
					.where(and(inArray(webhookEvents.eventId, chunk), isNull(webhookEvents.relayedAt))),
			),
		)
	).flat();
	return relayRows(directory, db, rows, iso);
}

async function relayRows(directory: Db, db: Db, rows: readonly OutboxRow[], at: string): Promise<number> {
	if (rows.length === 0) return 0;
	// Deliveries first: a crash before the mark leaves the rows to be relayed again, which makes nothing twice.
	await directory.batch(asBatch(deliveriesOfRows(directory, rows)));
	await db.batch(
		asBatch(
			markRelayed(
				db,
				rows.map((row) => row.eventId),
				at,
			),
		),
	);
	return rows.length;
}

/** A row of the outbox this old and not relayed was missed by its message (lost, or its relay failed). */
const MISSED_AFTER_MS = 60_000;

/** The sweep's relay on one shard: its outbox rows older than a minute and not relayed yet. Returns how many. */
export async function relayMissedEvents(env: Cloudflare.Env, shard: number, at: Date): Promise<number> {
	const db = createDb(shardDatabase(env, shard));
	const missed = await db
		.select({ eventId: webhookEvents.eventId })
		.from(webhookEvents)
		.where(
			and(
				isNull(webhookEvents.relayedAt),
				lte(webhookEvents.createdAt, new Date(at.getTime() - MISSED_AFTER_MS).toISOString()),
			),
		)
		.orderBy(webhookEvents.createdAt)
		.limit(MAX_RELAYS_PER_RUN);
	return relayEvents(
		env,
		shard,
		missed.map((row) => row.eventId),
		at,
	);
}
