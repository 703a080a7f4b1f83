// The archive run: moves certificates nobody writes to any more from D1 to one immutable object each in R2.
//
// A certificate is eligible when every token of it is decided (claimed, flagged or rejected) or expired, no auto-share
// is owed, and neither of its chains has had an event for ARCHIVE_AFTER_DAYS days, each event being in the
// transparency log already (the object carries its log index). The daily Cron Trigger sends one queue message per
// shard; a message is one page of that shard's certificates in id order, and handling it sends the next page's, so a
// run goes on where it stopped and a redelivered message redoes a page that changes nothing twice.
//
// One certificate, crash-safe at every step:
//   1. one batch at the primary reads everything about it (and its locator, if a run got there first);
//   2. the object goes to R2 under its SHA-256 (R2 checks the bytes against it), unless that key is there already:
//      the same content makes the same key, so a repeat finds the object it put before instead of overwriting it
//      (the deployed bucket is locked: nothing there can be overwritten);
//   3. ONE D1 batch inserts the locator and deletes what moved: the events below each chain's cut (the head stays, so
//      the ledgers append on unchanged) and the recording's chunk rows. The deletes take the cut from the locator row
//      that is there, so when two runs race, the one whose locator landed decides, and nothing that is not in its
//      object can go; the triggers (migration 0021) refuse any other delete of an event.
// A crash before step 3 leaves the certificate wholly in D1 (at worst an object nobody points at); after it, wholly
// archived. Never neither.
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { createDb, type Db } from "../db/client";
import { batchNamed } from "../db/named-reads";
import {
	accessEvents,
	archivedCertificates,
	auditEvents,
	captureChunks,
	captureSessions,
	certificates,
	claims,
	claimTokens,
	logEntries,
	revocations,
} from "../db/schema";
import { allShards, shardDatabase } from "../db/shards";
import type { ArchivePageMessage } from "../jobs/messages";
import { addDays, isoNow } from "../lib/clock";
import { sha256Hex } from "../lib/crypto";
import { type SealedArchive, sealArchive } from "./archive-object";

/** Certificates judged per message: each costs two D1 round trips and one R2 put when archived. */
export const ARCHIVE_PAGE_SIZE = 25;
/** Certificates archived at once within a page. */
const CONCURRENCY = 5;
const DEFAULT_ARCHIVE_AFTER_DAYS = 30;

/** ARCHIVE_AFTER_DAYS as a whole number of days (0 archives everything eligible now); the default when unset or bad. */
export function archiveAfterDays(env: Cloudflare.Env): number {
	const days = Number(env.ARCHIVE_AFTER_DAYS);
	return env.ARCHIVE_AFTER_DAYS?.trim() && Number.isInteger(days) && days >= 0 ? days : DEFAULT_ARCHIVE_AFTER_DAYS;
}

/** The Cron Trigger's part: one first-page message per shard, all judged against the same cutoff. */
export async function startArchiveRun(env: Cloudflare.Env, at: Date): Promise<ArchivePageMessage[]> {
	const cutoff = addDays(at, -archiveAfterDays(env)).toISOString();
	const messages = allShards(env).map(
		(shard): ArchivePageMessage => ({ type: "archive_page", shard, after: null, cutoff }),
	);
	await env.JOBS.sendBatch(messages.map((body) => ({ body, contentType: "json" as const })));
	return messages;
}

export interface PageOutcome {
	/** Certificates of the page archived by this handling (not those a run had archived before). */
	archived: string[];
	/** The next page's message, sent; null at the shard's end. */
	next: ArchivePageMessage | null;
}

/** Handles one page: archives its eligible certificates, then sends the message of the page after it. */
export async function archivePage(env: Cloudflare.Env, message: ArchivePageMessage, at: Date): Promise<PageOutcome> {
	const db = createDb(shardDatabase(env, message.shard));
	const page = await db.all<{ id: string; eligible: number }>(eligibilityQuery(message, at.toISOString()));
	const eligible = page.filter((row) => row.eligible === 1).map((row) => row.id);
	const archived: string[] = [];
	for (let i = 0; i < eligible.length; i += CONCURRENCY) {
		const done = await Promise.all(
			eligible.slice(i, i + CONCURRENCY).map((id) => archiveCertificate(env, db, id, message.cutoff)),
		);
		archived.push(...eligible.slice(i, i + CONCURRENCY).filter((_, k) => done[k]));
	}
	const last = page.at(-1);
	const next: ArchivePageMessage | null =
		page.length === ARCHIVE_PAGE_SIZE && last ? { ...message, after: last.id } : null;
	if (next) await env.JOBS.send(next, { contentType: "json" });
	return { archived, next };
}

/** The page's certificates in id order, each with whether it may be archived now. */
function eligibilityQuery(message: ArchivePageMessage, now: string) {
	const { cutoff, after } = message;
	const chainQuiet = (table: string) => sql`not exists (
		select 1 from ${sql.raw(table)} e where e.certificate_id = c.id and (
			e.created_at > ${cutoff}
			or not exists (select 1 from log_entries l where l.event_table = ${table === "audit_events" ? "audit" : "access"} and l.event_id = e.id)
		)
	)`;
	return sql`select c.id as id, (
		c.created_at <= ${cutoff}
		and exists (select 1 from audit_events e where e.certificate_id = c.id)
		and not exists (select 1 from archived_certificates a where a.certificate_id = c.id)
		and not exists (select 1 from pending_auto_shares p where p.certificate_id = c.id)
		and not exists (
			select 1 from claim_tokens t where t.certificate_id = c.id and t.expires_at > ${now}
			and not exists (select 1 from claims k where k.claim_token_id = t.id and k.status <> 'pending')
		)
		and ${chainQuiet("audit_events")}
		and ${chainQuiet("access_events")}
	) as eligible
	from certificates c ${after === null ? sql`` : sql`where c.id > ${after}`}
	order by c.id limit ${ARCHIVE_PAGE_SIZE}`;
}

