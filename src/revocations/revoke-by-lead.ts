// Revoking by lead: a consumer who says stop names a phone number or an email, not a certificate. The publisher's
// certificates for that lead are found in the lead index (src/lead-lookup/), and each gets the revocation as if it had
// been recorded on it alone (recordRevocation): recording the same again is the same revocations.
import type { LeadContact } from "../certificates/record";
import { findLeadCertificates } from "../lead-lookup/lookup";
import type { AppContext } from "../lib/http";
import { type RecordedRevocation, type RevocationInput, recordRevocation } from "./revocations";

/** Revokes every certificate the caller published for this lead; newest certificate first. None found: an empty list. */
export async function revokeByLead(
	c: AppContext,
	lead: LeadContact,
	input: RevocationInput,
): Promise<RecordedRevocation[]> {
	const { caller, results } = await findLeadCertificates(c, [lead]);
	// The caller's own certificates only: those it claimed from other publishers are theirs to revoke, by claim.
	const published = (results[0]?.certificates ?? []).filter((certificate) => certificate.claim_id === null);
	// Each certificate has its own ledger entry; ledgers run them in parallel and serialise those they share.
	return Promise.all(
		published.map((certificate) =>
			recordRevocation(c, certificate.certificate_id, input, { ...caller, role: "publisher" }),
		),
	);
}
