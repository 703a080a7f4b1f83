// Sharing certificates the caller publishes, one or a batch, openly or with one company: the request's flow around
// makeShares (src/sharing/shares.ts), which auto-share and batch jobs use too.
import { eq, inArray } from "drizzle-orm";
import { chainHeadsQueries } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { chunkForParams } from "../db/client";
import { readFreshOnMiss } from "../db/replica-reads";
import { claimTokens, companies } from "../db/schema";
import { readByShard } from "../db/shard-sessions";
import type { RetryScope } from "../idempotency/retry-scope";
import { headsRead } from "../ledger/ledger";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp, publicOrigin } from "../lib/http";
import { noteSharedEvents } from "../webhooks/emit";
import { certificatesToShareQueries, readOnlyPartnershipsQuery, resolveShareRequests } from "./share-requests";
import { type MadeShare, makeShares } from "./shares";
import { claimUrl, deriveClaimToken, type MintedToken } from "./tokens";

/**
 * The tokens a keyed request makes, one per certificate named (a certificate named twice gets two), derived from its
 * Idempotency-Key so that every attempt of the request names the same ones.
 */
function deriveTokens(scope: RetryScope, certificateIds: readonly string[]): Promise<MintedToken[]> {
	const seen = new Map<string, number>();
	return Promise.all(
		certificateIds.map((id) => {
			const occurrence = seen.get(id) ?? 0;
			seen.set(id, occurrence + 1);
			return deriveClaimToken(scope, `${id}#${occurrence}`, id);
		}),
	);
}

/**
 * Shares certificates the caller publishes. Two reads in parallel: the directory's (with authentication) gives the
 * target company and its partnerships; the certificates' shards give the certificates and their audit heads (one
 * round trip per shard). One batch per ledger writes.
 *
 * With an Idempotency-Key the tokens are derived (see deriveTokens), and the same read finds the ones an earlier
 * attempt of this request already wrote: those are handed back as they are, and only the others are made. So a
 * retry after a crash between the ledgers' commit and the answer returns the tokens that exist, never new ones.
 */
export async function shareCertificates(c: AppContext, certificateIds: string[], targetCompanyId: string | undefined) {
	const db = c.var.db;
	const ids = [...new Set(certificateIds)];
	const scope = c.var.retryScope;
	const minted = scope ? await deriveTokens(scope, certificateIds) : [];
	// From a replica near the publisher; certificates (or a target company) it does not have yet are looked for again
	// at the primary.
	const tokenIdsOf = new Map<string, string[]>();
	minted.forEach((m, i) => {
		const id = certificateIds[i] as string;
		tokenIdsOf.set(id, [...(tokenIdsOf.get(id) ?? []), m.tokenId]);
	});
	// The target and its partnerships from the directory, with authentication; the certificates, their chain heads
	// and the tokens an earlier attempt made from their shards, in parallel.
	const [{ caller, results }, onShards] = await readFreshOnMiss(
		c,
		() =>
			Promise.all([
				authenticate(c, () => ({
					targetRows: db
						.select()
						.from(companies)
						.where(eq(companies.id, targetCompanyId ?? "")),
					readOnlyPartnerships: readOnlyPartnershipsQuery(db, targetCompanyId ?? ""),
				})),
				readByShard(
					c.var.shards,
					ids,
					(id) => c.var.shards.forCertificate(id),
					(shard, mine) => ({
						certificates: certificatesToShareQueries(shard, mine),
						heads: chainHeadsQueries(shard, mine),
						madeBefore: chunkForParams(
							mine.flatMap((id) => tokenIdsOf.get(id) ?? []),
							1,
						).map((chunk) =>
							shard
								.select({
									id: claimTokens.id,
									publisherCompanyId: claimTokens.publisherCompanyId,
									expiresAt: claimTokens.expiresAt,
								})
								.from(claimTokens)
								.where(inArray(claimTokens.id, chunk)),
						),
					}),
				),
			]),
		([{ results: read }, shardRead]) =>
			(targetCompanyId !== undefined && read.targetRows.length === 0) || shardRead.certificates.length < ids.length,
	);
	const { targetRows } = results;
	const { requests, notOwned } = resolveShareRequests(
		caller.companyId,
		certificateIds.map((id, i) => ({ certificateId: id, targetCompanyId: targetCompanyId ?? null, minted: minted[i] })),
		{ certificates: onShards.certificates, readOnlyPartnerships: results.readOnlyPartnerships },
	);
	if (notOwned.length > 0) {
		throw new ApiError("NOT_FOUND", `Certificate${notOwned.length > 1 ? "s" : ""} not found: ${notOwned.join(", ")}`, {
			details: { certificate_ids: notOwned },
		});
	}
	if (targetCompanyId === caller.companyId) {
		throw new ApiError("VALIDATION_FAILED", "A company cannot share with itself", {
			fields: [{ field: "target_company_id", message: "must be another company" }],
		});
	}
	if (targetCompanyId && !targetRows[0]) throw new ApiError("NOT_FOUND", "Target company not found");

	const madeBefore = new Map(
		onShards.madeBefore.filter((t) => t.publisherCompanyId === caller.companyId).map((t) => [t.id, t.expiresAt]),
	);
	const { made, unconfirmed, webhookEvents } = await makeShares(
		c.env,
		c.var.ledgerUsage,
		db,
		requests.filter((r) => !(r.minted && madeBefore.has(r.minted.tokenId))),
		{ companyId: caller.companyId, userId: caller.userId, ip: clientIp(c) },
		headsRead(ids, onShards.heads),
		now(),
		undefined,
		{ companies: targetRows },
	);
	noteSharedEvents(c, made, webhookEvents);
	// With tokens found, the answer is back in the order asked: each request's token, found or just made.
	const madeNow = new Map(made.map((m) => [m.tokenId, m]));
	const answered: MadeShare[] =
		madeBefore.size === 0
			? made
			: minted.flatMap(({ tokenId, token }, i) => {
					const expiresAt = madeBefore.get(tokenId);
					if (expiresAt) return [{ certificateId: certificateIds[i] as string, tokenId, token, expiresAt }];
					return madeNow.get(tokenId) ?? [];
				});
	const shared = answered.map((share) => ({
		certificate_id: share.certificateId,
		claim_token: share.token,
		claim_url: claimUrl(publicOrigin(c), share.token),
		expires_at: share.expiresAt,
	}));
	if (unconfirmed.length > 0) {
		// Each certificate is written on its own, so some may have landed: hand their tokens over now, since only
		// their hashes are stored and they could never be shown again.
		throw new ApiError(
			"SERVICE_UNAVAILABLE",
			`${unconfirmed.length} of ${ids.length} certificates could not be shared right now; the others were`,
			{
				headers: { "Retry-After": "2" },
				details: { shared, not_shared: unconfirmed.map((u) => u.certificateId) },
			},
		);
	}
	return shared;
}
