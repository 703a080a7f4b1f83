// Auto-share: a certificate created on a property with active auto-share partners gets a targeted share for each.
// Delivery is at least once, so this reads which partners already have their share and makes only the missing
// ones; the unique (certificate, partner) index settles two deliveries racing each other.
//
// The certificate, its tokens and its chains are on its shard; the partnerships are on the directory, read once the
// certificate's property is known. Each token points at its partnership (claim_tokens.auto_share_partner_id), so the
// ledger's batch on the shard starts with copies of the partnership's row and of the partner company's.
import { and, eq, inArray } from "drizzle-orm";
import { chainHeadQueries } from "../audit/append";
import { batchNamed } from "../db/named-reads";
import { claimTokens, companies, partners } from "../db/schema";
import type { ShardSessions } from "../db/shard-sessions";
import { certificateShard, DIRECTORY_SHARD } from "../db/shards";
import { headsRead, newLedgerUsage } from "../ledger/ledger";
import { now } from "../lib/clock";
import { certificatesToShareQueries, resolveShareRequests } from "../sharing/share-requests";
import { makeShares } from "../sharing/shares";
import { enqueueEvents } from "../webhooks/emit";

export async function autoShareCertificate(
	env: Cloudflare.Env,
	shards: ShardSessions,
	certificateId: string,
): Promise<{ shared: number }> {
	const shard = shards.forCertificate(certificateId).db;
	const read = await batchNamed(shard, {
		certificates: certificatesToShareQueries(shard, [certificateId]),
		existing: shard
			.select({ partnerId: claimTokens.autoSharePartnerId })
			.from(claimTokens)
			.where(eq(claimTokens.certificateId, certificateId)),
		heads: chainHeadQueries(shard, certificateId),
	});
	const certificate = read.certificates[0];
	if (!certificate) return { shared: 0 };

	const directory = shards.shard(DIRECTORY_SHARD).db;
	const autoSharing = and(
		eq(partners.propertyId, certificate.propertyId),
		eq(partners.status, "active"),
		eq(partners.autoShare, true),
	);
	const partnerships = await batchNamed(directory, {
		active: directory.select().from(partners).where(autoSharing),
		partnerCompanies: directory
			.select()
			.from(companies)
			.where(
				inArray(companies.id, directory.select({ id: partners.partnerCompanyId }).from(partners).where(autoSharing)),
			),
	});
	const done = new Set(read.existing.map((e) => e.partnerId));
	const missing = partnerships.active.filter((p) => !done.has(p.id));
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
		shard,
		requests,
		{ companyId: certificate.companyId, userId: null, ip: null },
		headsRead([certificateId], read.heads),
		now(),
		undefined,
		{
			companies: partnerships.partnerCompanies.filter((c) => missing.some((p) => p.partnerCompanyId === c.id)),
			partners: missing,
		},
	);
	await enqueueEvents(env, webhookEvents, certificateShard(certificateId));
	const outcome = unconfirmed[0]?.outcome;
	// Refused: another delivery of the same message made these shares first (one share per certificate and
	// partner), nothing left to do. Pending or unanswered: the ledger may store them; a redelivery finds them made.
	if (outcome && outcome.status !== "refused") throw new Error("auto-share is still being stored; retry later");
	return { shared: outcome ? 0 : missing.length };
}
