// Certificate rows ⇄ the signed consent record ⇄ the API's JSON.
import type { certificates } from "../db/schema";
import { sha256Hex } from "../lib/crypto";
import type { ConsentRecord, LeadSalts } from "../signing/canonical";

export type CertificateRow = typeof certificates.$inferSelect;

/** The record the signatures cover, rebuilt from the stored row: verification never trusts a stored copy. */
export function toConsentRecord(row: CertificateRow): ConsentRecord {
	return {
		certificate_id: row.id,
		publisher_company_id: row.companyId,
		property_id: row.propertyId,
		consent_text: row.consentText,
		page_url: row.pageUrl,
		consent_captured_at: row.consentCapturedAt,
		created_at: row.createdAt,
		consumer: { ip: row.consumerIp, user_agent: row.consumerUserAgent },
		geo: { country: row.geoCountry, state: row.geoState, city: row.geoCity },
		recording_url: row.recordingUrl,
		// Commitments for a certificate with salts (src/certificates/lead-commitments.ts); plain hashes for one captured
		// before them, whose signatures cover that form.
		lead:
			row.leadSalts === null
				? { email_sha256: row.leadEmailSha256, phone_sha256: row.leadPhoneSha256 }
				: { email_commitment: row.leadEmailCommitment, phone_commitment: row.leadPhoneCommitment },
		// Certificates captured before sources existed were signed without these keys, and their records keep that shape.
		...(row.source ? { source: row.source } : {}),
		...(row.witness ? { witness: row.witness } : {}),
	};
}

/** The publisher's view of its certificate: the record, its signatures and the salts of its lead commitments. */
export function toCertificateJson(row: CertificateRow, leadSalts: LeadSalts | null) {
	const { certificate_id, ...record } = toConsentRecord(row);
	return {
		certificate_id,
		...record,
		lead_salts: leadSalts,
		signature: {
			algorithm: "HMAC-SHA256" as const,
			key_id: row.hmacKeyId,
			value: row.hmacSignature,
		},
		signatures: [
			{ algorithm: "HMAC-SHA256" as const, key_id: row.hmacKeyId, value: row.hmacSignature },
			// Certificates captured before Ed25519 signing existed have only the HMAC.
			...(row.ed25519KeyId && row.ed25519Signature
				? [{ algorithm: "Ed25519" as const, key_id: row.ed25519KeyId, value: row.ed25519Signature }]
				: []),
		],
	};
}

// Lead contact data is kept only as a digest of a normalised form, so two systems that saw the same lead agree on
// it without either storing the address or number.
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** Digits only; a 10-digit US number gets its country code so "(555) 010-0000" and "+1 555 010 0000" agree. */
export function normalisePhone(phone: string): string {
	const digits = phone.replace(/\D/g, "");
	return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}

export type LeadContact = { email?: string; phone?: string };

/** The plain-hash form of a lead, as certificates captured before salted leads hold it. */
export async function hashLeadContact(lead: LeadContact | undefined) {
	return {
		leadEmailSha256: lead?.email ? await sha256Hex(normaliseEmail(lead.email)) : null,
		leadPhoneSha256: lead?.phone ? await sha256Hex(normalisePhone(lead.phone)) : null,
	};
}
