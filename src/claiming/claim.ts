// Claiming: the one flow where exactly-once matters. D1 replicas near the buyer answer who may claim, in parallel:
// the directory's with authentication and the buyer's rules, the certificate's shard with the token, certificate and
// chain heads (which the ledger needs only if it has never written the certificate); the compliance engine judges the
// consent text; the certificate's ledger decides who wins and records the claim with its audit events in one D1
// batch on the shard: the claim's one trip to a primary.
// A single claim and each item of a batch claim go through the same core: checkClaim, then prepareClaim, then
// the ledger, then settleClaim.
import { asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { chainHeadQueries, chainHeadsOfTokensQueries } from "../audit/append";
import { authenticate, type Caller, callerCompanyRow } from "../auth/authenticate";
import { matchLead } from "../certificates/lead-commitments";
import type { LeadContact } from "../certificates/record";
import {
	type ComplianceResult,
	type ComplianceSummary,
	complianceSummary,
	evaluateConsent,
	type LeadMatch,
} from "../compliance";
import { toRuleInput } from "../consent-rules/rule-input";
import { chunkForParams, type Db, prefixedColumns } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { referenceCopies } from "../db/reference-copies";
import { readFreshOnMiss } from "../db/replica-reads";
import { certificates, claims, claimTokens, companies, consentRules, properties } from "../db/schema";
import { readByShard } from "../db/shard-sessions";
import { claimLeadIndexInsert } from "../lead-lookup/lead-index";
import { type Appended, appendToLedgers, expectWritten, type HistoryEntry, headsRead } from "../ledger/ledger";
import { type BatchItemResult, itemError, noteUnfinishedItems } from "../lib/batch-items";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import { type AppContext, clientIp } from "../lib/http";
import { dataKeyRing, type SealingKeyRing } from "../lib/sealed";
import { revokedAtSql } from "../revocations/revocations";
import { joinShare } from "../sharing/share-query";
import { hashClaimToken } from "../sharing/tokens";
import { claimEvent } from "../webhooks/emit";

export type ClaimTarget = { token: string } | { claimId: number };

export interface ClaimOutcome {
	claim_id: number;
	certificate_id: string;
	status: "claimed" | "rejected";
	claimed_at: string;
	compliance: ComplianceSummary;
	lead_match: LeadMatch;
}

type ClaimStatus = "claimed" | "flagged" | "rejected";

// A failing warn-mode rule still lets the claim through, flagged; a failing reject-mode rule spends the token and
// keeps the rejection as evidence.
const claimStatusFor: Record<ComplianceResult["status"], ClaimStatus> = {
	pass: "claimed",
	warn: "flagged",
	reject: "rejected",
};

type RuleRow = typeof consentRules.$inferSelect;

/** A token with its certificate, who published it on which site, and its claim row if one exists, as one read gives them. */
export interface ClaimContext {
	token: typeof claimTokens.$inferSelect;
	certificate: typeof certificates.$inferSelect;
	claim: typeof claims.$inferSelect | null;
	publisherName: string;
	propertyDomain: string;
	/** When the consumer revoked the consent (the earliest revocation's received_at); null while it stands. */
	revokedAt: string | null;
}

/** The read of claim contexts, by token hashes or by a claim id of the caller's. */
export function claimContextQuery(db: Db, where: SQL | undefined) {
	return joinShare(
		db
			.select({
				token: prefixedColumns(claimTokens, "token"),
				certificate: prefixedColumns(certificates, "certificate"),
				claim: prefixedColumns(claims, "claim"),
				publisherName: companies.name,
				propertyDomain: properties.domain,
				revokedAt: revokedAtSql(certificates.id),
			})
			.from(claimTokens)
			.$dynamic(),
	)
		.leftJoin(claims, eq(claims.claimTokenId, claimTokens.id))
		.where(where);
}

type ContextRow = Awaited<ReturnType<typeof claimContextQuery>>[number];

// A left-joined row that does not exist comes back with every column null.
export const toContext = (row: ContextRow): ClaimContext => ({
	...row,
	claim: row.claim.id === null ? null : (row.claim as ClaimContext["claim"]),
});

const companyRulesQuery = (db: Db, company: SQL) =>
	db.select().from(consentRules).where(eq(consentRules.companyId, company)).orderBy(asc(consentRules.id));

/**
 * Whether this caller may claim this token now; throws the error a claim of it answers. Shared with batch verify,
 * which reports the same reasons without claiming.
 */
export function checkClaim(caller: Pick<Caller, "companyId">, context: ClaimContext, at: Date): void {
	const { token, claim } = context;
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
	if (context.revokedAt !== null) {
		throw new ApiError("CONSENT_REVOKED", `The consumer revoked this consent (received ${context.revokedAt})`);
	}
	if (new Date(token.expiresAt).getTime() <= at.getTime()) {
		throw new ApiError("TOKEN_EXPIRED", `This token expired at ${token.expiresAt}`);
	}
}

/** The buyer's rules applied to the certificate, with the lead the buyer named compared to the captured one. */
export async function judgeCertificate(
	certificate: ClaimContext["certificate"],
	rules: readonly RuleRow[],
	lead: LeadContact | undefined,
	dataKeys: SealingKeyRing,
): Promise<{ compliance: ComplianceResult; leadMatch: LeadMatch }> {
	const leadMatch = await matchLead(lead, certificate, dataKeys);
	const ruleInputs = rules.map(toRuleInput);
	// The match joins the recorded result only when it says something: a lead was named or a rule asked for one.
	// Claims without either record exactly what they did before leads were compared.
	const recordMatch =
		lead?.email !== undefined || lead?.phone !== undefined || ruleInputs.some((r) => r.require_lead_match);
	const compliance = evaluateConsent(
		certificate.consentText,
		certificate.geoState,
		ruleInputs,
		recordMatch ? leadMatch : undefined,
		certificate.witness ?? undefined,
	);
	return { compliance, leadMatch };
}

/** Read back in the claim's own batch: the id D1 gave its row. */
const claimRowOf = (db: Db, tokenId: string) => ({
	claim: db.select({ id: claims.id }).from(claims).where(eq(claims.claimTokenId, tokenId)),
});

interface PreparedClaim {
	entry: HistoryEntry<ReturnType<typeof claimRowOf>>;
	outcome: Omit<ClaimOutcome, "claim_id">;
}

/** Checks one claim and builds the ledger entry that makes it; throws the error this claim answers. */
async function prepareClaim(
	c: AppContext,
	caller: Caller,
	context: ClaimContext,
	rules: readonly RuleRow[],
	lead: LeadContact | undefined,
): Promise<PreparedClaim> {
	const db = c.var.db;
	const at = now();
	checkClaim(caller, context, at);
	const { token, certificate, claim } = context;

	const { compliance, leadMatch } = await judgeCertificate(certificate, rules, lead, await dataKeyRing(c.env));
	const status = claimStatusFor[compliance.status];
	const claimedAt = at.toISOString();
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
	// A claim the buyer keeps (claimed or flagged) is one it can look up by lead from the moment it is decided.
	const leadIndexRows =
		status === "rejected"
			? []
			: [claimLeadIndexInsert(db, { buyerCompanyId: caller.companyId, claimTokenId: token.id }, certificate)];
	return {
		entry: {
			publisherCompanyId: certificate.companyId,
			writes: [
				// The claim points at the buyer, whom the certificate's shard may not know yet (an open token).
				...referenceCopies(db, { companies: [callerCompanyRow(caller)] }),
				write,
				...leadIndexRows,
				claimEvent(c, certificate.companyId, {
					claimTokenId: token.id,
					certificateId: certificate.id,
					buyerCompanyId: caller.companyId,
					status,
					claimedAt,
					compliance: complianceSummary(compliance),
				}),
			],
			events: [
				{
					...actor,
					eventType: "claimed",
					details: { claim_token_id: token.id, claiming_company_id: caller.companyId, status },
				},
				{ ...actor, eventType: "compliance_checked", details: complianceSummary(compliance) },
			],
			readBack: claimRowOf(db, token.id),
			redeem: { tokenId: token.id, companyId: caller.companyId, expiresAt: token.expiresAt },
		},
		outcome: {
			certificate_id: certificate.id,
			status: status === "rejected" ? "rejected" : "claimed",
			claimed_at: claimedAt,
			compliance: complianceSummary(compliance),
			lead_match: leadMatch,
		},
	};
}

/**
 * A keyed request's own claim found already decided: the caller's company won this token, most likely in an attempt
 * of this very request that died before answering. It is answered as that claim, with its id and the result recorded
 * then (the lead comparison is recomputed: it depends only on the certificate and the lead sent), not as
 * ALREADY_CLAIMED. Without an Idempotency-Key, a second claim stays a 409.
 */
async function claimWonBefore(
	c: AppContext,
	caller: Caller,
	{ claim, certificate }: ClaimContext,
	lead: LeadContact | undefined,
): Promise<ClaimOutcome | null> {
	if (!c.var.retryScope || !claim || claim.status === "pending" || claim.buyerCompanyId !== caller.companyId) {
		return null;
	}
	if (!claim.compliance || !claim.claimedAt) return null;
	return {
		claim_id: claim.id,
		certificate_id: certificate.id,
		status: claim.status === "rejected" ? "rejected" : "claimed",
		claimed_at: claim.claimedAt,
		compliance: complianceSummary(claim.compliance),
		lead_match: await matchLead(lead, certificate, await dataKeyRing(c.env)),
	};
}

/** The ledger's answer to a prepared claim, as the claim's result or its error. */
function settleClaim(prepared: PreparedClaim, result: Appended<ReturnType<typeof claimRowOf>>): ClaimOutcome {
	if (result.status === "refused") {
		// A revocation written by the certificate's ledger after this claim's checks: SQLite refuses the claim (0021).
		if (result.message.includes("CONSENT_REVOKED")) {
			throw new ApiError("CONSENT_REVOKED", "The consumer revoked this consent");
		}
		throw new ApiError("ALREADY_CLAIMED", "This token has already been claimed");
	}
	const claimId = expectWritten(result).read.claim[0]?.id;
	if (claimId === undefined) throw new Error("the claim row was written but could not be read back");
	return { claim_id: claimId, ...prepared.outcome };
}

export async function claimCertificate(c: AppContext, target: ClaimTarget, lead?: LeadContact): Promise<ClaimOutcome> {
	const db = c.var.db;
	const shard = "token" in target ? c.var.shards.forToken(target.token).db : c.var.shards.forClaim(target.claimId).db;
	const where: SQL =
		"token" in target ? eq(claimTokens.tokenHash, await hashClaimToken(target.token)) : eq(claims.id, target.claimId);
	const certificateOfTarget =
		"token" in target
			? sql`(select certificate_id from ${claimTokens} where ${where})`
			: sql`(select certificate_id from ${claims} where id = ${target.claimId})`;

	// From replicas near the buyer, in parallel: the buyer's rules with authentication from the directory, the token
	// (or claim) with its certificate and chain heads from the certificate's shard. A token or claim a replica does
	// not have yet is looked for again at the primary.
	const [{ caller, results }, found] = await readFreshOnMiss(
		c,
		() =>
			Promise.all([
				authenticate(c, (company) => ({ rules: companyRulesQuery(db, company) })),
				batchNamed(shard, {
					contexts: claimContextQuery(shard, where),
					heads: chainHeadQueries(shard, certificateOfTarget),
				}),
			]),
		([, read]) => read.contexts.length === 0,
	);
	const { rules } = results;
	const row = found.contexts[0];
	// A claim id names the buyer's own inbox row: another company's is as unknown as one that does not exist.
	const mine = row && ("token" in target || row.claim.buyerCompanyId === caller.companyId);
	if (!row || !mine) throw new ApiError("NOT_FOUND", "Claim token not found");
	const context = toContext(row);
	const wonBefore = await claimWonBefore(c, caller, context, lead);
	if (wonBefore) return wonBefore;
	const prepared = await prepareClaim(c, caller, context, rules, lead);
	const [outcome] = await appendToLedgers(
		c.env,
		c.var.ledgerUsage,
		[prepared.entry],
		headsRead([context.certificate.id], found.heads),
	);
	return settleClaim(prepared, outcome as Appended<ReturnType<typeof claimRowOf>>);
}

export type BatchClaimResult = BatchItemResult<ClaimOutcome>;

/**
 * Reads for a batch of tokens, in parallel: the caller's rules with authentication from the directory, and from each
 * shard the tokens name (one round trip each) their contexts and both chain heads of their certificates, chunked
 * under D1's parameter limit.
 */
export async function readTokenBatch(c: AppContext, tokens: readonly { token: string; hash: string }[]) {
	const db = c.var.db;
	const unique = [...new Map(tokens.map((t) => [t.hash, t])).values()];
	// From replicas near the buyer; tokens they do not have yet are looked for again at the primary.
	const [{ caller, results }, found] = await readFreshOnMiss(
		c,
		() =>
			Promise.all([
				authenticate(c, (company) => ({ rules: companyRulesQuery(db, company) })),
				readByShard(
					c.var.shards,
					unique,
					(t) => c.var.shards.forToken(t.token),
					(shard, mine) => {
						const hashes = mine.map((t) => t.hash);
						return {
							contexts: chunkForParams(hashes, 1).map((chunk) =>
								claimContextQuery(shard, inArray(claimTokens.tokenHash, chunk)),
							),
							heads: chainHeadsOfTokensQueries(shard, hashes),
						};
					},
				),
			]),
		([, read]) => read.contexts.length < unique.length,
	);
	return {
		caller,
		rules: results.rules,
		contexts: new Map(found.contexts.map((row) => [row.token.tokenHash, toContext(row)])),
		heads: found.heads,
	};
}

/**
 * Claims many tokens: one read reads them all (see readTokenBatch), then each ledger they touch gets one
 * call with one entry per token, all ledgers in parallel. Each item succeeds or fails on its own. A token named
 * twice is claimed once: later occurrences answer ALREADY_CLAIMED when the first claimed it, or the first's error.
 */
export async function claimCertificates(
	c: AppContext,
	items: readonly { token: string; lead?: LeadContact }[],
): Promise<BatchClaimResult[]> {
	const hashes = await Promise.all(items.map((item) => hashClaimToken(item.token)));
	const { caller, rules, contexts, heads } = await readTokenBatch(
		c,
		items.map((item, i) => ({ token: item.token, hash: hashes[i] as string })),
	);

	type Settled = { ok: true; value: ClaimOutcome } | { ok: false; error: unknown };
	const answers = new Map<number, Settled>();
	const firstIndexOf = new Map<string, number>();
	const toClaim: { index: number; prepared: PreparedClaim }[] = [];
	await Promise.all(
		items.map(async (item, index) => {
			const hash = hashes[index] as string;
			if (firstIndexOf.has(hash)) return;
			firstIndexOf.set(hash, index);
			const context = contexts.get(hash);
			try {
				if (!context) throw new ApiError("NOT_FOUND", "Claim token not found");
				const wonBefore = await claimWonBefore(c, caller, context, item.lead);
				if (wonBefore) {
					answers.set(index, { ok: true, value: wonBefore });
					return;
				}
				toClaim.push({ index, prepared: await prepareClaim(c, caller, context, rules, item.lead) });
			} catch (error) {
				answers.set(index, { ok: false, error });
			}
		}),
	);
	// Every item is checked before any ledger is called, so each ledger concerned gets exactly one call.
	const outcomes = await appendToLedgers(
		c.env,
		c.var.ledgerUsage,
		toClaim.map((t) => t.prepared.entry),
		headsRead([...new Set([...contexts.values()].map((context) => context.certificate.id))], heads),
	);
	for (const [i, { index, prepared }] of toClaim.entries()) {
		try {
			answers.set(index, {
				ok: true,
				value: settleClaim(prepared, outcomes[i] as Appended<ReturnType<typeof claimRowOf>>),
			});
		} catch (error) {
			answers.set(index, { ok: false, error });
		}
	}

	const results = items.map((_, index): BatchClaimResult => {
		const first = firstIndexOf.get(hashes[index] as string) as number;
		const answer = answers.get(first) ?? { ok: false, error: new Error("an item was left without an answer") };
		if (!answer.ok) return { index, ok: false, error: itemError(answer.error) };
		if (first !== index) {
			return {
				index,
				ok: false,
				error: { code: "ALREADY_CLAIMED", message: `This token was claimed by item ${first} of this batch` },
			};
		}
		return { index, ok: true, ...answer.value };
	});
	noteUnfinishedItems(c, results);
	return results;
}
