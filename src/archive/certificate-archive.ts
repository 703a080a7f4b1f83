// Loading a certificate's data from D1 or from its archive: the one place every read path goes through. A read adds
// `archiveLocatorQuery` to the batch it already sends (no round trip of its own), then hands the locator rows to
// `certificateArchive`, which fetches the object from R2 only when the certificate is archived and checks its bytes
// against the SHA-256 the locator names. Its merge functions give each chain back whole: the archived events below
// the cut, then what D1 holds from the cut on (the head kept when archiving, and every event appended since).
import { eq, type SQL } from "drizzle-orm";
import type { AccessRow, AuditRow } from "../audit/append";
import type { Db } from "../db/client";
import { archivedCertificates } from "../db/schema";
import { sha256Hex } from "../lib/crypto";
import { type ArchiveObject, mergeBySeq } from "./archive-object";

export type ArchiveLocator = typeof archivedCertificates.$inferSelect;

/** The certificate's locator row, if it is archived: for the batch a read already makes on the certificate's shard. */
export function archiveLocatorQuery(db: Db, certificateId: string | SQL) {
	return db.select().from(archivedCertificates).where(eq(archivedCertificates.certificateId, certificateId));
}

export interface CertificateArchive {
	/** The archived object, or null for a certificate wholly in D1. */
	object: ArchiveObject | null;
	/** The whole audit chain from the rows D1 gave. */
	audit(live: readonly AuditRow[]): AuditRow[];
	/** The whole access log from the rows D1 gave. */
	access(live: readonly AccessRow[]): AccessRow[];
	/** The audit events' transparency log indexes from those D1 gave. */
	auditLogIndexes(live: readonly { seq: number; logIndex: number }[]): { seq: number; logIndex: number }[];
}

const IN_D1: CertificateArchive = {
	object: null,
	audit: (live) => [...live],
	access: (live) => [...live],
	auditLogIndexes: (live) => [...live],
};

/** An archive object whose bytes are not the ones its locator names: refused rather than shown as evidence. */
export class ArchiveIntegrityError extends Error {}

export async function readArchiveObject(bucket: R2Bucket, locator: ArchiveLocator): Promise<ArchiveObject> {
	const found = await bucket.get(locator.objectKey);
	if (!found) throw new ArchiveIntegrityError(`archive object ${locator.objectKey} is missing`);
	const body = await found.text();
	if ((await sha256Hex(body)) !== locator.sha256) {
		throw new ArchiveIntegrityError(`archive object ${locator.objectKey} does not match its SHA-256`);
	}
	return JSON.parse(body) as ArchiveObject;
}

export async function certificateArchive(
	env: Cloudflare.Env,
	locators: readonly ArchiveLocator[],
): Promise<CertificateArchive> {
	const locator = locators[0];
	if (!locator) return IN_D1;
	const object = await readArchiveObject(env.ARCHIVE, locator);
	const auditSeqById = new Map(object.audit_events.map((event) => [event.id, event.seq]));
	const archivedIndexes = object.log_entries.flatMap((entry) => {
		const seq = entry.eventTable === "audit" ? auditSeqById.get(entry.eventId) : undefined;
		return seq === undefined ? [] : [{ seq, logIndex: entry.logIndex }];
	});
	return {
		object,
		audit: (live) => mergeBySeq(object.audit_events, live),
		access: (live) => mergeBySeq(object.access_events, live),
		auditLogIndexes: (live) => mergeBySeq(archivedIndexes, live),
	};
}
