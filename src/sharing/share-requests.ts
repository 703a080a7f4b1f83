// Turning "share these certificates" into share requests, the same way for a share, a batch job's chunk and an
// auto-share: read the certificates, keep the ones the sharing company publishes, and give each share the access
// level the target's partnership on the certificate's property allows (a read-only partner gets a token that can be
// viewed but not claimed). The reads go in the caller's own batch.
import { and, eq, inArray, type SQL } from "drizzle-orm";
import { chunkForParams, type Db } from "../db/client";
import { certificates, partners } from "../db/schema";
import type { ShareRequest } from "./shares";
import type { MintedToken } from "./tokens";

/** The certificates named, chunked under D1's parameter limit. */
export const certificatesToShareQueries = (db: Db, certificateIds: readonly string[]) =>
	chunkForParams(certificateIds, 1).map((chunk) =>
		db
			.select({ id: certificates.id, companyId: certificates.companyId, propertyId: certificates.propertyId })
			.from(certificates)
			.where(inArray(certificates.id, chunk)),
	);

/** Active read-only partnerships of the companies `partner` selects (one company's id, or a subquery). */
export const readOnlyPartnershipsQuery = (db: Db, partner: string | SQL) =>
	db
		.select({ propertyId: partners.propertyId, partnerCompanyId: partners.partnerCompanyId })
		.from(partners)
		.where(
			and(eq(partners.partnerCompanyId, partner), eq(partners.status, "active"), eq(partners.accessLevel, "read")),
		);

/** What a share, or a job's chunk, reads to resolve its requests: the certificates and the target's read-only
 * partnerships. */
export const shareRequestReads = (db: Db, certificateIds: readonly string[], target: string | SQL) => ({
	certificates: certificatesToShareQueries(db, certificateIds),
	readOnlyPartnerships: readOnlyPartnershipsQuery(db, target),
});

export interface ShareRequestRead {
	certificates: readonly { id: string; companyId: string; propertyId: string }[];
	readOnlyPartnerships: readonly { propertyId: string; partnerCompanyId: string }[];
}

/** One share asked for: a certificate, with whom (null: an open token), and what made it. */
export interface ShareAsk {
	certificateId: string;
	targetCompanyId: string | null;
	autoSharePartnerId?: number | null;
	/** The token to write, when the caller derived it (a keyed request); else a random one is made. */
	minted?: MintedToken;
}

/**
 * The share requests for what was asked, in its order, and the certificates named that the publisher does not
 * publish (or that do not exist), each once: those get no request.
 */
export function resolveShareRequests(
	publisherCompanyId: string,
	asks: readonly ShareAsk[],
	read: ShareRequestRead,
): { requests: ShareRequest[]; notOwned: string[] } {
	const owned = new Map(read.certificates.filter((f) => f.companyId === publisherCompanyId).map((f) => [f.id, f]));
	const readOnly = new Set(read.readOnlyPartnerships.map((p) => `${p.propertyId}\n${p.partnerCompanyId}`));
	const requests: ShareRequest[] = [];
	const notOwned = new Set<string>();
	for (const ask of asks) {
		const certificate = owned.get(ask.certificateId);
		if (!certificate) {
			notOwned.add(ask.certificateId);
			continue;
		}
		const viewOnly = ask.targetCompanyId !== null && readOnly.has(`${certificate.propertyId}\n${ask.targetCompanyId}`);
		requests.push({
			certificateId: ask.certificateId,
			publisherCompanyId,
			targetCompanyId: ask.targetCompanyId,
			accessLevel: viewOnly ? "read" : "claim",
			autoSharePartnerId: ask.autoSharePartnerId ?? null,
			...(ask.minted ? { minted: ask.minted } : {}),
		});
	}
	return { requests, notOwned: [...notOwned] };
}
