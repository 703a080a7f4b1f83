// Which compliance_checked audit event belongs to which claim. One certificate can be claimed by many buyers, each
// through its own token, so a chain holds one compliance result per claim, and the last one in the chain is
// usually somebody else's. Each claim appends, in one go, a `claimed` event naming its token
// (`claim_token_id`) and then the `compliance_checked` event with that claim's result. Pure, so the service's
// verification and the offline bundle verifier run the very same rule.
import { type ComplianceResult, complianceSummary } from "../compliance";
import { canonicalJson } from "../signing/canonical";
import type { StoredAuditEvent, VerificationCheck } from "./verify-certificate";

/** How a claim identifies itself to the audit chain. */
export interface ClaimReference {
	/**
	 * The claim token's id, which the `claimed` event records. Bundles exported before they carried it (v1 without
	 * `claim.claim_token_id`) leave it out; their claim is then the `claimed` event by the same buyer at the same
	 * instant: the claim row's claimed_at and the event's created_at are written from one clock reading.
	 */
	claimTokenId?: string | null;
	buyerCompanyId: string;
	claimedAt: string | null;
}

export interface ClaimEvents {
	claimed: StoredAuditEvent;
	/** Null when the claim recorded no compliance check. */
	complianceChecked: StoredAuditEvent | null;
}

/** An event's details as an object; null when they are not a JSON object (the chain check reports such an event). */
export function eventDetails(event: StoredAuditEvent): Record<string, unknown> | null {
	try {
		const parsed: unknown = JSON.parse(event.details);
		return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/**
 * The `claimed` event(s) of this claim and, for each, its `compliance_checked` event. Usually exactly one; more
 * only for a bundle without a token id whose buyer claimed two tokens of one certificate in the same millisecond.
 */
export function findClaimEvents(events: readonly StoredAuditEvent[], claim: ClaimReference): ClaimEvents[] {
	const claimedEvents = events.filter((e) => {
		if (e.eventType !== "claimed") return false;
		const details = eventDetails(e);
		if (!details || details.claiming_company_id !== claim.buyerCompanyId) return false;
		return claim.claimTokenId
			? details.claim_token_id === claim.claimTokenId
			: claim.claimedAt !== null && e.createdAt === claim.claimedAt;
	});
	const complianceEventOf = complianceEventFinder(events);
	return claimedEvents.map((claimed) => ({ claimed, complianceChecked: complianceEventOf(claimed) }));
}

/**
 * Which compliance_checked event belongs to a claimed event: one that names the claim's token is that claim's,
 * wherever it sits; one that names no token belongs to the claimed event it directly follows, since both are
 * appended together. The chain is read once, so finding the events of every claim of a certificate stays linear.
 */
export function complianceEventFinder(
	events: readonly StoredAuditEvent[],
): (claimed: StoredAuditEvent) => StoredAuditEvent | null {
	const bySeq = new Map<number, StoredAuditEvent>();
	const namingToken = new Map<string, StoredAuditEvent>();
	const namesNoToken = new Set<StoredAuditEvent>();
	for (const event of events) {
		if (!bySeq.has(event.seq)) bySeq.set(event.seq, event);
		if (event.eventType !== "compliance_checked") continue;
		const tokenId = eventDetails(event)?.claim_token_id;
		if (tokenId === undefined) namesNoToken.add(event);
		else if (typeof tokenId === "string" && !namingToken.has(tokenId)) namingToken.set(tokenId, event);
	}
	return (claimed) => {
		const tokenId = eventDetails(claimed)?.claim_token_id;
		const named = typeof tokenId === "string" ? namingToken.get(tokenId) : undefined;
		if (named) return named;
		const next = bySeq.get(claimed.seq + 1);
		return next && namesNoToken.has(next) ? next : null;
	};
}

/** Whether a compliance_checked event recorded the summary of this compliance result. */
export function recordsCompliance(complianceChecked: StoredAuditEvent, compliance: unknown): boolean {
	const details = eventDetails(complianceChecked);
	if (!details) return false;
	let expected: string;
	try {
		expected = canonicalJson(complianceSummary(compliance as ComplianceResult));
	} catch {
		return false; // not a compliance result at all: a row edited by hand
	}
	// A token id recorded beside the summary only says whose result it is; it is not part of the result.
	const { claim_token_id: _, ...summary } = details;
	return canonicalJson(summary) === expected;
}

const located = (event: StoredAuditEvent) => ({
	broken_at_seq: event.seq,
	...(event.id !== undefined ? { event_id: event.id } : {}),
});

/** The claim's compliance result must be the one its own compliance_checked event recorded at claim time. */
export function checkComplianceRecorded(
	events: readonly StoredAuditEvent[],
	claim: ClaimReference,
	compliance: unknown,
): VerificationCheck & { check: "compliance_recorded" } {
	const check = "compliance_recorded" as const;
	const matches = findClaimEvents(events, claim);
	const [firstClaimed] = matches;
	if (!firstClaimed) {
		const by = claim.claimTokenId
			? `token ${claim.claimTokenId}`
			: `buyer ${claim.buyerCompanyId} at ${claim.claimedAt ?? "(no claim time)"}`;
		return { check, valid: false, detail: `the audit chain has no claimed event for this claim (${by})` };
	}
	const recorded = matches.flatMap((m) =>
		m.complianceChecked ? [{ ...m, complianceChecked: m.complianceChecked }] : [],
	);
	const first = recorded[0];
	if (compliance === null || compliance === undefined) {
		return first
			? { check, valid: false, detail: "compliance result missing", ...located(first.complianceChecked) }
			: {
					check,
					valid: true,
					detail: `no compliance check was recorded for this claim (claimed at seq ${firstClaimed.claimed.seq})`,
				};
	}
	if (!first) {
		return {
			check,
			valid: false,
			detail: "no compliance_checked event was recorded for this claim",
			...located(firstClaimed.claimed),
		};
	}
	const same = recorded.find(({ complianceChecked }) => recordsCompliance(complianceChecked, compliance));
	return same
		? {
				check,
				valid: true,
				detail: `matches this claim's compliance_checked event (seq ${same.complianceChecked.seq}, claimed at seq ${same.claimed.seq})`,
			}
		: {
				check,
				valid: false,
				detail: "compliance result differs from the one recorded for this claim in the audit chain",
				...located(first.complianceChecked),
			};
}
