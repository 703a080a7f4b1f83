// Reading a witnessed certificate's session recording for the two parties allowed to: the buyer that claimed it
// (through its claim) and its publisher. Anyone else is answered as if the certificate did not exist, as for the
// evidence. Every read (a download or a replay page) is recorded on the certificate's access log through the access
// events queue, after the answer.
import { and, eq, ne } from "drizzle-orm";
import { queueAccessEvents } from "../access-log/access-events";
import type { AuditEventType } from "../audit/chain";
import { authenticateBesideShard } from "../auth/authenticate";
import type { CertificateRow } from "../certificates/record";
import { prefixedColumns } from "../db/client";
import { certificates, claims } from "../db/schema";
import { isoNow } from "../lib/clock";
import { ApiError, notFound } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { type RecordingManifest, recordingChunkKey } from "../recordings/manifest";

export type RecordingAccess = "recording_downloaded" | "replay_viewed";

/** Who reads a recording, and through what: the claim a buyer reads it by, or none for the publisher. */
export type RecordingReader = { kind: "buyer"; claimId: number } | { kind: "publisher"; certificateId: string };

export interface RecordingRead {
	certificate: CertificateRow;
	manifest: RecordingManifest;
	caller: { companyId: string; userId: string | null };
	reader: RecordingReader;
}

/** A certificate with no witness was asserted by the publisher's server: nothing of the session was recorded here. */
export function noRecording(certificateId: string) {
	return new ApiError(
		"NOT_FOUND",
		`Certificate ${certificateId} has no session recording: it was asserted by the publisher's server, not witnessed by the capture script`,
	);
}

/**
 * The certificate a reader may read the recording of, with its signed manifest: one read (with authentication),
 * which a replica may serve, beside authentication. Another company's claim or certificate is the same 404 as one that does not exist.
 */
export async function findRecording(c: AppContext, reader: RecordingReader): Promise<RecordingRead> {
	// Read on the certificate's shard (a claim's id names it too) while the caller is authenticated; ownership is
	// checked below, so another company's claim or certificate is the same 404 as none.
	const shard =
		reader.kind === "buyer" ? c.var.shards.forClaim(reader.claimId) : c.var.shards.forCertificate(reader.certificateId);
	const { caller, results } = await authenticateBesideShard(c, shard, (db) => ({
		found:
			reader.kind === "buyer"
				? db
						.select({ certificate: prefixedColumns(certificates, "certificate"), reader: claims.buyerCompanyId })
						.from(claims)
						.innerJoin(certificates, eq(certificates.id, claims.certificateId))
						.where(and(eq(claims.id, reader.claimId), ne(claims.status, "pending")))
				: db
						.select({ certificate: prefixedColumns(certificates, "certificate"), reader: certificates.companyId })
						.from(certificates)
						.where(eq(certificates.id, reader.certificateId)),
	}));
	const found = results.found[0];
	const certificate = found?.reader === caller.companyId ? (found.certificate as CertificateRow) : undefined;
	if (!certificate) throw notFound(reader.kind === "buyer" ? "Claimed certificate" : "Certificate");
	const manifest = certificate.witness?.recording;
	if (certificate.source !== "witnessed" || !manifest) throw noRecording(certificate.id);
	return { certificate, manifest, caller, reader };
}

/**
 * The chunks stored at the places the signed manifest lists, in its order, as found: checking them against it is the
 * reader's part, on the replay page or offline. Chunks the session uploaded past the count it submitted are not part
 * of the recording and are left out; a chunk gone from storage is left out too, and shows as a difference there.
 */
export async function readStoredChunks(bucket: R2Bucket, read: RecordingRead): Promise<Uint8Array[]> {
	const chunks = await Promise.all(
		read.manifest.chunks.map(async (_, seq) => {
			const object = await bucket.get(recordingChunkKey(read.certificate.id, seq));
			return object ? new Uint8Array(await object.arrayBuffer()) : null;
		}),
	);
	return chunks.filter((chunk) => chunk !== null);
}

/** Records this read on the certificate's access log, after the answer (src/access-log/access-events.ts). */
export function recordRecordingAccess(c: AppContext, read: RecordingRead, eventType: RecordingAccess): void {
	const type: AuditEventType = eventType;
	queueAccessEvents(c, [
		{
			certificate: read.certificate,
			event: {
				eventType: type,
				actorCompanyId: read.caller.companyId,
				actorUserId: read.caller.userId,
				ip: clientIp(c),
				createdAt: isoNow(),
				details: {
					...(read.reader.kind === "buyer" ? { claim_id: read.reader.claimId } : {}),
					accessor_company_id: read.caller.companyId,
					accessor_user_id: read.caller.userId,
					role: read.reader.kind,
				},
			},
		},
	]);
}
