// Appending to certificates' audit chains in D1. There are no interactive transactions, so appends are optimistic:
// the caller reads each chain's head in its first round trip, the new events go into the same batch as the
// business rows they record, and UNIQUE(certificate_id, seq) makes a racing append fail the whole batch. The
// loser re-reads the heads and tries again, so the chain never forks and nothing is half-written.
import { desc, eq, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { chunkForParams, type Db, isUniqueViolation } from "../db/client";
import { auditEvents } from "../db/schema";
import { type ChainHead, chainEvents, EMPTY_HEAD, type NewAuditEvent } from "./chain";

// Every retry round lets at least one racer land, so N concurrent appends to one chain need up to N attempts;
// a small random back-off spreads them out so they rarely collide that often.
const MAX_ATTEMPTS = 32;
const AUDIT_PARAMS_PER_ROW = 10;

export interface ChainAppend {
	certificateId: string;
	events: NewAuditEvent[];
}

/** The head (last event) of one certificate's chain, for a caller's first batch. */
export function chainHeadQuery(db: Db, certificateId: string | SQL) {
	return db
		.select({
			certificateId: auditEvents.certificateId,
			seq: auditEvents.seq,
			hash: auditEvents.hash,
		})
		.from(auditEvents)
		.where(eq(auditEvents.certificateId, certificateId))
		.orderBy(desc(auditEvents.seq))
		.limit(1);
}

/**
 * Heads of many chains at once (chunked under D1's parameter limit); one statement per chunk. Driven from the list
 * of ids, so each chain costs two probes of the (certificate_id, seq) index: its last event's id, read backwards
 * with LIMIT 1, then that event by primary key. Filtering audit_events by certificate id instead visits every event
 * of every chain, and chains grow with every share, claim and read.
 */
export function chainHeadsQueries(db: Db, certificateIds: readonly string[]) {
	return chunkForParams(certificateIds, 1).map((ids) => {
		const idList = sql.join(
			ids.map((id) => sql`(${id})`),
			sql`, `,
		);
		return db
			.select({
				certificateId: auditEvents.certificateId,
				seq: auditEvents.seq,
				hash: auditEvents.hash,
			})
			.from(auditEvents)
			.where(
				sql`${auditEvents.id} in (select (select head.id from ${auditEvents} head where head.certificate_id = wanted.column1 order by head.seq desc limit 1) from (values ${idList}) wanted)`,
			);
	});
}

export type HeadRow = { certificateId: string; seq: number; hash: string };

export function headsById(rows: readonly HeadRow[]): Map<string, ChainHead> {
	return new Map(rows.map((r) => [r.certificateId, { seq: r.seq, hash: r.hash }]));
}

async function insertStatements(db: Db, appends: readonly ChainAppend[], heads: ReadonlyMap<string, ChainHead>) {
	const rows = [];
	for (const append of appends) {
		rows.push(
			...(await chainEvents(append.certificateId, heads.get(append.certificateId) ?? EMPTY_HEAD, append.events)),
		);
	}
	return chunkForParams(rows, AUDIT_PARAMS_PER_ROW).map((chunk) => db.insert(auditEvents).values(chunk));
}

/**
 * Writes `alongside` (the business rows) and the audit events in one atomic batch. `heads` come from the caller's
 * own read round trip; only when another append won the race are they read again. `after` runs in the same batch
 * once the events are in (e.g. to read the chain back). Returns the results of `alongside` then `after`.
 */
export async function writeWithAudit(
	db: Db,
	appends: readonly ChainAppend[],
	heads: ReadonlyMap<string, ChainHead>,
	alongside: readonly BatchItem<"sqlite">[] = [],
	after: readonly BatchItem<"sqlite">[] = [],
): Promise<unknown[]> {
	let current = heads;
	for (let attempt = 1; ; attempt++) {
		const inserts = await insertStatements(db, appends, current);
		const statements = [...alongside, ...inserts, ...after];
		if (statements.length === 0) return [];
		try {
			const results = await db.batch(statements as unknown as [BatchItem<"sqlite">]);
			return [...results.slice(0, alongside.length), ...results.slice(alongside.length + inserts.length)];
		} catch (error) {
			if (!isUniqueViolation(error) || !String(error).includes("audit_events") || attempt >= MAX_ATTEMPTS) throw error;
			await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * attempt, 50)));
			current = await readHeads(
				db,
				appends.map((a) => a.certificateId),
			);
		}
	}
}

async function readHeads(db: Db, certificateIds: readonly string[]): Promise<Map<string, ChainHead>> {
	const queries = chainHeadsQueries(db, [...new Set(certificateIds)]);
	const results = (await db.batch(queries as unknown as [BatchItem<"sqlite">])) as unknown as HeadRow[][];
	return headsById(results.flat());
}

/** Every event of one chain in order, for verification and evidence. */
export function chainEventsQuery(db: Db, certificateId: string | SQL) {
	return db.select().from(auditEvents).where(eq(auditEvents.certificateId, certificateId)).orderBy(auditEvents.seq);
}

export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * Appends one event to a chain whose events the caller has just read (the last one is the head), optionally
 * running `after` in the same batch. For reads that must leave a trace: evidence access, verification.
 */
export function appendAfterRead(
	db: Db,
	certificateId: string,
	eventsRead: readonly AuditRow[],
	event: NewAuditEvent,
	after: readonly BatchItem<"sqlite">[] = [],
): Promise<unknown[]> {
	const last = eventsRead.at(-1);
	const head: ChainHead = last ? { seq: last.seq, hash: last.hash } : EMPTY_HEAD;
	return writeWithAudit(db, [{ certificateId, events: [event] }], new Map([[certificateId, head]]), [], after);
}
