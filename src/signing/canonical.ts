// The exact bytes that get signed. RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16 code units,
// no insignificant whitespace, numbers in ECMAScript form. Anyone can reproduce it with any JCS library.
import canonicalize from "canonicalize";
// A namespace import lets esbuild drop what the schemas do not use (every locale, JSON Schema conversion), which
// keeps the offline verifier built from these modules small.
import * as z from "zod";

export function canonicalJson(value: unknown): string {
	const text = canonicalize(value);
	if (text === undefined) throw new TypeError("value cannot be canonicalised");
	return text;
}

const nullableString = z.string().nullable();

/**
 * What our capture script witnessed on the form page (a certificate with `source: "witnessed"`). The consent text is
 * the notice as the page rendered it (`consent_text`); the consumer's IP, user agent and geo are what the service saw
 * of the browser's own requests, and the times are the service's clock. `recording` is the manifest of the session
 * recording kept in R2: each chunk's SHA-256 in upload order and their total size, so a chunk changed, dropped or
 * reordered after capture is detected (src/recordings/manifest.ts).
 */
export const WitnessSchema = z.strictObject({
	/** The form page's origin, as the consumer's browser sent it. */
	origin: z.string(),
	/** When the script opened the session (page load), by the service's clock. */
	session_started_at: z.string(),
	seconds_on_page: z.number(),
	notice: z.strictObject({
		font_size_px: z.number(),
		/** WCAG 2 contrast ratio of the notice's text against its background, 1 to 21. */
		contrast_ratio: z.number(),
		/** Whether any of the notice was inside the viewport while the consumer was on the page. */
		visible: z.boolean(),
	}),
	/** The opt-in control: ticked by the consumer, already ticked when the page loaded, or none marked. */
	optin: z.enum(["checked_by_consumer", "prechecked", "none"]),
	/** How each marked field was filled (never its value): pasted wins over autofilled, which wins over typed. */
	fields: z.array(
		z.strictObject({
			name: z.string(),
			kind: z.enum(["email", "phone", "other"]),
			filled: z.enum(["typed", "pasted", "autofilled", "empty"]),
		}),
	),
	recording: z.strictObject({
		/** Lowercase hex SHA-256 of each chunk's bytes, in order. */
		chunks: z.array(z.string()),
		total_bytes: z.number(),
	}),
});

export type Witness = z.infer<typeof WitnessSchema>;

/**
 * Everything a certificate asserts: the record both signatures cover. Every field is always present (null when
 * unknown) so the shape never varies, and no other field is allowed, since a signature covers exactly these. The
 * exceptions: `witness`, only on witnessed certificates, and `source`, absent from the records of certificates
 * captured before it existed, which keep the shape they were signed with.
 */
export const ConsentRecordSchema = z.strictObject({
	certificate_id: z.string(),
	publisher_company_id: z.string(),
	property_id: z.string(),
	consent_text: z.string(),
	page_url: z.string(),
	consent_captured_at: z.string(),
	created_at: z.string(),
	consumer: z.strictObject({ ip: nullableString, user_agent: nullableString }),
	geo: z.strictObject({ country: nullableString, state: nullableString, city: nullableString }),
	recording_url: nullableString,
	/**
	 * Certificates captured since salted leads: `email_commitment`/`phone_commitment`, the lowercase hex
	 * SHA-256(salt ‖ normalised value), each value with a random salt of its own that only the parties holding the lead
	 * are given. Certificates captured before: `email_sha256`/`phone_sha256`, the plain SHA-256 of the normalised value,
	 * which they were signed with. Null where no value was captured.
	 */
	lead: z.union([
		z.strictObject({ email_commitment: nullableString, phone_commitment: nullableString }),
		z.strictObject({ email_sha256: nullableString, phone_sha256: nullableString }),
	]),
	/**
	 * `asserted`: the record is what the publisher's server sent. `witnessed`: our capture script saw the form page;
	 * `witness` holds what it measured. Absent on certificates captured before sources existed (they are asserted).
	 */
	source: z.enum(["asserted", "witnessed"]).optional(),
	witness: WitnessSchema.optional(),
});

export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

/**
 * The salts of a salted record's lead commitments (lowercase hex, 64 characters each; null where no value was
 * captured): given only to the parties that hold the lead, who can then show a value and its salt to prove the match.
 */
export const LeadSaltsSchema = z.strictObject({ email: nullableString, phone: nullableString });
export type LeadSalts = z.infer<typeof LeadSaltsSchema>;
