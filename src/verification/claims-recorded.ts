// Whether the shares and claims stored for a certificate are the ones its audit chain recorded. D1 refuses to rewrite
// them (migration 0012), but whoever can drop a trigger can still edit a row, and the chain is what such an edit
// cannot match: a rejected claim turned into a pass, a claim deleted so that its token is spent with nothing to
// show, a share pointed at another buyer or given a longer life. Each share appends a `shared` event naming its token
// with the share's terms; each claim appends a `claimed` event naming its token with the buyer and the decision, at
// the claim's instant, and then its `compliance_checked` event. Pure, like the other checks.
import type { claims, claimTokens } from "../db/schema";
import { complianceEventFinder, eventDetails, recordsCompliance } from "./compliance-recorded";
import type { StoredAuditEvent, VerificationCheck } from "./verify-certificate";

export type StoredShare = Pick<
	typeof claimTokens.$inferSelect,
	"id" | "targetCompanyId" | "accessLevel" | "expiresAt" | "autoSharePartnerId" | "createdAt"
>;

export type StoredClaim = Pick<
	typeof claims.$inferSelect,
	"id" | "claimTokenId" | "buyerCompanyId" | "status" | "compliance" | "claimedAt"
>;

export interface SharesAndClaimsUnderTest {
	shares: readonly StoredShare[];
	claims: readonly StoredClaim[];
	/**
	 * "certificate": these are all the certificate's shares and claims (the publisher's verification), so every share
	 * and claim the chain records must be among them too. "own": one buyer's share and claim, checked on their own:
	 * the buyer is not told about anyone else's.
	 */
	scope: "certificate" | "own";
}

interface Problem {
	detail: string;
	event?: StoredAuditEvent;
}

/** The chain's events of one type, by the claim token they name. */
function eventsByToken(events: readonly StoredAuditEvent[], eventType: "shared" | "claimed") {
	const byToken = new Map<string, StoredAuditEvent[]>();
	for (const event of events) {
		if (event.eventType !== eventType) continue;
		const tokenId = eventDetails(event)?.claim_token_id;
		if (typeof tokenId !== "string") continue;
		byToken.set(tokenId, [...(byToken.get(tokenId) ?? []), event]);
	}
	return byToken;
}

/** The fields of `stored` that differ from what the event recorded; a field the event does not record is not compared. */
function differences(recorded: Record<string, unknown> | null, stored: Record<string, unknown>): string[] {
	if (!recorded) return Object.keys(stored);
	return Object.entries(stored)
		.filter(([field, value]) => field in recorded && recorded[field] !== value)
		.map(([field]) => field);
}

function shareProblems(share: StoredShare, sharedEvents: Map<string, StoredAuditEvent[]>): Problem[] {
	const [shared, again] = sharedEvents.get(share.id) ?? [];
	if (!shared) return [{ detail: `share ${share.id} has no shared event in the audit chain` }];
	if (again) return [{ detail: `share ${share.id} is recorded as shared more than once`, event: again }];
	const differing = differences(eventDetails(shared), {
		target_company_id: share.targetCompanyId,
		access_level: share.accessLevel,
		expires_at: share.expiresAt,
		auto_share_partner_id: share.autoSharePartnerId,
	});
	if (shared.createdAt !== share.createdAt) differing.push("created_at");
	return differing.length === 0
		? []
		: [{ detail: `share ${share.id} differs from its shared event (${differing.join(", ")})`, event: shared }];
}

