import { z } from "@hono/zod-openapi";
import { CertificateHistorySchema } from "../evidence/bundle";
import { consentCaptureTimeProblem, EARLIEST_CONSENT_CAPTURE, MAX_CLOCK_SKEW_MS } from "../lib/client-times";
import { now } from "../lib/clock";
import { htmlPage, jsonBody, jsonContent } from "../lib/http";
import { CursorOrPageQuery, cursorAndPageEnvelope } from "../lib/pagination";
import { email, httpUrl, text, wellFormed } from "../lib/request-schemas";
import { PAGE_HEADERS, protectedRoute } from "../lib/routes";
import { ConsentRecordSchema, LeadSaltsSchema } from "../signing/canonical";
import { normaliseEmail } from "./record";

export const CertificateSchema = ConsentRecordSchema.extend({
	certificate_id: z.string().openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }),
	lead_salts: LeadSaltsSchema.nullable().openapi({
		description:
			"Beside the signed record, not part of it (like `signature` and `signatures`, leave it out when checking a signature): the salt of each lead commitment in `lead` (email_commitment = lowercase hex SHA-256 of the UTF-8 text of the salt followed by the normalised email, phone likewise), for the publisher to prove a match by showing value and salt. Only the publisher and buyers that claimed the certificate are given them. Null for a certificate captured before salted leads, whose `lead` holds plain `email_sha256`/`phone_sha256`.",
	}),
	signature: z.object({
		algorithm: z.literal("HMAC-SHA256"),
		key_id: z.string(),
		value: z.string(),
	}),
	signatures: z
		.array(
			z.object({
				algorithm: z.enum(["HMAC-SHA256", "Ed25519"]),
				key_id: z.string(),
				value: z.string().openapi({ description: "HMAC: lowercase hex; Ed25519: base64url" }),
			}),
		)
		.openapi({
			description:
				"Every signature over the canonical record. Ed25519 ones verify with the public keys at /.well-known/econsent/keys.json.",
		}),
}).openapi("Certificate");

/** Applies `normalise` to a string before `schema` checks it; anything else is left for `schema` to refuse. */
const normalisedFirst = <T extends z.ZodType>(normalise: (value: string) => string, schema: T) =>
	z.preprocess((value) => (typeof value === "string" ? normalise(value) : value), schema);

/**
 * A lead's contact details: at capture they are stored only as salted commitments to their normalised form; a buyer
 * names them in the same shape to have them compared (see normaliseEmail and normalisePhone). The email is trimmed
 * and lower-cased, and the phone trimmed, before they are checked: the comparison ignores spaces and capitals, so a
 * lead written " Jane.Doe@Example.COM " is the same lead wherever it is sent, never a 400 in one place and a match
 * in another.
 */
export const LeadContactSchema = z
	.strictObject({
		email: normalisedFirst(
			normaliseEmail,
			email().openapi({
				description: "Checked once trimmed and lower-cased: spaces around it and capitals are accepted.",
			}),
		).optional(),
		phone: normalisedFirst(
			(phone) => phone.trim(),
			wellFormed(
				z
					.string()
					.max(25)
					.regex(/^\+?[\d\s().-]{7,25}$/, "must be a phone number"),
			).openapi({ description: "Checked once trimmed: spaces around it are accepted." }),
		).optional(),
	})
	.openapi("LeadContact", {
		description:
			'Compared after normalising: email trimmed and lower-cased; phone reduced to its digits, a 10-digit (US) number prefixed with +1, any other with + (so +1 555 010 0000, 1-555-010-0000 and (555) 010-0000 agree). Spaces around either and capitals in the email are accepted: " Jane.Doe@Example.COM " is the same lead as "jane.doe@example.com".',
	});

