import { z } from "@hono/zod-openapi";
import { LeadContactSchema } from "../certificates/certificates.routes";
import { jsonBody, jsonContent } from "../lib/http";
import { protectedRoute } from "../lib/routes";
import { MAX_LOOKUP_LEADS } from "./lookup";

// A lead naming neither field would find nothing: it is refused rather than answered with an empty list.
const LookupLead = LeadContactSchema.refine((lead) => lead.email !== undefined || lead.phone !== undefined, {
	message: "A lead needs an email or a phone",
});

const LookedUpCertificateSchema = z
	.object({
		certificate_id: z.string(),
		claim_id: z.number().int().nullable().openapi({
			description:
				"The caller's claim of the certificate; null for a certificate the caller captured (as its publisher).",
		}),
		status: z.enum(["active", "revoked"]),
		revoked_at: z.string().optional().openapi({
			description:
				"Only when revoked: when the consumer's first revocation recorded against the certificate was received.",
		}),
		created_at: z.string().openapi({ description: "When the certificate was captured: the list is newest first." }),
	})
	.openapi("LookedUpCertificate");

export const lookUpLeads = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "lookUpCertificatesByLead",
		reads: "replica-first",
		tag: "Buyer inbox",
		summary: "Find the caller's certificates for up to 1,000 leads",
		description:
			"For each lead (an email, a phone or both, normalised as everywhere else), the certificates the caller may see for it: those it claimed (claimed or flagged; `claim_id` names the claim) and those it captured as their publisher (`claim_id` null), newest first, each active or revoked. Never another company's certificates, nor one shared with the caller but not claimed. Served from an index of keyed hashes (HMAC-SHA256 under a key kept outside the database), so the time does not grow with the number of certificates. A POST because leads are personal data and do not belong in a URL; nothing is written.",
		rateLimit: "batches",
		maxBodyBytes: 400 * 1024,
	},
	{
		method: "post",
		path: "/certificate-sharing/lookups",
		request: {
			body: jsonBody(
				z.strictObject({ leads: z.array(LookupLead).min(1).max(MAX_LOOKUP_LEADS) }).openapi({
					example: {
						leads: [{ phone: "+1 555 010 0000" }, { email: "jane.doe@example.com", phone: "(555) 010-0001" }],
					},
				}),
			),
		},
		responses: {
			200: jsonContent(
				z.object({
					results: z
						.array(
							z
								.object({ index: z.number().int(), certificates: z.array(LookedUpCertificateSchema) })
								.openapi("LeadLookupResult"),
						)
						.max(MAX_LOOKUP_LEADS),
				}),
				"One result per lead, in request order",
			),
		},
	},
);
