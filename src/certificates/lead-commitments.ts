// The lead in the signed record, as a commitment nobody can reverse. A phone number has about 10^10 values, so a
// plain SHA-256 of it (the form of certificates captured before salts, `email_sha256`/`phone_sha256`) is recovered
// from a bundle in seconds. A certificate's record now holds SHA-256(salt ‖ normalised value) for each value, with
// a salt of its own: without the salt no guess can be tested. The salts are sealed at rest with the data encryption
// keys (src/lib/sealed.ts) and disclosed only to the parties that hold the lead already, the publisher and the
// buyers that claimed the certificate, who can then show value and salt to prove the match.
import type { LeadFieldMatch, LeadMatch } from "../compliance";
import { randomHex, sha256Hex } from "../lib/crypto";
import { open, type SealingKeyRing, seal } from "../lib/sealed";
import type { LeadSalts } from "../signing/canonical";
import { type CertificateRow, hashLeadContact, type LeadContact, normaliseEmail, normalisePhone } from "./record";

/** 32 bytes from a CSPRNG, written as 64 lowercase hex characters: the salt's text is what is hashed. */
const LEAD_SALT_BYTES = 32;

export type StoredLead = Pick<
	CertificateRow,
	"id" | "leadEmailSha256" | "leadPhoneSha256" | "leadEmailCommitment" | "leadPhoneCommitment" | "leadSalts"
>;

/** Lowercase hex SHA-256 of the UTF-8 text of the salt's hex followed by the normalised value, nothing between. */
export function leadCommitment(salt: string, normalisedValue: string): Promise<string> {
	return sha256Hex(`${salt}${normalisedValue}`);
}

// The row's key is authenticated with the salts, so sealed salts copied onto another certificate do not open.
const sealingContext = (certificateId: string) => `certificate-lead-salts:${certificateId}`;

/** A new certificate's lead columns: a commitment per value given, with fresh salts sealed; no plain hash. */
export async function commitLeadContact(ring: SealingKeyRing, certificateId: string, lead: LeadContact | undefined) {
	const salts: LeadSalts = {
		email: lead?.email ? randomHex(LEAD_SALT_BYTES) : null,
		phone: lead?.phone ? randomHex(LEAD_SALT_BYTES) : null,
	};
	return {
		leadEmailSha256: null,
		leadPhoneSha256: null,
		leadEmailCommitment:
			lead?.email && salts.email ? await leadCommitment(salts.email, normaliseEmail(lead.email)) : null,
		leadPhoneCommitment:
			lead?.phone && salts.phone ? await leadCommitment(salts.phone, normalisePhone(lead.phone)) : null,
		// Sealed even when no lead was given: a row with salts is in the salted form, whatever it captured.
		leadSalts: await seal(ring, JSON.stringify(salts), sealingContext(certificateId)),
	} satisfies Partial<CertificateRow>;
}

/** The certificate's salts, or null for a certificate in the plain-hash form (captured before salts). */
export async function openLeadSalts(ring: SealingKeyRing, row: StoredLead): Promise<LeadSalts | null> {
	if (row.leadSalts === null) return null;
	const salts = JSON.parse(await open(ring, row.leadSalts, sealingContext(row.id))) as LeadSalts;
	return { email: salts.email ?? null, phone: salts.phone ?? null };
}

/**
 * The lead a buyer names compared with the certificate's, field by field, in the certificate's own form: the
 * commitment recomputed with its unsealed salt, or the plain hash of an older certificate. Only digests are compared,
 * so the values the buyer sent are never stored or logged.
 */
export async function matchLead(
	lead: LeadContact | undefined,
	stored: StoredLead,
	ring: SealingKeyRing,
): Promise<LeadMatch> {
	const compare = (given: string | null, captured: string | null): LeadFieldMatch =>
		given === null ? "not_provided" : captured === null ? "not_captured" : given === captured ? "match" : "mismatch";
	// Nothing named, nothing to compare: the salts stay sealed (most claims name no lead).
	if (!lead?.email && !lead?.phone) return { email: "not_provided", phone: "not_provided" };
	const salts = await openLeadSalts(ring, stored);
	if (salts === null) {
		const { leadEmailSha256, leadPhoneSha256 } = await hashLeadContact(lead);
		return {
			email: compare(leadEmailSha256, stored.leadEmailSha256),
			phone: compare(leadPhoneSha256, stored.leadPhoneSha256),
		};
	}
	// A value named where none was captured has no salt to commit with: it is "not_captured" either way.
	const committed = async (value: string | undefined, salt: string | null, normalise: (v: string) => string) =>
		value ? (salt ? await leadCommitment(salt, normalise(value)) : "") : null;
	return {
		email: compare(await committed(lead?.email, salts.email, normaliseEmail), stored.leadEmailCommitment),
		phone: compare(await committed(lead?.phone, salts.phone, normalisePhone), stored.leadPhoneCommitment),
	};
}
