// Writing the lead index (lead_index in src/db/schema.ts): rows are made in the same D1 batch as the row they index,
// so a certificate stored or a claim decided is one a lookup finds, and nothing else is.
import { and, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/client";
import { claims, leadIndex } from "../db/schema";
import { activeLeadKeys, type LeadDigests, leadIndexKeyRing } from "./lead-keys";

/** The publisher's rows for a new certificate: its own (claim_id null), one per lead value it holds. */
export async function publisherLeadIndexInserts(
	env: Cloudflare.Env,
	db: Db,
	certificate: { id: string; companyId: string; createdAt: string },
	lead: LeadDigests,
) {
	const keys = await activeLeadKeys(await leadIndexKeyRing(env), lead);
	if (keys.length === 0) return [];
	return [
		db.insert(leadIndex).values(
			keys.map((key) => ({
				...key,
				companyId: certificate.companyId,
				certificateId: certificate.id,
				claimId: null,
				certificateCreatedAt: certificate.createdAt,
			})),
		),
	];
}

/**
 * A buyer's rows for its claim of a certificate, decided claimed or flagged: copies of the publisher's rows for it,
 * under the buyer's company and claim. Copied rather than recomputed, because a certificate with salted leads keeps
 * no plain hash of its lead to make keys from (src/certificates/lead-commitments.ts); a certificate its publisher
 * cannot find by lead (captured before the index) gets no rows either. The claim's id is read from its row in the
 * same batch (an open token's claim row gets its id from that batch).
 */
export function claimLeadIndexInsert(
	db: Db,
	claim: { buyerCompanyId: string; claimTokenId: string },
	certificate: { id: string; companyId: string },
) {
	const publisherRows = alias(leadIndex, "publisher_rows");
	return db.insert(leadIndex).select(
		db
			.select({
				companyId: sql<string>`${claim.buyerCompanyId}`.as("company_id"),
				leadKey: publisherRows.leadKey,
				keyId: publisherRows.keyId,
				certificateId: claims.certificateId,
				claimId: claims.id,
				certificateCreatedAt: publisherRows.certificateCreatedAt,
			})
			.from(claims)
			.innerJoin(
				publisherRows,
				and(
					eq(publisherRows.certificateId, claims.certificateId),
					eq(publisherRows.companyId, certificate.companyId),
					isNull(publisherRows.claimId),
				),
			)
			.where(and(eq(claims.claimTokenId, claim.claimTokenId), eq(claims.certificateId, certificate.id))),
	);
}