function claimProblems(
	claim: StoredClaim,
	shares: ReadonlyMap<string, StoredShare>,
	claimedEvents: Map<string, StoredAuditEvent[]>,
	complianceEventOf: (claimed: StoredAuditEvent) => StoredAuditEvent | null,
): Problem[] {
	const name = `claim ${claim.id}`;
	const share = shares.get(claim.claimTokenId);
	if (!share)
		return [{ detail: `${name} names token ${claim.claimTokenId}, which is not a share of this certificate` }];
	if (share.targetCompanyId !== null && share.targetCompanyId !== claim.buyerCompanyId) {
		return [{ detail: `${name} is held by another company than the one its share was made for` }];
	}
	const [claimed, again] = claimedEvents.get(claim.claimTokenId) ?? [];
	if (claim.status === "pending") {
		return claimed
			? [{ detail: `${name} is pending, but the audit chain recorded its token claimed`, event: claimed }]
			: [];
	}
	if (!claimed)
		return [{ detail: `${name} is ${claim.status}, but the audit chain has no claimed event for its token` }];
	if (again) return [{ detail: `the token of ${name} is recorded as claimed more than once`, event: again }];
	const differing = differences(eventDetails(claimed), {
		claiming_company_id: claim.buyerCompanyId,
		status: claim.status,
	});
	if (claimed.createdAt !== claim.claimedAt) differing.push("claimed_at");
	if (differing.length > 0) {
		return [{ detail: `${name} differs from its claimed event (${differing.join(", ")})`, event: claimed }];
	}
	const complianceChecked = complianceEventOf(claimed);
	const hasResult = claim.compliance !== null && claim.compliance !== undefined;
	if (!complianceChecked) {
		return hasResult
			? [{ detail: `${name} has a compliance result the audit chain never recorded`, event: claimed }]
			: [];
	}
	if (!hasResult) return [{ detail: `${name} has lost its compliance result`, event: complianceChecked }];
	return recordsCompliance(complianceChecked, claim.compliance)
		? []
		: [{ detail: `${name} has a compliance result other than its compliance_checked event`, event: complianceChecked }];
}

/** What the chain records that no stored row answers: shares made and tokens claimed, with nothing to show for them. */
function unansweredEvents(
	{ shares, claims }: SharesAndClaimsUnderTest,
	sharedEvents: Map<string, StoredAuditEvent[]>,
	claimedEvents: Map<string, StoredAuditEvent[]>,
): Problem[] {
	const problems: Problem[] = [];
	const storedShares = new Set(shares.map((s) => s.id));
	const claimedTokens = new Set(claims.map((c) => c.claimTokenId));
	for (const [tokenId, [shared]] of sharedEvents) {
		if (shared && !storedShares.has(tokenId)) {
			problems.push({ detail: `the audit chain records share ${tokenId}, which is not stored`, event: shared });
		}
	}
	for (const [tokenId, [claimed]] of claimedEvents) {
		if (claimed && !claimedTokens.has(tokenId)) {
			problems.push({
				detail: `the audit chain records token ${tokenId} claimed, but no claim of it is stored`,
				event: claimed,
			});
		}
	}
	return problems;
}

/** The stored shares and claims must be the ones the audit chain recorded, field for field. */
export function checkClaimsRecorded(
	events: readonly StoredAuditEvent[],
	stored: SharesAndClaimsUnderTest,
): VerificationCheck & { check: "claims_recorded" } {
	const check = "claims_recorded" as const;
	const sharedEvents = eventsByToken(events, "shared");
	const claimedEvents = eventsByToken(events, "claimed");
	const sharesById = new Map(stored.shares.map((share) => [share.id, share]));
	const complianceEvents = complianceEventFinder(events);
	const problems = [
		...stored.shares.flatMap((share) => shareProblems(share, sharedEvents)),
		...stored.claims.flatMap((claim) => claimProblems(claim, sharesById, claimedEvents, complianceEvents)),
		...(stored.scope === "certificate" ? unansweredEvents(stored, sharedEvents, claimedEvents) : []),
	];
	const [first] = problems;
	if (!first) {
		const decided = stored.claims.filter((c) => c.status !== "pending").length;
		return {
			check,
			valid: true,
			detail: `${stored.shares.length} shares and ${decided} decided claims agree with the audit chain`,
		};
	}
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
	return {
		check,
		valid: false,
		detail: `${first.detail}${more}`,
		...(first.event
			? { broken_at_seq: first.event.seq, ...(first.event.id !== undefined ? { event_id: first.event.id } : {}) }
			: {}),
	};
}
