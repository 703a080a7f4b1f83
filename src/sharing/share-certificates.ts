// Sharing certificates the caller publishes, one or a batch, openly or with one company: the request's flow around
// makeShares (src/sharing/shares.ts), which auto-share and batch jobs use too. Each certificate named succeeds or
// fails on its own; only what concerns the whole request (the target company) fails it all.
import { eq, inArray } from "drizzle-orm";
import { chainHeadsQueries } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { chunkForParams } from "../db/client";
import { readFreshOnMiss } from "../db/replica-reads";
import { claimTokens, companies } from "../db/schema";
import { readByShard } from "../db/shard-sessions";
import type { RetryScope } from "../idempotency/retry-scope";
import { expectWritten, headsRead } from "../ledger/ledger";
import { now } from "../lib/clock";
import { newId } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp, publicOrigin } from "../lib/http";
import { noteSharedEvents } from "../webhooks/emit";
import { certificatesToShareQueries, readOnlyPartnershipsQuery, resolveShareRequests } from "./share-requests";
import { makeShares } from "./shares";
import { claimUrl, deriveClaimToken, type MintedToken, mintClaimToken } from "./tokens";

/** Random tokens for a request without an Idempotency-Key, one per certificate named. */
const randomTokens = (certificateIds: readonly string[]): Promise<MintedToken[]> =>
	Promise.all(certificateIds.map(async (id) => ({ ...(await mintClaimToken(id)), tokenId: newId() })));

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

export interface SharedToken {
	certificate_id: string;
	claim_token: string;
	claim_url: string;
	expires_at: string;
}

/** What became of one certificate named: its token, or the error a share of it alone would answer. */
export type ShareOutcome = { ok: true; share: SharedToken } | { ok: false; error: unknown };

/**
 * Shares certificates the caller publishes; answers one outcome per certificate named, in the order named (a
 * certificate named twice gets two tokens). Two reads in parallel: the directory's (with authentication) gives the
 * target company and its partnerships; the certificates' shards give the certificates and their audit heads (one
 * round trip per shard). One batch per ledger writes. A certificate that is not the caller's (or does not exist) is
 * NOT_FOUND; one whose ledger did not confirm the write gets that ledger's error (SERVICE_UNAVAILABLE, mostly). The
 * target company's problems (unknown, the caller itself) fail the whole request.
 *
 * Every token is known before the write (random, or derived from an Idempotency-Key, see deriveTokens), so each
 * outcome is found by its token's id. With a key, the same read finds the tokens an earlier attempt of this request
 * already wrote: those are handed back as they are, and only the others are made. So a retry after a crash between
 * the ledgers' commit and the answer returns the tokens that exist, never new ones.
 */
export async function shareCertificates(
	c: AppContext,
	certificateIds: string[],
	targetCompanyId: string | undefined,
): Promise<ShareOutcome[]> {
	const db = c.var.db;
	const ids = [...new Set(certificateIds)];
	const scope = c.var.retryScope;
	const minted = scope ? await deriveTokens(scope, certificateIds) : await randomTokens(certificateIds);
	// Only a keyed request's tokens can have been written by an earlier attempt.
	const tokenIdsOf = new Map<string, string[]>();
	if (scope) {
		minted.forEach((m, i) => {
			const id = certificateIds[i] as string;
			tokenIdsOf.set(id, [...(tokenIdsOf.get(id) ?? []), m.tokenId]);
		});
	}
	// From a replica near the publisher; certificates (or a target company) it does not have yet are looked for again
	// at the primary. The target and its partnerships from the directory, with authentication; the certificates, their
	// chain heads and the tokens an earlier attempt made from their shards, in parallel.
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
	if (targetCompanyId === caller.companyId) {
		throw new ApiError("VALIDATION_FAILED", "A company cannot share with itself", {
			fields: [{ field: "target_company_id", message: "must be another company" }],
		});
	}
	if (targetCompanyId && !targetRows[0]) throw new ApiError("NOT_FOUND", "Target company not found");
	const { requests, notOwned } = resolveShareRequests(
		caller.companyId,
		certificateIds.map((id, i) => ({ certificateId: id, targetCompanyId: targetCompanyId ?? null, minted: minted[i] })),
		{ certificates: onShards.certificates, readOnlyPartnerships: results.readOnlyPartnerships },
	);

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

	// Each certificate's shares go to its one ledger, so a certificate's tokens were all written or none confirmed.
	const madeNow = new Map(made.map((m) => [m.tokenId, m.expiresAt]));
	const notMade = new Map(unconfirmed.map((u) => [u.certificateId, u.outcome]));
	const unowned = new Set(notOwned);
	const origin = publicOrigin(c);
	return minted.map(({ tokenId, token }, i): ShareOutcome => {
		const certificateId = certificateIds[i] as string;
		if (unowned.has(certificateId)) return { ok: false, error: new ApiError("NOT_FOUND", "Certificate not found") };
		const expiresAt = madeBefore.get(tokenId) ?? madeNow.get(tokenId);
		if (expiresAt) {
			const share = { certificate_id: certificateId, claim_token: token, claim_url: claimUrl(origin, token) };
			return { ok: true, share: { ...share, expires_at: expiresAt } };
		}
		const outcome = notMade.get(certificateId);
		try {
			if (outcome) expectWritten(outcome);
			throw new Error(`the share of ${certificateId} was neither made nor refused`);
		} catch (error) {
			return { ok: false, error };
		}
	});
}
