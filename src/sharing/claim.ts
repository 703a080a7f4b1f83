// Claiming: the one flow where exactly-once matters. D1 answers who may claim (one round trip, together with
// authentication, the buyer's rules and the audit chain's head); the token's Durable Object decides who wins;
// the compliance engine judges the consent text; one D1 batch records the claim and its audit events.
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { chainHeadQuery, headsById, writeWithAudit } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { type ComplianceResult, type ComplianceSummary, complianceSummary, evaluateConsent } from "../compliance";
import { toRuleInput } from "../consent-rules/rule-input";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, consentRules } from "../db/schema";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { enforceRateLimit } from "../lib/rate-limit";
import { hashClaimToken } from "./tokens";

export type ClaimTarget = { token: string } | { claimId: number };

export interface ClaimOutcome {
	claim_id: number;
	certificate_id: string;
	status: "claimed" | "rejected";
	claimed_at: string;
	compliance: ComplianceSummary;
}

type ClaimStatus = "claimed" | "flagged" | "rejected";

// A failing warn-mode rule still lets the claim through, flagged; a failing reject-mode rule spends the token and
// keeps the rejection as evidence.
const claimStatusFor: Record<ComplianceResult["status"], ClaimStatus> = {
	pass: "claimed",
	warn: "flagged",
	reject: "rejected",
};

export async function claimCertificate(c: AppContext, target: ClaimTarget): Promise<ClaimOutcome> {
	const db = c.var.db;
	const tokenHash = "token" in target ? await hashClaimToken(target.token) : null;

	const { caller, results } = await authenticate(c, (company) => {
		const where: SQL | undefined = tokenHash
			? eq(claimTokens.tokenHash, tokenHash)
			: and(eq(claims.id, (target as { claimId: number }).claimId), eq(claims.buyerCompanyId, company));
		const certificateOfTarget = tokenHash
			? sql`(select certificate_id from ${claimTokens} where token_hash = ${tokenHash})`
			: sql`(select certificate_id from ${claims} where id = ${(target as { claimId: number }).claimId})`;
		return [
			db
				.select({
					token: prefixedColumns(claimTokens, "token"),
					certificate: prefixedColumns(certificates, "certificate"),
					claim: prefixedColumns(claims, "claim"),
				})
				.from(claimTokens)
				.innerJoin(certificates, eq(certificates.id, claimTokens.certificateId))
				.leftJoin(claims, eq(claims.claimTokenId, claimTokens.id))
				.where(where),
			db.select().from(consentRules).where(eq(consentRules.companyId, company)).orderBy(asc(consentRules.id)),
			chainHeadQuery(db, certificateOfTarget),
		];
	});
	await enforceRateLimit(c.env.CLAIM_LIMITER, caller.companyId);
	const [contexts, rules, heads] = results;
	const context = contexts[0];
	if (!context) throw new ApiError("NOT_FOUND", "Claim token not found");
	const { token, certificate } = context;
	// A left-joined row that does not exist comes back with every column null.
	const claim = context.claim.id === null ? null : context.claim;

	if (token.publisherCompanyId === caller.companyId) {
		throw new ApiError("FORBIDDEN", "A publisher cannot claim its own certificate");
	}
	if (token.targetCompanyId && token.targetCompanyId !== caller.companyId) {
		throw new ApiError("FORBIDDEN", "This token was shared with another company");
	}
	if (token.accessLevel === "read") {
		throw new ApiError("FORBIDDEN", "This share gives read access only; it cannot be claimed");
	}
	if (claim && claim.status !== "pending") throw new ApiError("ALREADY_CLAIMED", "This token has already been claimed");
	if (new Date(token.expiresAt).getTime() <= now().getTime()) {
		throw new ApiError("TOKEN_EXPIRED", `This token expired at ${token.expiresAt}`);
	}

	const redeemer = c.env.CLAIM_TOKENS.get(c.env.CLAIM_TOKENS.idFromName(token.id));
	const redemption = await redeemer.redeem(caller.companyId, token.expiresAt);
	if (!redemption.ok) throw new ApiError("ALREADY_CLAIMED", "This token has already been claimed");

	try {
		const compliance = evaluateConsent(certificate.consentText, certificate.geoState, rules.map(toRuleInput));
		const status = claimStatusFor[compliance.status];
		const claimedAt = now().toISOString();
		const values = {
			status,
			compliance,
			claimedByUserId: caller.userId,
			claimIp: clientIp(c),
			claimedAt,
		};
		const write = claim
			? db
					.update(claims)
					.set(values)
					.where(and(eq(claims.id, claim.id), eq(claims.status, "pending")))
					.returning({ id: claims.id })
			: db
					.insert(claims)
					.values({
						...values,
						claimTokenId: token.id,
						certificateId: certificate.id,
						buyerCompanyId: caller.companyId,
						createdAt: claimedAt,
					})
					.returning({ id: claims.id });
		const actor = {
			actorCompanyId: caller.companyId,
			actorUserId: caller.userId,
			ip: clientIp(c),
			createdAt: claimedAt,
		};
		const [written] = (await writeWithAudit(
			db,
			[
				{
					certificateId: certificate.id,
					events: [
						{
							...actor,
							eventType: "claimed",
							details: { claim_token_id: token.id, claiming_company_id: caller.companyId, status },
						},
						{
							...actor,
							eventType: "compliance_checked",
							details: complianceSummary(compliance),
						},
					],
				},
			],
			headsById(heads),
			[write],
		)) as [{ id: number }[]];
		const claimId = written[0]?.id;
		if (claimId === undefined) throw new Error("claim row was not written");
		return {
			claim_id: claimId,
			certificate_id: certificate.id,
			status: status === "rejected" ? "rejected" : "claimed",
			claimed_at: claimedAt,
			compliance: complianceSummary(compliance),
		};
	} catch (error) {
		// Recording failed after the object said "yours": give the token back so the buyer can retry.
		await redeemer.release(redemption.redemptionId);
		throw error;
	}
}
