// Reading certificates' audit chains from D1, and the two ways events get there: a new certificate's first events
// go in with the certificate itself (nobody else can know its id yet), every later event through the certificate's
// ledger (src/ledger), its single writer, so appends never race.
import { desc, eq, type SQL, sql } from "drizzle-orm";
import { chunkForParams, type Db } from "../db/client";
import { accessEvents, auditEvents } from "../db/schema";
import { headKey, type LedgerChainedEvent } from "../ledger/entries";
import { appendToLedger, expectWritten, ledgerName } from "../ledger/ledger";
import type { AppContext } from "../lib/http";
import { type ChainHead, chainEvents, EMPTY_HEAD, type NewAuditEvent } from "./chain";

const AUDIT_PARAMS_PER_ROW = 10;

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

/** A new certificate's first events, to write in the same batch as the certificate row. */
export async function firstEventsInserts(db: Db, certificateId: string, events: readonly NewAuditEvent[]) {
	const rows = await chainEvents(certificateId, EMPTY_HEAD, events);
	return chunkForParams(rows, AUDIT_PARAMS_PER_ROW).map((chunk) => db.insert(auditEvents).values(chunk));
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

/**
 * Records a read of the evidence or a verification on the certificate's access log, through its ledger; `head` is
 * the log's last event as the caller read it. Returns the event as recorded: the log's new head.
 */
export async function recordAccess(
	c: AppContext,
	certificate: { id: string; companyId: string },
	head: ChainHead | undefined,
	event: NewAuditEvent,
): Promise<LedgerChainedEvent> {
	const outcome = await appendToLedger(
		c.env,
		c.var.ledgerUsage,
		ledgerName(certificate.companyId, certificate.id),
		{ writes: [], events: [{ ...event, certificateId: certificate.id, log: "access", requestId: c.var.requestId }] },
		{ [headKey("access", certificate.id)]: head ?? EMPTY_HEAD },
	);
	const [recorded] = expectWritten(outcome).events;
	if (!recorded) throw new Error("the ledger recorded no access event");
	return recorded;
}
