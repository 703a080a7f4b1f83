// Claiming: the one flow where exactly-once matters. D1 answers who may claim (one round trip, together with
// authentication, the buyer's rules and the audit chain's head); the compliance engine judges the consent text;
// the certificate's ledger decides who wins and records the claim with its audit events in one D1 batch.
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { chainHeadQueries, headHints } from "../audit/append";
import { authenticate } from "../auth/authenticate";
import { type ComplianceResult, type ComplianceSummary, complianceSummary, evaluateConsent } from "../compliance";
import { toRuleInput } from "../consent-rules/rule-input";
import { prefixedColumns } from "../db/client";
import { certificates, claims, claimTokens, consentRules } from "../db/schema";
import { toStatement } from "../ledger/entries";
import { appendToLedger, expectWritten, ledgerName } from "../ledger/ledger";
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
			...chainHeadQueries(db, certificateOfTarget),
		];
	});
	await enforceRateLimit(c.env.CLAIM_LIMITER, caller.companyId);
	const [contexts, rules, auditHead, accessHead] = results;
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
	// A targeted share already has its pending inbox row; an open token gets its row now. D1 refuses a second
	// row for a token and any change to a decided claim, so even a write that slipped past the ledger cannot
	// claim twice.
	const write = claim
		? db.update(claims).set(values).where(eq(claims.id, claim.id))
		: db.insert(claims).values({
				...values,
				claimTokenId: token.id,
				certificateId: certificate.id,
				buyerCompanyId: caller.companyId,
				createdAt: claimedAt,
			});
	const actor = {
		certificateId: certificate.id,
		actorCompanyId: caller.companyId,
		actorUserId: caller.userId,
		ip: clientIp(c),
		createdAt: claimedAt,
	};
	const outcome = await appendToLedger(
		c.env,
		c.var.ledgerUsage,
		ledgerName(certificate.companyId, certificate.id),
		{
			writes: [toStatement(write)],
			events: [
				{
					...actor,
					eventType: "claimed",
					details: { claim_token_id: token.id, claiming_company_id: caller.companyId, status },
				},
				{ ...actor, eventType: "compliance_checked", details: complianceSummary(compliance) },
			],
			readBack: [toStatement(db.select({ id: claims.id }).from(claims).where(eq(claims.claimTokenId, token.id)))],
			redeem: { tokenId: token.id, companyId: caller.companyId },
		},
		headHints([certificate.id], [...auditHead, ...accessHead]),
	);
	if (outcome.status === "refused") throw new ApiError("ALREADY_CLAIMED", "This token has already been claimed");
	const [claimRows] = expectWritten(outcome).readBack;
	const claimId = claimRows?.[0]?.id;
	if (typeof claimId !== "number") throw new Error("the claim row was written but could not be read back");
	return {
		claim_id: claimId,
		certificate_id: certificate.id,
		status: status === "rejected" ? "rejected" : "claimed",
		claimed_at: claimedAt,
		compliance: complianceSummary(compliance),
	};
}