/**
 * Archives one certificate (see the top of this file). True when this call wrote its locator; false when it was
 * archived already or is no longer eligible by the time it is read.
 */
export async function archiveCertificate(
	env: Cloudflare.Env,
	db: Db,
	certificateId: string,
	cutoff: string,
	beforeCommit?: () => Promise<void>,
): Promise<boolean> {
	const eventsOf = <T extends typeof auditEvents | typeof accessEvents>(table: T) =>
		db.select().from(table).where(eq(table.certificateId, certificateId)).orderBy(asc(table.seq));
	const read = await batchNamed(db, {
		locator: db.select().from(archivedCertificates).where(eq(archivedCertificates.certificateId, certificateId)),
		certificate: db.select().from(certificates).where(eq(certificates.id, certificateId)),
		audit: eventsOf(auditEvents),
		access: eventsOf(accessEvents),
		logEntries: db
			.select({ eventTable: logEntries.eventTable, eventId: logEntries.eventId, logIndex: logEntries.logIndex })
			.from(logEntries)
			.where(
				or(
					and(
						eq(logEntries.eventTable, "audit"),
						inArray(
							logEntries.eventId,
							db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.certificateId, certificateId)),
						),
					),
					and(
						eq(logEntries.eventTable, "access"),
						inArray(
							logEntries.eventId,
							db
								.select({ id: accessEvents.id })
								.from(accessEvents)
								.where(eq(accessEvents.certificateId, certificateId)),
						),
					),
				),
			)
			.orderBy(asc(logEntries.logIndex)),
		tokens: db
			.select()
			.from(claimTokens)
			.where(eq(claimTokens.certificateId, certificateId))
			.orderBy(asc(claimTokens.id)),
		claims: db.select().from(claims).where(eq(claims.certificateId, certificateId)).orderBy(asc(claims.id)),
		revocations: db
			.select()
			.from(revocations)
			.where(eq(revocations.certificateId, certificateId))
			.orderBy(asc(revocations.id)),
		session: db.select().from(captureSessions).where(eq(captureSessions.id, certificateId)),
		chunks: db
			.select()
			.from(captureChunks)
			.where(eq(captureChunks.sessionId, certificateId))
			.orderBy(asc(captureChunks.seq)),
	});
	const certificate = read.certificate[0];
	const auditHead = read.audit.at(-1);
	if (read.locator.length > 0 || !certificate || !auditHead) return false;
	// A write since the page was judged (the certificate is read again here, at the primary): leave it for a later run.
	if ([...read.audit, ...read.access].some((event) => event.createdAt > cutoff)) return false;

	const sealed = await sealArchive({
		certificate,
		audit_events: read.audit,
		access_events: read.access,
		log_entries: read.logEntries,
		claim_tokens: read.tokens,
		claims: read.claims,
		revocations: read.revocations,
		capture_session: read.session[0] ?? null,
		capture_chunks: read.chunks,
	});
	await putOnce(env.ARCHIVE, sealed);
	await beforeCommit?.();

	const cut = sql`(select ${archivedCertificates.auditCutSeq} from ${archivedCertificates} where ${archivedCertificates.certificateId} = ${certificateId})`;
	const accessCut = sql`(select ${archivedCertificates.accessCutSeq} from ${archivedCertificates} where ${archivedCertificates.certificateId} = ${certificateId})`;
	const lastChunk = read.chunks.at(-1)?.seq;
	const [inserted] = await db.batch([
		db
			.insert(archivedCertificates)
			.values({
				certificateId,
				objectKey: sealed.key,
				sha256: sealed.sha256,
				bytes: sealed.bytes,
				auditCutSeq: auditHead.seq,
				accessCutSeq: read.access.at(-1)?.seq ?? 1,
				archivedAt: isoNow(),
			})
			.onConflictDoNothing()
			.returning({ certificateId: archivedCertificates.certificateId }),
		db.delete(auditEvents).where(and(eq(auditEvents.certificateId, certificateId), sql`${auditEvents.seq} < ${cut}`)),
		db
			.delete(accessEvents)
			.where(and(eq(accessEvents.certificateId, certificateId), sql`${accessEvents.seq} < ${accessCut}`)),
		// The recording's chunk rows are in every object made of this certificate (a submitted session gets no more);
		// only those read go, and only once a locator is there.
		db
			.delete(captureChunks)
			.where(
				and(
					eq(captureChunks.sessionId, certificateId),
					lastChunk === undefined ? sql`0` : lte(captureChunks.seq, lastChunk),
					sql`exists (select 1 from ${archivedCertificates} where ${archivedCertificates.certificateId} = ${certificateId})`,
				),
			),
	]);
	return inserted.length > 0;
}

/**
 * Puts the object unless its key is taken. The bucket is locked when deployed (nothing under archive/ can be
 * overwritten for 5 years), so a run repeated after a crash must not put again: the key names the SHA-256, so an
 * object already there is this one, which is checked rather than assumed.
 */
async function putOnce(bucket: R2Bucket, sealed: SealedArchive): Promise<void> {
	const put = await bucket.put(sealed.key, sealed.body, {
		onlyIf: { etagDoesNotMatch: "*" },
		sha256: sealed.sha256,
		httpMetadata: { contentType: "application/json" },
	});
	if (put !== null) return;
	const existing = await bucket.get(sealed.key);
	if (!existing || (await sha256Hex(await existing.text())) !== sealed.sha256) {
		throw new Error(`archive object ${sealed.key} exists with other bytes than its name says`);
	}
}
