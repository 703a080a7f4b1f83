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
 * Everything a certificate asserts: the record both signatures cover. Every field is always present (null when
 * unknown) so the shape never varies, and no other field is allowed, since a signature covers exactly these.
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
	lead: z.strictObject({ email_sha256: nullableString, phone_sha256: nullableString }),
});

export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;
