// What anyone holding a claim token may learn before claiming it (the claim page, GET of the token, batch verify):
// enough to decide whether to claim, nothing about the consumer.
import { eq } from "drizzle-orm";
import {
	type CertificateSource,
	hasRecording,
	signalsOf,
	sourceOf,
	type WitnessSignals,
} from "../capture-sessions/witness-view";
import { claimTokens } from "../db/schema";
import type { AppContext } from "../lib/http";
import { hashClaimToken, isWellFormedClaimToken } from "../sharing/tokens";
import { type ClaimContext, claimContextQuery, toContext } from "./claim";

export interface ClaimSummary {
	certificate_id: string;
	publisher_name: string;
	property_domain: string;
	consent_captured_at: string;
	has_recording: boolean;
	source: CertificateSource;
	signals: WitnessSignals | null;
	status: "pending" | "claimed" | "revoked" | "expired";
	expires_at: string;
	/** When the consumer revoked the consent (see src/revocations/); null while it stands. */
	revoked_at: string | null;
}

export function toClaimSummary(
	{ token, certificate, claim, publisherName, propertyDomain, revokedAt }: ClaimContext,
	at: Date,
) {
	const expired = new Date(token.expiresAt).getTime() <= at.getTime();
	return {
		certificate_id: certificate.id,
		publisher_name: publisherName,
		property_domain: propertyDomain,
		consent_captured_at: certificate.consentCapturedAt,
		has_recording: hasRecording(certificate.recordingUrl, certificate.witness),
		source: sourceOf(certificate.source),
		signals: signalsOf(certificate.witness),
		// A claimed token stays claimed; an unclaimed one of a revoked certificate can never be claimed.
		status:
			claim && claim.status !== "pending"
				? "claimed"
				: revokedAt !== null
					? "revoked"
					: expired
						? "expired"
						: "pending",
		expires_at: token.expiresAt,
		revoked_at: revokedAt,
	} satisfies ClaimSummary;
}

/**
 * The token's context, or null when no such token exists (a malformed one cannot, and costs no read). Read on the
 * shard the token names, where its certificate, share and claim are (with the copies of its publisher and property).
 */
export async function readClaimContext(c: AppContext, token: string): Promise<ClaimContext | null> {
	if (!isWellFormedClaimToken(token)) return null;
	const { db } = c.var.shards.forToken(token);
	const [row] = await claimContextQuery(db, eq(claimTokens.tokenHash, await hashClaimToken(token)));
	return row ? toContext(row) : null;
}
