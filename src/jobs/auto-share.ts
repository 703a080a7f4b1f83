// Auto-share: a certificate created on a property with active auto-share partners gets a targeted share for each.
// Delivery is at least once, so this reads which partners already have their share and makes only the missing
// ones; the unique (certificate, partner) index settles two deliveries racing each other.
import { and, eq } from "drizzle-orm";
import { chainHeadQueries, headHints } from "../audit/append";
import { type Db, prefixedColumns } from "../db/client";
import { certificates, claimTokens, partners } from "../db/schema";
import { newLedgerUsage } from "../ledger/ledger";
import { now } from "../lib/clock";
import { makeShares } from "../sharing/shares";
import { enqueueEvents } from "../webhooks/emit";

export async function autoShareCertificate(
	env: Cloudflare.Env,
	db: Db,
	certificateId: string,
): Promise<{ shared: number }> {
	const [found, activePartners, existing, auditHead, accessHead] = await db.batch([
		db.select().from(certificates).where(eq(certificates.id, certificateId)),
		db
			.select({ partners: prefixedColumns(partners, "partner") })
			.from(partners)
			.innerJoin(certificates, eq(certificates.propertyId, partners.propertyId))
			.where(and(eq(certificates.id, certificateId), eq(partners.status, "active"), eq(partners.autoShare, true))),
		db
			.select({ partnerId: claimTokens.autoSharePartnerId })
			.from(claimTokens)
			.where(eq(claimTokens.certificateId, certificateId)),
		...chainHeadQueries(db, certificateId),
	]);
	const certificate = found[0];
	if (!certificate) return { shared: 0 };
	const done = new Set(existing.map((e) => e.partnerId));
	const missing = activePartners.map((p) => p.partners).filter((p) => !done.has(p.id));
	if (missing.length === 0) return { shared: 0 };
	const { unconfirmed, webhookEvents } = await makeShares(
		env,
		newLedgerUsage(),
		db,
		missing.map((p) => ({
			certificateId,
			publisherCompanyId: certificate.companyId,
			targetCompanyId: p.partnerCompanyId,
			accessLevel: p.accessLevel,
			autoSharePartnerId: p.id,
		})),
		{ companyId: certificate.companyId, userId: null, ip: null },
		headHints([certificateId], [...auditHead, ...accessHead]),
		now(),
	);
	await enqueueEvents(env, webhookEvents);
	const outcome = unconfirmed[0]?.outcome;
	// Refused: another delivery of the same message made these shares first (one share per certificate and
	// partner), nothing left to do. Pending: the ledger will store them; a redelivery finds them made.
	if (outcome?.status === "pending") throw new Error("auto-share is still being stored; retry later");
	return { shared: outcome ? 0 : missing.length };
}
