import { z } from "@hono/zod-openapi";
import { htmlPage, jsonBody, jsonContent } from "../lib/http";
import { companyId, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

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
		reads: "replica-first",
		idempotent: true,
		tag: "Sharing",
		summary: "Mint a one-time claim token for a certificate",
		description:
			"Without target_company_id the token is open: any company but the publisher can claim it. A targeted share also appears in the target's inbox as pending. From a browser (Accept: text/html, the Share button of the certificates page) the answer is a page showing the claim link once, and a signed-out publisher is sent to sign in first.",
		signInRedirect: true,
		errors: ["NOT_FOUND"],
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
		reads: "replica-first",
		idempotent: true,
		tag: "Sharing",
		summary: "Share up to 1,000 certificates at once",
		description: "All or nothing: if any certificate is not the caller's, nothing is shared and the 404 lists them.",
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
					.openapi({ example: { certificate_ids: ["EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10"] } }),
			),
		},
		responses: {
			201: jsonContent(
				z.object({ data: z.array(ShareResultSchema.extend({ certificate_id: z.string() })).max(MAX_BATCH_SHARE) }),
				"One token per certificate, in input order",
			),
		},
	},
);
