// Re-verifies a certificate from scratch: both signatures over the signed record, the whole audit chain, and that
// the chain's `signed` event recorded these very signatures. Pure: callers supply the evidence and the keys, so the
// same checks run on the service (record rebuilt from the stored row) and offline (record read from a bundle).
import { type ChainedAuditEvent, type ChainLink, verifyChain } from "../audit/chain";
import { type CertificateRow, toConsentRecord } from "../certificates/record";
import { sha256Hex } from "../lib/crypto";
import type { ConsentRecord } from "../signing/canonical";
import { type Ed25519KeyRing, type Ed25519PublicJwk, publicJwk, verifyEd25519 } from "../signing/ed25519";
import { type HmacKeyRing, verifyHmac } from "../signing/hmac";
import { checkClaimsRecorded, type SharesAndClaimsUnderTest } from "./claims-recorded";
import { type ClaimReference, checkComplianceRecorded } from "./compliance-recorded";

export const verificationCheckNames = [
	"hmac_signature",
	"ed25519_signature",
	"audit_chain",
	"signatures_recorded",
	"compliance_recorded",
	"claims_recorded",
	"access_log",
] as const;
export type VerificationCheckName = (typeof verificationCheckNames)[number];

export interface VerificationCheck {
	check: VerificationCheckName;
	valid: boolean;
	detail?: string;
	broken_at_seq?: number;
	event_id?: number;
}

/** An audit event as stored (event_type is whatever is stored: the hash covers it as-is). */
export type StoredAuditEvent = Omit<ChainedAuditEvent, "eventType"> & {
	eventType: string;
	id?: number;
	redacted?: undefined;
};

export interface VerificationReport {
	valid: boolean;
	checks: VerificationCheck[];
}

export interface EvidenceUnderTest {
	record: ConsentRecord;
	hmac: { key_id: string; value: string };
	ed25519: { key_id: string; value: string } | null;
	/** The audit chain in full or as some party's view (events that concern others as commitments). */
	events: readonly ChainLink[];
}

export interface VerificationKeys {
	/** Absent offline: only the service holds the HMAC secret, so the caller reports that check as not done. */
	hmac?: HmacKeyRing;
	ed25519PublicKey: (keyId: string) => Ed25519PublicJwk | undefined;
}

const pass = (check: VerificationCheckName, detail?: string): VerificationCheck =>
	detail === undefined ? { check, valid: true } : { check, valid: true, detail };
const fail = (check: VerificationCheckName, detail: string): VerificationCheck => ({ check, valid: false, detail });

export async function verifyEvidence(
	evidence: EvidenceUnderTest,
	keys: VerificationKeys,
): Promise<VerificationCheck[]> {
	const checks = await checkSignatures(evidence, keys);
	checks.push(await checkChain(evidence.record.certificate_id, evidence.events));
	checks.push(await checkSignaturesRecorded(evidence));
	return checks;
}

/** Both signatures over the record (the HMAC only where its key ring is given). */
export async function checkSignatures(
	evidence: Omit<EvidenceUnderTest, "events">,
	keys: VerificationKeys,
): Promise<VerificationCheck[]> {
	const { record } = evidence;
	const checks: VerificationCheck[] = [];

	if (keys.hmac) {
		const hmac = await verifyHmac(record, evidence.hmac, keys.hmac);
		checks.push(hmac.valid ? pass("hmac_signature") : fail("hmac_signature", hmac.reason));
	}

	if (!evidence.ed25519) {
		checks.push(fail("ed25519_signature", "certificate has no Ed25519 signature"));
	} else {
		const jwk = keys.ed25519PublicKey(evidence.ed25519.key_id);
		const ed = jwk
			? await verifyEd25519(record, evidence.ed25519, jwk)
			: ({ valid: false, reason: `unknown Ed25519 key id ${evidence.ed25519.key_id}` } as const);
		checks.push(ed.valid ? pass("ed25519_signature") : fail("ed25519_signature", ed.reason));
	}
	return checks;
}

async function checkChain(certificateId: string, events: readonly ChainLink[]): Promise<VerificationCheck> {
	if (events.length === 0) return fail("audit_chain", "certificate has no audit events");
	const chain = await verifyChain(events);
	if (!chain.valid) {
		return {
			...fail("audit_chain", chain.reason),
			broken_at_seq: chain.broken_at_seq,
			...(chain.event_id !== undefined ? { event_id: chain.event_id } : {}),
		};
	}
	// Each hash covers its certificate id, so a chain copied from another certificate cannot pass as this one's.
	const foreign = shownInFull(events).find((e) => e.certificateId !== certificateId);
	if (foreign) {
		return {
			...fail("audit_chain", `event belongs to certificate ${foreign.certificateId}`),
			broken_at_seq: foreign.seq,
			...(foreign.id !== undefined ? { event_id: foreign.id } : {}),
		};
	}
	const redacted = events.length - shownInFull(events).length;
	const views =
		redacted > 0
			? ` (${redacted} shown as commitments${chain.opaque > 0 ? `, ${chain.opaque} of them legacy, by hash only` : ""})`
			: "";
	return pass("audit_chain", `${chain.events} events${views}, head ${chain.head_hash}`);
}

