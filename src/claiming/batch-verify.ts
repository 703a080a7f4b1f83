// Checking tokens before buying: for each, what a claim would find (may this buyer claim it, and why not; the
// dry-run compliance result; the lead match; both signatures) without spending it. One D1 round trip, which a
// replica near the buyer may serve, reads all of them; each check is recorded as a `verified` event on the
// certificate's access log through the access events queue, after the answer.

import { queueAccessEvents } from "../access-log/access-events";
import type { LeadContact } from "../certificates/record";
import { type ComplianceSummary, complianceSummary, type LeadMatch } from "../compliance";
import { isoNow, now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { hashClaimToken } from "../sharing/tokens";
import { ed25519KeyRing, hmacKeyRing } from "../signing/keys";
import { checkStoredSignatures } from "../verification/verify-certificate";
import { type BatchItemError, checkClaim, itemError, judgeCertificate, readTokenBatch } from "./claim";
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

export async function verifyTokens(
	c: AppContext,
	items: readonly { token: string; lead?: LeadContact }[],
): Promise<BatchVerifyResult[]> {
	const hashes = await Promise.all(items.map((item) => hashClaimToken(item.token)));
	const { caller, rules, contexts } = await readTokenBatch(
		c,
		items.map((item, i) => ({ token: item.token, hash: hashes[i] as string })),
	);
	await enforceRateLimit(c.env.CLAIM_LIMITER, caller.companyId);
	const at = now();
	const rings = { hmac: hmacKeyRing(c.env), ed25519: ed25519KeyRing(c.env) };

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
				judgeCertificate(certificate, rules, item.lead),
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
	contexts: Awaited<ReturnType<typeof readTokenBatch>>["contexts"],
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
