// Checking tokens before buying: for each, what a claim would find (may this buyer claim it, and why not; the
// dry-run compliance result; the lead match; both signatures) without spending it. The tokens are read on the shards
// they name (src/db/shards.ts), one batch per shard, in parallel with the round trip that authenticates the buyer and
// reads the buyer's consent rules on the directory; a replica near the buyer may serve all of them. Tokens on the
// directory itself (shard 0, tokens made before shards) are read in the authenticating batch. Each check is recorded
// as a `verified` event on the certificate's access log through the access events queue, after the answer.

import { asc, eq, inArray } from "drizzle-orm";
import { queueAccessEvents } from "../access-log/access-events";
import { authenticate } from "../auth/authenticate";
import type { LeadContact } from "../certificates/record";
import { type ComplianceSummary, complianceSummary, type LeadMatch } from "../compliance";
import { chunkForParams, type Db } from "../db/client";
import { readFreshOnMiss } from "../db/replica-reads";
import { claimTokens, consentRules } from "../db/schema";
import { readByShard } from "../db/shard-sessions";
import { DIRECTORY_SHARD } from "../db/shards";
import { type BatchItemError, itemError } from "../lib/batch-items";
import { isoNow, now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { dataKeyRing } from "../lib/sealed";
import { hashClaimToken } from "../sharing/tokens";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import { checkStoredSignatures } from "../verification/verify-certificate";
import { type ClaimContext, checkClaim, claimContextQuery, judgeCertificate, toContext } from "./claim";
import { type ClaimSummary, toClaimSummary } from "./claim-summary";

export interface TokenCheck {
	index: number;
	ok: true;
	summary: ClaimSummary;
	claimable: boolean;
	/** Why this caller may not claim it: the error a claim would answer now. */
	not_claimable: BatchItemError | null;
	compliance: ComplianceSummary;
	lead_match: LeadMatch;
	signatures: { hmac: boolean; ed25519: boolean };
}

export type BatchVerifyResult = TokenCheck | { index: number; ok: false; error: BatchItemError };

interface TokenToVerify {
	token: string;
	hash: string;
}

/**
 * The caller, the caller's rules and each token's context by hash. A replica may not have a token shared a moment
 * ago, or a new credential: then everything is read once more at the primaries (readFreshOnMiss).
 */
async function readTokensToVerify(c: AppContext, tokens: readonly TokenToVerify[]) {
	const unique = [...new Map(tokens.map((t) => [t.hash, t])).values()];
	const onDirectory = unique.filter((t) => c.var.shards.forToken(t.token).shard === DIRECTORY_SHARD);
	const onShards = unique.filter((t) => c.var.shards.forToken(t.token).shard !== DIRECTORY_SHARD);
	const contextReads = (db: Db, mine: readonly TokenToVerify[]) => ({
		contexts: chunkForParams(
			mine.map((t) => t.hash),
			1,
		).map((chunk) => claimContextQuery(db, inArray(claimTokens.tokenHash, chunk))),
	});
	const { caller, rules, rows } = await readFreshOnMiss(
		c,
		async () => {
			const [directory, shards] = await Promise.all([
				authenticate(c, (company) => ({
					rules: c.var.db
						.select()
						.from(consentRules)
						.where(eq(consentRules.companyId, company))
						.orderBy(asc(consentRules.id)),
					...contextReads(c.var.db, onDirectory),
				})),
				readByShard(c.var.shards, onShards, (t) => c.var.shards.forToken(t.token), contextReads),
			]);
			return {
				caller: directory.caller,
				rules: directory.results.rules,
				rows: [...directory.results.contexts, ...shards.contexts],
			};
		},
		(read) => read.rows.length < unique.length,
	);
	return { caller, rules, contexts: new Map(rows.map((row) => [row.token.tokenHash, toContext(row)])) };
}

export async function verifyTokens(
	c: AppContext,
	items: readonly { token: string; lead?: LeadContact }[],
): Promise<BatchVerifyResult[]> {
	const hashes = await Promise.all(items.map((item) => hashClaimToken(item.token)));
	const { caller, rules, contexts } = await readTokensToVerify(
		c,
		items.map((item, index) => ({ token: item.token, hash: hashes[index] as string })),
	);
	const at = now();
	const rings = { hmac: hmacKeyRing(c.env), ed25519: ed25519KeyRing(c.env) };
	const dataKeys = await dataKeyRing(c.env);

	const results = await Promise.all(
		items.map(async (item, index): Promise<BatchVerifyResult> => {
			const hash = hashes[index] as string;
			const context = contexts.get(hash);
			if (!context) return { index, ok: false, error: itemError(new ApiError("NOT_FOUND", "Claim token not found")) };
			const { certificate } = context;
			let notClaimable: BatchItemError | null = null;
			try {
				checkClaim(caller, context, at);
			} catch (error) {
				notClaimable = itemError(error);
			}
			const [{ compliance, leadMatch }, signatures] = await Promise.all([
				judgeCertificate(certificate, rules, item.lead, dataKeys),
				checkStoredSignatures(certificate, rings),
			]);
			return {
				index,
				ok: true,
				summary: toClaimSummary(context, at),
				claimable: notClaimable === null,
				not_claimable: notClaimable,
				compliance: complianceSummary(compliance),
				lead_match: leadMatch,
				signatures: {
					hmac: signatures.some((s) => s.check === "hmac_signature" && s.valid),
					ed25519: signatures.some((s) => s.check === "ed25519_signature" && s.valid),
				},
			};
		}),
	);

	recordChecks(c, caller, results, contexts, hashes);
	return results;
}

/**
 * One `verified` event per certificate checked, naming the checking company and the tokens checked, recorded on
 * the certificates' access logs through the access events queue within seconds (the answer does not wait). The
 * access log holds one event per certificate per request, so a redelivered message records nothing twice, and two
 * tokens of one certificate in one batch share an event.
 */
function recordChecks(
	c: AppContext,
	caller: { companyId: string; userId: string | null },
	results: readonly BatchVerifyResult[],
	contexts: ReadonlyMap<string, ClaimContext>,
	hashes: readonly string[],
) {
	const byCertificate = new Map<string, { publisher: string; tokenIds: Set<string> }>();
	for (const result of results) {
		if (!result.ok) continue;
		const context = contexts.get(hashes[result.index] as string);
		if (!context) continue;
		const entry = byCertificate.get(context.certificate.id) ?? {
			publisher: context.certificate.companyId,
			tokenIds: new Set<string>(),
		};
		entry.tokenIds.add(context.token.id);
		byCertificate.set(context.certificate.id, entry);
	}
	const createdAt = isoNow();
	queueAccessEvents(
		c,
		[...byCertificate].map(([certificateId, { publisher, tokenIds }]) => ({
			certificate: { id: certificateId, companyId: publisher },
			event: {
				eventType: "verified",
				actorCompanyId: caller.companyId,
				actorUserId: caller.userId,
				ip: clientIp(c),
				createdAt,
				details: { checking_company_id: caller.companyId, claim_token_ids: [...tokenIds].sort(), before_claim: true },
			},
		})),
	);
}