/** The events of a view that are shown in full. */
export function shownInFull(events: readonly ChainLink[]): StoredAuditEvent[] {
	return events.filter((e): e is StoredAuditEvent => !e.redacted);
}

/** The `signed` event, written in the same transaction as the certificate, fixes which signatures it was given. */
async function checkSignaturesRecorded(evidence: EvidenceUnderTest): Promise<VerificationCheck> {
	const signed = shownInFull(evidence.events).find((e) => e.eventType === "signed");
	if (!signed) return fail("signatures_recorded", "the audit chain has no signed event");
	let recorded: Record<string, unknown>;
	try {
		recorded = JSON.parse(signed.details) as Record<string, unknown>;
	} catch {
		return { ...fail("signatures_recorded", "signed event details are not JSON"), broken_at_seq: signed.seq };
	}
	const expected: [string, unknown][] = [
		["key_id", evidence.hmac.key_id],
		["signature_sha256", await sha256Hex(evidence.hmac.value)],
	];
	if (evidence.ed25519) {
		expected.push(
			["ed25519_key_id", evidence.ed25519.key_id],
			["ed25519_signature_sha256", await sha256Hex(evidence.ed25519.value)],
		);
	}
	const mismatched = expected.filter(([field, value]) => recorded[field] !== value).map(([field]) => field);
	if (mismatched.length > 0) {
		return {
			...fail(
				"signatures_recorded",
				`signature differs from the one recorded when the certificate was signed (${mismatched.join(", ")})`,
			),
			broken_at_seq: signed.seq,
			...(signed.id !== undefined ? { event_id: signed.id } : {}),
		};
	}
	return pass("signatures_recorded", `matches the signed event (seq ${signed.seq})`);
}

/** A buyer's claim of the certificate, whose compliance result is checked against the chain too. */
export interface ClaimUnderTest {
	reference: ClaimReference;
	compliance: unknown;
}

/** A stored claim row as the verification needs it. */
export function claimUnderTest(claim: {
	claimTokenId: string;
	buyerCompanyId: string;
	claimedAt: string | null;
	compliance: unknown;
}): ClaimUnderTest {
	return {
		reference: { claimTokenId: claim.claimTokenId, buyerCompanyId: claim.buyerCompanyId, claimedAt: claim.claimedAt },
		compliance: claim.compliance,
	};
}

/** A stored certificate's two signatures, checked with the service's own key rings. */
export function checkStoredSignatures(
	row: CertificateRow,
	rings: { hmac: HmacKeyRing; ed25519: Ed25519KeyRing },
): Promise<VerificationCheck[]> {
	return checkSignatures(
		{
			record: toConsentRecord(row),
			hmac: { key_id: row.hmacKeyId, value: row.hmacSignature },
			ed25519:
				row.ed25519KeyId && row.ed25519Signature ? { key_id: row.ed25519KeyId, value: row.ed25519Signature } : null,
		},
		{ hmac: rings.hmac, ed25519PublicKey: (keyId) => publicJwk(rings.ed25519, keyId) },
	);
}

/**
 * The service's verification of a stored certificate, with its own key rings. Given the buyer's claim, it also
 * checks that claim's compliance result against the compliance_checked event recorded for that very claim. Given
 * stored shares and claims, it checks them against the chain's shared, claimed and compliance_checked events.
 */
export async function verifyCertificate(
	row: CertificateRow,
	events: readonly StoredAuditEvent[],
	rings: { hmac: HmacKeyRing; ed25519: Ed25519KeyRing },
	claim?: ClaimUnderTest,
	sharesAndClaims?: SharesAndClaimsUnderTest,
): Promise<VerificationReport> {
	const checks = await verifyEvidence(
		{
			record: toConsentRecord(row),
			hmac: { key_id: row.hmacKeyId, value: row.hmacSignature },
			ed25519:
				row.ed25519KeyId && row.ed25519Signature ? { key_id: row.ed25519KeyId, value: row.ed25519Signature } : null,
			events,
		},
		{ hmac: rings.hmac, ed25519PublicKey: (keyId) => publicJwk(rings.ed25519, keyId) },
	);
	if (claim) checks.push(checkComplianceRecorded(events, claim.reference, claim.compliance));
	if (sharesAndClaims) checks.push(checkClaimsRecorded(events, sharesAndClaims));
	return { valid: checks.every((c) => c.valid), checks };
}
