// Re-verifies a stored certificate from scratch: both signatures over the record rebuilt from the row, and the
// whole audit chain. Pure: the caller reads the rows and supplies the key rings.
import { type ChainedAuditEvent, verifyChain } from "../audit/chain";
import { type CertificateRow, toConsentRecord } from "../certificates/record";
import { type Ed25519KeyRing, publicJwk, verifyEd25519 } from "../signing/ed25519";
import { type HmacKeyRing, verifyHmac } from "../signing/hmac";

export type VerificationCheckName = "hmac_signature" | "ed25519_signature" | "audit_chain";

export interface VerificationCheck {
	check: VerificationCheckName;
	valid: boolean;
	detail?: string;
	broken_at_seq?: number;
	event_id?: number;
}

/** An audit_events row as read from D1 (event_type is whatever is stored: the hash covers it as-is). */
export type StoredAuditEvent = Omit<ChainedAuditEvent, "eventType"> & { eventType: string; id?: number };

export interface VerificationReport {
	valid: boolean;
	checks: VerificationCheck[];
}

export async function verifyCertificate(
	row: CertificateRow,
	events: readonly StoredAuditEvent[],
	rings: { hmac: HmacKeyRing; ed25519: Ed25519KeyRing },
): Promise<VerificationReport> {
	const record = toConsentRecord(row);
	const checks: VerificationCheck[] = [];

	const hmac = await verifyHmac(record, { key_id: row.hmacKeyId, value: row.hmacSignature }, rings.hmac);
	checks.push(
		hmac.valid
			? { check: "hmac_signature", valid: true }
			: { check: "hmac_signature", valid: false, detail: hmac.reason },
	);

	if (!row.ed25519KeyId || !row.ed25519Signature) {
		checks.push({ check: "ed25519_signature", valid: false, detail: "certificate has no Ed25519 signature" });
	} else {
		const jwk = publicJwk(rings.ed25519, row.ed25519KeyId);
		const ed = jwk
			? await verifyEd25519(record, { value: row.ed25519Signature }, jwk)
			: ({ valid: false, reason: `unknown Ed25519 key id ${row.ed25519KeyId}` } as const);
		checks.push(
			ed.valid
				? { check: "ed25519_signature", valid: true }
				: { check: "ed25519_signature", valid: false, detail: ed.reason },
		);
	}

	const chain = await verifyChain(events as readonly (ChainedAuditEvent & { id?: number })[]);
	if (events.length === 0) {
		checks.push({ check: "audit_chain", valid: false, detail: "certificate has no audit events" });
	} else if (chain.valid) {
		checks.push({ check: "audit_chain", valid: true, detail: `${chain.events} events, head ${chain.head_hash}` });
	} else {
		checks.push({
			check: "audit_chain",
			valid: false,
			detail: chain.reason,
			broken_at_seq: chain.broken_at_seq,
			...(chain.event_id !== undefined ? { event_id: chain.event_id } : {}),
		});
	}

	return { valid: checks.every((c) => c.valid), checks };
}
