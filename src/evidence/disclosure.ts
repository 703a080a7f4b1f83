// Who sees what of a certificate's two chains. One certificate is shared with many buyers, and who else bought a
// lead, and what each buyer requires of it, is commercially sensitive: each party sees in full only the events that
// concern it, and every other event as its commitment (seq, type, time, leaf and hashes; see src/audit/chain.ts),
// so the chain still verifies end to end from its view. Pure, so the rule is tested on its own.
import { type ChainLink, type ChainLog, redactEvent } from "../audit/chain";
import { type ComplianceStatus, ComplianceSummarySchema } from "../compliance";
import { eventDetails } from "../verification/compliance-recorded";
import type { StoredAuditEvent } from "../verification/verify-certificate";

export interface Viewer {
	companyId: string;
	/** The certificate's publisher, or a buyer that claimed it. */
	role: "publisher" | "buyer";
}

const detailsOf = (event: StoredAuditEvent): Record<string, unknown> => eventDetails(event) ?? {};

/** The claim tokens this company redeemed, as the audit chain's own `claimed` events record them. */
function tokensClaimedBy(companyId: string, auditEvents: readonly StoredAuditEvent[]): Set<string> {
	const tokens = new Set<string>();
	for (const event of auditEvents) {
		if (event.eventType !== "claimed" || event.actorCompanyId !== companyId) continue;
		const token = detailsOf(event).claim_token_id;
		if (typeof token === "string") tokens.add(token);
	}
	return tokens;
}

/**
 * Whether the viewer sees this event in full. Everyone: its own actions, the certificate's `created` and
 * `signed`, and its revocations (`revoked`). A buyer also: the shares addressed to it and the open shares it redeemed. The publisher also: every
 * share and claim. Nobody sees another party's compliance result or accesses (evidence reads, verifications).
 */
export function disclosedTo(
	viewer: Viewer,
	event: StoredAuditEvent,
	log: ChainLog,
	claimedTokens: ReadonlySet<string>,
): boolean {
	if (event.actorCompanyId !== null && event.actorCompanyId === viewer.companyId) return true;
	if (log === "access") return false;
	switch (event.eventType) {
		case "created":
		case "signed":
			return true;
		case "shared": {
			if (viewer.role === "publisher") return true;
			const details = detailsOf(event);
			return (
				details.target_company_id === viewer.companyId ||
				(typeof details.claim_token_id === "string" && claimedTokens.has(details.claim_token_id))
			);
		}
		case "claimed":
			return viewer.role === "publisher";
		// A revocation binds everyone holding the certificate: the publisher and every buyer that claimed it.
		case "revoked":
			return true;
		default:
			return false;
	}
}

/**
 * One chain as this viewer may see it, in seq order. `auditEvents` is the certificate's audit chain (for the access
 * log too: it says which tokens the viewer claimed).
 */
export function partyView(
	viewer: Viewer,
	events: readonly StoredAuditEvent[],
	log: ChainLog,
	auditEvents: readonly StoredAuditEvent[] = events,
): Promise<ChainLink[]> {
	const claimedTokens = tokensClaimedBy(viewer.companyId, auditEvents);
	return Promise.all(
		events.map((event) =>
			disclosedTo(viewer, event, log, claimedTokens) ? event : redactEvent(withoutRowId(event), log),
		),
	);
}

/** Row ids are the service's own bookkeeping, not part of any view. */
function withoutRowId(event: StoredAuditEvent): StoredAuditEvent {
	const { id: _, ...rest } = event;
	return rest;
}

/**
 * What a publisher learns of a buyer's compliance result outside the chains (the claim webhooks): its outcome, pass,
 * warn or reject, which the claim's status (`claimed`, `flagged`, `rejected`, in the `claimed` event it sees in full)
 * already tells it. The phrases matched, missing and forbidden, the score, grade, lead match and rule names are the
 * buyer's: its `compliance_checked` event is a commitment in the publisher's view.
 */
export const PublisherComplianceOutcomeSchema = ComplianceSummarySchema.pick({ status: true });

export function complianceOutcomeForPublisher(summary: { status: ComplianceStatus }): { status: ComplianceStatus } {
	return { status: summary.status };
}
