import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";
import { PageQuery, pageEnvelope } from "../lib/pagination";
import { ConsentRecordSchema } from "../signing/canonical";

export const CertificateSchema = ConsentRecordSchema.extend({
	certificate_id: z.string().openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }),
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

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2048);

export const CaptureCertificateBody = z.strictObject({
	property_id: z.string().max(64),
	consent_text: z.string().trim().min(1).max(50_000),
	page_url: HttpUrl,
	consent_captured_at: z.iso.datetime({ offset: true }).optional(),
	consumer: z
		.strictObject({
			ip: z.union([z.ipv4(), z.ipv6()]).optional(),
			user_agent: z.string().max(1024).optional(),
		})
		.optional(),
	geo: z
		.strictObject({
			country: z
				.string()
				.regex(/^[A-Za-z]{2}$/, "must be a two-letter country code")
				.optional(),
			state: z.string().trim().min(1).max(64).optional(),
			city: z.string().trim().min(1).max(128).optional(),
		})
		.optional(),
	recording_url: HttpUrl.optional(),
	lead: z
		.strictObject({
			email: z.email().max(254).optional(),
			phone: z
				.string()
				.regex(/^\+?[\d\s().-]{7,25}$/, "must be a phone number")
				.optional(),
		})
		.optional(),
});

const tags = ["Certificates"];

export const captureCertificate = createRoute({
	method: "post",
	path: "/certificates",
	tags,
	summary: "Capture and sign a consent certificate",
	description:
		"The certificate is immutable once created. It is signed with HMAC-SHA256 over the RFC 8785 canonical JSON of its consent record. Geo falls back to the request's own location. Lead email/phone are stored only as SHA-256 of their normalised form.",
	request: { body: jsonBody(CaptureCertificateBody) },
	responses: {
		201: jsonContent(CertificateSchema, "Captured and signed"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND", "PAYLOAD_TOO_LARGE"),
	},
});

export const getCertificate = createRoute({
	method: "get",
	path: "/certificates/{id}",
	tags,
	summary: "One of the publisher's certificates",
	request: { params: z.object({ id: z.string() }) },
	responses: {
		200: jsonContent(CertificateSchema, "The certificate"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});

export const listCertificates = createRoute({
	method: "get",
	path: "/certificates",
	tags,
	summary: "The publisher's certificates, newest first",
	request: {
		query: PageQuery.extend({ property_id: z.string().max(64).optional() }),
	},
	responses: {
		200: jsonContent(pageEnvelope(CertificateSchema, "CertificatePage"), "A page of certificates"),
		...errorResponses("UNAUTHORIZED"),
	},
});
