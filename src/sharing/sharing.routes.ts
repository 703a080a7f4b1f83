import { z } from "@hono/zod-openapi";
import { batchResults } from "../lib/batch-items";
import { htmlPage, jsonBody, jsonContent } from "../lib/http";
import { companyId, text } from "../lib/request-schemas";
import { PAGE_HEADERS, protectedRoute } from "../lib/routes";

export const MAX_BATCH_SHARE = 1000;

const ShareResultSchema = z
	.object({
		claim_token: z.string().openapi({ example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4" }),
		claim_url: z.string(),
		expires_at: z.string(),
	})
	.openapi("ShareResult");

export const shareCertificate = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "shareCertificate",
		sends: { always: PAGE_HEADERS },
		reads: "replica-first",
		tag: "Sharing",
		summary: "Mint a one-time claim token for a certificate",
		description:
			"Without target_company_id the token is open: any company but the publisher can claim it. A targeted share also appears in the target's inbox as pending. From a browser (Accept: text/html, the Share button of the certificates page) the answer is a page showing the claim link once, and a signed-out publisher is sent to sign in first.",
		signInRedirect: true,
		errors: ["NOT_FOUND", "SERVICE_UNAVAILABLE"],
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/{certificateId}/share",
		request: {
			params: z.object({
				certificateId: text({ max: 64 }).openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }),
			}),
			body: {
				content: {
					"application/json": {
						schema: z
							.strictObject({ target_company_id: companyId().optional() })
							.openapi({ example: { target_company_id: "68a1b2c3d4e5f6a7b8c9d0e1" } }),
					},
					// The Share button of the certificates page posts an empty form: an open token.
					"application/x-www-form-urlencoded": { schema: z.object({}) },
				},
				required: true,
				description: "JSON body, or the certificates page's empty form",
			},
		},
		responses: {
			201: {
				content: { "application/json": { schema: ShareResultSchema }, ...htmlPage },
				description: "The token (shown once)",
			},
		},
	},
);

export const batchShare = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "batchShareCertificates",
		rateLimit: "batches",
		reads: "replica-first",
		tag: "Sharing",
		summary: "Share up to 1,000 certificates at once",
		description:
			"Each certificate is shared as a single share would be and fails on its own, as items of a batch claim do: the answer is 200 with one result per id, in request order, each its token or the error a share of it alone would answer (NOT_FOUND for an id that is not a certificate of the caller's, SERVICE_UNAVAILABLE when its ledger did not confirm the write: retry the request, with the same Idempotency-Key to get the same tokens). A certificate named twice gets two tokens. Only the request as a whole fails it all: an invalid body (400), or a target company that does not exist (404) or is the caller (400).",
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/batch-share",
		request: {
			body: jsonBody(
				z
					.strictObject({
						certificate_ids: z
							.array(text({ min: 1, max: 64 }))
							.min(1)
							.max(MAX_BATCH_SHARE),
						target_company_id: companyId().optional(),
					})
					.openapi({
						example: { certificate_ids: ["EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10", "EC-not-one-of-yours"] },
					}),
			),
		},
		responses: {
			200: jsonContent(
				batchResults(
					ShareResultSchema.extend({
						index: z.number().int(),
						ok: z.literal(true),
						certificate_id: z.string(),
					}).openapi("BatchShareResult"),
					MAX_BATCH_SHARE,
				).openapi({
					example: {
						results: [
							{
								index: 0,
								ok: true,
								certificate_id: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10",
								claim_token: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4",
								claim_url:
									"https://consent.example.com/certificate-sharing/certificates/claim/clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4",
								expires_at: "2027-03-06T12:00:00.000Z",
							},
							{ index: 1, ok: false, error: { code: "NOT_FOUND", message: "Certificate not found" } },
						],
					},
				}),
				"One result per id, in request order: its token (shown once) or its error",
			),
		},
	},
);
