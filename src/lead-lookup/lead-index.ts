// Writing the lead index (lead_index in src/db/schema.ts): rows are made in the same D1 batch as the row they index,
// so a certificate stored or a claim decided is one a lookup finds, and nothing else is.
import { eq, sql } from "drizzle-orm";
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
 * A buyer's rows for its claim of a certificate, decided claimed or flagged: one per lead value the certificate holds.
 * The claim's id is read from its row in the same batch (an open token's claim row gets its id from that batch).
 */
export async function claimLeadIndexInserts(
	env: Cloudflare.Env,
	db: Db,
	claim: { buyerCompanyId: string; claimTokenId: string },
	certificate: { createdAt: string } & LeadDigests,
) {
	const keys = await activeLeadKeys(await leadIndexKeyRing(env), certificate);
	return keys.map((key) =>
		db.insert(leadIndex).select(
			db
				.select({
					companyId: sql<string>`${claim.buyerCompanyId}`.as("company_id"),
					leadKey: sql<string>`${key.leadKey}`.as("lead_key"),
					keyId: sql<string>`${key.keyId}`.as("key_id"),
					certificateId: claims.certificateId,
					claimId: claims.id,
					certificateCreatedAt: sql<string>`${certificate.createdAt}`.as("certificate_created_at"),
				})
				.from(claims)
				.where(eq(claims.claimTokenId, claim.claimTokenId)),
		),
	);
}
