// The archive object of one certificate: everything about it as it stood when archived, as one immutable JSON object
// in R2. Its bytes are canonical JSON (RFC 8785) of the rows read, so archiving the same certificate twice makes the
// same bytes, the same SHA-256 and so the same key: a run repeated after a crash finds the object it put before.

import type {
	accessEvents,
	auditEvents,
	captureChunks,
	captureSessions,
	certificates,
	claims,
	claimTokens,
	revocations,
} from "../db/schema";
import { sha256Hex } from "../lib/crypto";
import { canonicalJson } from "../signing/canonical";

export interface ArchiveObject {
	format: "econsent-certificate-archive";
	version: 1;
	certificate: typeof certificates.$inferSelect;
	/** Both whole chains up to their heads when archived; D1 keeps the heads and whatever came after. */
	audit_events: (typeof auditEvents.$inferSelect)[];
	access_events: (typeof accessEvents.$inferSelect)[];
	/** Transparency log indexes of the events above (log_entries), for the bundles' inclusion proofs. */
	log_entries: { eventTable: "audit" | "access"; eventId: number; logIndex: number }[];
	/** Shares, claims and revocations as they were: D1 keeps these rows too (the inbox and lookups read them). */
	claim_tokens: (typeof claimTokens.$inferSelect)[];
	claims: (typeof claims.$inferSelect)[];
	revocations: (typeof revocations.$inferSelect)[];
	/** A witnessed certificate's capture session and the rows of its recording's chunks (the bytes stay in RECORDINGS). */
	capture_session: typeof captureSessions.$inferSelect | null;
	capture_chunks: (typeof captureChunks.$inferSelect)[];
}

export type ArchiveContents = Omit<ArchiveObject, "format" | "version">;

export interface SealedArchive {
	body: string;
	sha256: string;
	key: string;
	bytes: number;
}

/** Where a certificate's archive object is: under its id, named by the SHA-256 of its bytes. */
export const archiveObjectKey = (certificateId: string, sha256: string) => `archive/${certificateId}/${sha256}.json`;

export async function sealArchive(contents: ArchiveContents): Promise<SealedArchive> {
	const object: ArchiveObject = { format: "econsent-certificate-archive", version: 1, ...contents };
	const body = canonicalJson(object);
	const sha256 = await sha256Hex(body);
	return {
		body,
		sha256,
		key: archiveObjectKey(contents.certificate.id, sha256),
		bytes: new TextEncoder().encode(body).length,
	};
}

/** A chain from its archived part and the part D1 holds: by seq, each place once (the head is in both). */
export function mergeBySeq<T extends { seq: number }>(archived: readonly T[], live: readonly T[]): T[] {
	if (archived.length === 0) return [...live];
	const bySeq = new Map<number, T>();
	for (const event of archived) bySeq.set(event.seq, event);
	for (const event of live) bySeq.set(event.seq, event);
	return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
