// Reading certificates' audit chains from D1, and the two ways events get there: a new certificate's first events
// go in with the certificate itself (nobody else can know its id yet), every later event through the certificate's
// ledger (src/ledger), its single writer, so appends never race.
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import { chunkForParams, type Db } from "../db/client";
import { auditEvents } from "../db/schema";
import { toStatement } from "../ledger/entries";
import { appendToLedger, expectWritten, type LedgerUsage, ledgerName } from "../ledger/ledger";
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

/**
 * Appends one event to a chain whose events the caller has just read, and returns the chain with it: the ledger's
 * batch reads back every event after the ones read (usually just this one), so nothing is read twice.
 */
export async function appendAfterRead(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	db: Db,
	certificate: { id: string; companyId: string },
	eventsRead: readonly AuditRow[],
	event: NewAuditEvent,
): Promise<AuditRow[]> {
	const certificateId = certificate.id;
	const last = eventsRead.at(-1);
	const outcome = await appendToLedger(
		env,
		usage,
		ledgerName(certificate.companyId, certificateId),
		{
			writes: [],
			events: [{ ...event, certificateId }],
			readBack: [
				toStatement(
					db
						.select()
						.from(auditEvents)
						.where(and(eq(auditEvents.certificateId, certificateId), gt(auditEvents.seq, last?.seq ?? 0)))
						.orderBy(auditEvents.seq),
				),
			],
		},
		{ [certificateId]: last ? { seq: last.seq, hash: last.hash } : EMPTY_HEAD },
	);
	const [appended = []] = expectWritten(outcome).readBack;
	return [...eventsRead, ...appended.map(auditRowFromD1)];
}

/** A row as D1 returns it to a raw statement (column names), as drizzle would map it. */
function auditRowFromD1(raw: Record<string, unknown>): AuditRow {
	return {
		id: raw.id as number,
		certificateId: raw.certificate_id as string,
		seq: raw.seq as number,
		eventType: raw.event_type as string,
		actorCompanyId: raw.actor_company_id as string | null,
		actorUserId: raw.actor_user_id as string | null,
		ip: raw.ip as string | null,
		details: raw.details as string,
		createdAt: raw.created_at as string,
		prevHash: raw.prev_hash as string,
		hash: raw.hash as string,
	};
}