export const CaptureCertificateBody = z
	.strictObject({
		property_id: text({ max: 64 }),
		consent_text: text({ min: 1, max: 50_000, trim: true }),
		page_url: httpUrl(),
		consent_captured_at: z.iso
			.datetime({ offset: true })
			.max(40)
			.superRefine((value, ctx) => {
				const problem = consentCaptureTimeProblem(value, now());
				if (problem) ctx.addIssue({ code: "custom", message: problem });
			})
			.optional()
			.openapi({
				description: `When the consumer agreed; now when left out. Not before ${EARLIEST_CONSENT_CAPTURE}, and not more than ${MAX_CLOCK_SKEW_MS / 60_000} minutes ahead of the service's clock.`,
				format: "date-time",
				maxLength: 40,
			}),
		consumer: z
			.strictObject({
				ip: z.union([z.ipv4().max(15), z.ipv6().max(45)]).optional(),
				user_agent: text({ max: 1024 }).optional(),
			})
			.optional(),
		geo: z
			.strictObject({
				country: z
					.string()
					.max(2)
					.regex(/^[A-Za-z]{2}$/, "must be a two-letter country code")
					.optional(),
				state: text({ min: 1, max: 64, trim: true }).optional(),
				city: text({ min: 1, max: 128, trim: true }).optional(),
			})
			.optional(),
		recording_url: httpUrl().optional(),
		lead: LeadContactSchema.optional(),
	})
	.openapi({
		example: {
			property_id: "67fa8d40a96f513ae019c85c",
			consent_text:
				"I agree that Acme Insurance may call me, including by autodialer. Consent is not required as a condition of purchase.",
			page_url: "https://forms.leadgen.example/quote",
			consumer: { ip: "203.0.113.7", user_agent: "Mozilla/5.0" },
			geo: { country: "US", state: "FL" },
			lead: { email: "jane@example.com" },
		},
	});

export const CertificateIdParam = z.object({
	id: text({ max: 64 }).openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }),
});

export const captureCertificate = protectedRoute(
	{ scope: "certificates:write" },
	{
		operationId: "captureCertificate",
		rateLimit: "captures",
		reads: "replica-first",
		tag: "Certificates",
		summary: "Capture and sign a consent certificate",
		description:
			"The certificate is immutable once created. It is signed with HMAC-SHA256 and Ed25519 over the RFC 8785 canonical JSON of its consent record. Geo falls back to the request's own location. The lead's email and phone are kept only as commitments: SHA-256 of a random salt (64 hex characters) followed by the normalised value, each value with its own salt; the salts are sealed at rest and given only to the publisher (`lead_salts`) and to buyers that claim the certificate.",
		errors: ["NOT_FOUND", "SERVICE_UNAVAILABLE"],
	},
	{
		method: "post",
		path: "/certificates",
		request: { body: jsonBody(CaptureCertificateBody) },
		responses: { 201: jsonContent(CertificateSchema, "Captured and signed") },
	},
);

export const getCertificate = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "getCertificate",
		tag: "Certificates",
		summary: "One of the publisher's certificates",
		description: "Another company's certificate answers the same 404 as one that does not exist.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificates/{id}",
		request: { params: CertificateIdParam },
		responses: { 200: jsonContent(CertificateSchema, "The certificate") },
	},
);

export const getCertificateHistory = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "getCertificateHistory",
		rateLimit: "costly-reads",
		tag: "Certificates",
		summary: "A certificate's whole life: its audit chain and access log",
		description:
			"Both hash chains of one of the publisher's certificates, events in the evidence bundle's form (see its `methods`), so they verify offline. " +
			"Every share and claim is shown in full; each buyer's compliance result and each buyer's evidence reads and verifications only as commitments " +
			"(`redacted`: seq, type, time and hashes), which still verify end to end. The read is itself recorded on the access log and included.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificates/{id}/history",
		request: { params: CertificateIdParam },
		responses: {
			200: jsonContent(
				CertificateHistorySchema.openapi("CertificateHistory"),
				"Both chains as the publisher sees them",
			),
		},
	},
);

export const listCertificates = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "listCertificates",
		rateLimit: "costly-reads",
		sends: { always: PAGE_HEADERS },
		tag: "Certificates",
		summary: "The publisher's certificates, newest first",
		description:
			"One page at a time: follow `next_cursor`. The older `page` numbers and `total` still work, for the first 10,000 certificates (`page` × `limit` at most 10,000); past them, follow `next_cursor`. With Accept: text/html the same page is an HTML page with a Next page link and a Share button per certificate; a signed-out browser is sent to sign in first.",
		signInRedirect: true,
	},
	{
		method: "get",
		path: "/certificates",
		request: { query: CursorOrPageQuery.extend({ property_id: text({ max: 64 }).optional() }) },
		responses: {
			200: {
				content: {
					"application/json": { schema: cursorAndPageEnvelope(CertificateSchema, "CertificatePage") },
					...htmlPage,
				},
				description: "A page of certificates",
			},
		},
	},
);
