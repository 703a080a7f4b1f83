import { z } from "@hono/zod-openapi";
import { ComplianceSummarySchema as ComplianceSummary } from "../compliance";
import { jsonBody, jsonContent } from "../lib/http";
import { companyId, text } from "../lib/request-schemas";
import { protectedRoute, publicRoute } from "../lib/routes";

export const MAX_BATCH_SHARE = 1000;

const ShareResultSchema = z
	.object({
		claim_token: z.string().openapi({ example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4" }),
		claim_url: z.string(),
		expires_at: z.string(),
	})
	.openapi("ShareResult");

const ComplianceSummarySchema = ComplianceSummary.openapi("ComplianceSummary");

export const ClaimResultSchema = z
	.object({
		claim_id: z.number().int(),
		certificate_id: z.string(),
		status: z.enum(["claimed", "rejected"]),
		claimed_at: z.string(),
		compliance: ComplianceSummarySchema,
	})
	.openapi("ClaimResult");

export const ClaimSummarySchema = z
	.object({
		certificate_id: z.string(),
		publisher_name: z.string(),
		property_domain: z.string(),
		consent_captured_at: z.string(),
		has_recording: z.boolean(),
		status: z.enum(["pending", "claimed", "expired"]),
		expires_at: z.string(),
	})
	.openapi("ClaimSummary");

// A claim token is a one-time capability link, meant to be opened in a browser: it is stored only as a hash,
// expires after 90 days, is spent by the first claim, and its summary is rate limited per client.
const TokenParam = z.object({
	token: text({ max: 200 }).openapi({ example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4" }),
});
const htmlPage = { "text/html": { schema: z.string().openapi({ description: "An HTML page" }) } };

export const shareCertificate = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "shareCertificate",
		tag: "Sharing",
		summary: "Mint a one-time claim token for a certificate",
		description:
			"Without target_company_id the token is open: any company but the publisher can claim it. A targeted share also appears in the target's inbox as pending.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/{certificateId}/share",
		request: {
			params: z.object({
				certificateId: text({ max: 64 }).openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }),
			}),
			body: jsonBody(
				z
					.strictObject({ target_company_id: companyId().optional() })
					.openapi({ example: { target_company_id: "68a1b2c3d4e5f6a7b8c9d0e1" } }),
			),
		},
		responses: { 201: jsonContent(ShareResultSchema, "The token (shown once)") },
	},
);

export const batchShare = protectedRoute(
	{ scope: "sharing:write" },
	{
		operationId: "batchShareCertificates",
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

export const claimSummary = publicRoute(
	{
		operationId: "getClaimSummary",
		tag: "Sharing",
		summary: "What a claim token is for, without personal data",
		description:
			"No login needed: whoever holds the link may see the summary. With Accept: text/html this is a page with a Claim button.",
		errors: ["NOT_FOUND"],
		rateLimited: true,
	},
	{
		method: "get",
		path: "/certificate-sharing/certificates/claim/{token}",
		request: { params: TokenParam },
		responses: {
			200: { content: { "application/json": { schema: ClaimSummarySchema }, ...htmlPage }, description: "The summary" },
		},
	},
);

export const claimByToken = protectedRoute(
	{ scope: "claims:write" },
	{
		operationId: "claimCertificate",
		tag: "Sharing",
		summary: "Claim a certificate with its token",
		description:
			"Runs the buyer's consent rules; the token is spent either way. From a browser (Accept: text/html) the answer is a page, and a signed-out buyer is sent to sign in first.",
		errors: ["NOT_FOUND", "ALREADY_CLAIMED", "TOKEN_EXPIRED"],
		rateLimited: true,
		signInRedirect: true,
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/claim/{token}",
		request: { params: TokenParam },
		responses: {
			200: {
				content: { "application/json": { schema: ClaimResultSchema }, ...htmlPage },
				description: "Claimed (or rejected by a reject-mode rule; the token is spent either way)",
			},
		},
	},
);
