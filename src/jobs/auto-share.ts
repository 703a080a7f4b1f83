// Auto-share: a certificate created on a property with active auto-share partners gets a targeted share for each.
// Delivery is at least once, so this reads which partners already have their share and makes only the missing
// ones; the unique (certificate, partner) index settles two deliveries racing each other.
import { and, eq } from "drizzle-orm";
import { chainHeadQueries } from "../audit/append";
import { type Db, prefixedColumns } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { certificates, claimTokens, partners } from "../db/schema";
import { certificateShard } from "../db/shards";
import { headsRead, newLedgerUsage } from "../ledger/ledger";
import { now } from "../lib/clock";
import { certificatesToShareQueries, resolveShareRequests } from "../sharing/share-requests";
import { makeShares } from "../sharing/shares";
import { enqueueEvents } from "../webhooks/emit";

export async function autoShareCertificate(
	env: Cloudflare.Env,
	db: Db,
	certificateId: string,
): Promise<{ shared: number }> {
	const read = await batchNamed(db, {
		certificates: certificatesToShareQueries(db, [certificateId]),
		activePartners: db
			.select({ partners: prefixedColumns(partners, "partner") })
			.from(partners)
			.innerJoin(certificates, eq(certificates.propertyId, partners.propertyId))
			.where(and(eq(certificates.id, certificateId), eq(partners.status, "active"), eq(partners.autoShare, true))),
		existing: db
			.select({ partnerId: claimTokens.autoSharePartnerId })
			.from(claimTokens)
			.where(eq(claimTokens.certificateId, certificateId)),
		heads: chainHeadQueries(db, certificateId),
	});
	const certificate = read.certificates[0];
	if (!certificate) return { shared: 0 };
	const done = new Set(read.existing.map((e) => e.partnerId));
	const missing = read.activePartners.map((p) => p.partners).filter((p) => !done.has(p.id));
	if (missing.length === 0) return { shared: 0 };
	// The partnerships that auto-share are the ones whose access level the shares get.
	const { requests } = resolveShareRequests(
		certificate.companyId,
		missing.map((p) => ({ certificateId, targetCompanyId: p.partnerCompanyId, autoSharePartnerId: p.id })),
		{
			certificates: read.certificates,
			readOnlyPartnerships: missing.filter((p) => p.accessLevel === "read"),
		},
	);
	const { unconfirmed, webhookEvents } = await makeShares(
		env,
		newLedgerUsage(),
		db,
		requests,
		{ companyId: certificate.companyId, userId: null, ip: null },
		headsRead([certificateId], read.heads),
		now(),
	);
	await enqueueEvents(env, webhookEvents, certificateShard(certificateId));
	const outcome = unconfirmed[0]?.outcome;
	// Refused: another delivery of the same message made these shares first (one share per certificate and
	// partner), nothing left to do. Pending or unanswered: the ledger may store them; a redelivery finds them made.
	if (outcome && outcome.status !== "refused") throw new Error("auto-share is still being stored; retry later");
	return { shared: outcome ? 0 : missing.length };
}
