// The exact bytes that get signed. RFC 8785 (JSON Canonicalization Scheme): keys sorted by UTF-16 code units,
// no insignificant whitespace, numbers in ECMAScript form. Anyone can reproduce it with any JCS library.
import canonicalize from "canonicalize";

export function canonicalJson(value: unknown): string {
	const text = canonicalize(value);
	if (text === undefined) throw new TypeError("value cannot be canonicalised");
	return text;
}

/** Everything a certificate asserts. Every field is always present (null when unknown) so the shape never varies. */
export interface ConsentRecord {
	certificate_id: string;
	publisher_company_id: string;
	property_id: string;
	consent_text: string;
	page_url: string;
	consent_captured_at: string;
	created_at: string;
	consumer: { ip: string | null; user_agent: string | null };
	geo: { country: string | null; state: string | null; city: string | null };
	recording_url: string | null;
	lead: { email_sha256: string | null; phone_sha256: string | null };
}
