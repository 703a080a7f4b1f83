// Reading certificates' chains from D1, and a new certificate's first events, which go in with the certificate itself
// (nobody else can know its id yet). Every later event is appended by the certificate's ledger (src/ledger), its
// single writer, which reads heads here and links events with ./chain.ts; nothing in this folder calls a ledger.
import { desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { chunkForParams, chunkRows, type Db } from "../db/client";
import { accessEvents, auditEvents, claimTokens } from "../db/schema";
import { type ChainLog, chainEvents, EMPTY_HEAD, type NewAuditEvent } from "./chain";

const HEAD_TABLES = { audit: auditEvents, access: accessEvents } as const;

/** A head row of one chain, named by its log (a literal, so it costs no bound parameter). */
function selectHead(db: Db, log: ChainLog) {
	const table = HEAD_TABLES[log];
	return db
		.select({
			log: sql<ChainLog>`${sql.raw(`'${log}'`)}`,
			certificateId: table.certificateId,
			seq: table.seq,
			hash: table.hash,
		})
		.from(table);
}

function headQuery(db: Db, log: ChainLog, certificateId: string | SQL) {
	const table = HEAD_TABLES[log];
	return selectHead(db, log).where(eq(table.certificateId, certificateId)).orderBy(desc(table.seq)).limit(1);
}

/** The heads (last events) of both chains of one certificate, audit and access, for a caller's first batch. */
export function chainHeadQueries(db: Db, certificateId: string | SQL) {
	return [headQuery(db, "audit", certificateId), headQuery(db, "access", certificateId)] as const;
}

/**
 * Heads of both chains of many certificates at once (chunked under D1's parameter limit); two statements per chunk.
 * Driven from the list of ids, so each chain costs two probes of the (certificate_id, seq) index: its last event's
 * id, read backwards with LIMIT 1, then that event by primary key. Filtering by certificate id instead visits every
 * event of every chain.
 */
export function chainHeadsQueries(db: Db, certificateIds: readonly string[]) {
	return chunkForParams(certificateIds, 1).flatMap((ids) => {
		const idList = sql.join(
			ids.map((id) => sql`(${id})`),
			sql`, `,
		);
		return headsOf(db, sql`select column1 as id from (values ${idList})`);
	});
}

/** Heads of both chains of the certificates these claim tokens (by hash) are for, the same way, chunked. */
export function chainHeadsOfTokensQueries(db: Db, tokenHashes: readonly string[]) {
	return chunkForParams(tokenHashes, 1).flatMap((hashes) =>
		headsOf(
			db,
			sql`select ${claimTokens.certificateId} as id from ${claimTokens} where ${inArray(claimTokens.tokenHash, hashes)}`,
		),
	);
}

/** Both heads of each certificate whose id (a column named id) the subquery `wanted` selects. */
function headsOf(db: Db, wanted: SQL) {
	return (["audit", "access"] as const).map((log) => {
		const table = HEAD_TABLES[log];
		return selectHead(db, log).where(
			sql`${table.id} in (select (select head.id from ${table} head where head.certificate_id = wanted_ids.id order by head.seq desc limit 1) from (${wanted}) wanted_ids)`,
		);
	});
}

export type HeadRow = { log: ChainLog; certificateId: string; seq: number; hash: string };

/** A new certificate's first events, to write in the same batch as the certificate row. */
export async function firstEventsInserts(db: Db, certificateId: string, events: readonly NewAuditEvent[]) {
	const rows = await chainEvents(certificateId, EMPTY_HEAD, events);
	return chunkRows(auditEvents, rows).map((chunk) => db.insert(auditEvents).values(chunk));
}

/** Every event of one chain in order, for verification and evidence. */
export function chainEventsQuery(db: Db, certificateId: string | SQL) {
	return db.select().from(auditEvents).where(eq(auditEvents.certificateId, certificateId)).orderBy(auditEvents.seq);
}

export type AuditRow = typeof auditEvents.$inferSelect;

/** The access log's last event, for a caller's first batch. */
export function accessHeadQuery(db: Db, certificateId: string | SQL) {
	return db
		.select({ seq: accessEvents.seq, hash: accessEvents.hash })
		.from(accessEvents)
		.where(eq(accessEvents.certificateId, certificateId))
		.orderBy(desc(accessEvents.seq))
		.limit(1);
}

/** Every event of one access log in order, for verification and its download. */
export function accessEventsQuery(db: Db, certificateId: string | SQL) {
	return db.select().from(accessEvents).where(eq(accessEvents.certificateId, certificateId)).orderBy(accessEvents.seq);
}

export type AccessRow = typeof accessEvents.$inferSelect;
