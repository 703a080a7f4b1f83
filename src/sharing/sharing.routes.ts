import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";

const CompanyId = z
	.string()
	.regex(/^[0-9a-f]{24}$/, "must be a company id (24 lowercase hex)")
	.openapi({ example: "68a1b2c3d4e5f6a7b8c9d0e1" });

export const MAX_BATCH_SHARE = 1000;

const ShareResultSchema = z
	.object({
		claim_token: z.string().openapi({ example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4" }),
		claim_url: z.string(),
		expires_at: z.string(),
	})
	.openapi("ShareResult");

const ComplianceSummarySchema = z
	.object({
		score: z.number().int(),
		matched: z.array(z.string()),
		missing: z.array(z.string()),
		forbidden_found: z.array(z.string()),
		status: z.enum(["pass", "warn", "reject"]),
		grade: z.enum(["full", "partial", "failed"]),
		rules_evaluated: z.number().int(),
	})
	.openapi("ComplianceSummary");

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

const tags = ["Sharing"];
const TokenParam = z.object({ token: z.string().max(200) });

export const shareCertificate = createRoute({
	method: "post",
	path: "/certificate-sharing/certificates/{certificateId}/share",
	tags,
	summary: "Mint a one-time claim token for a certificate",
	description:
		"Without target_company_id the token is open: any company but the publisher can claim it. A targeted share also appears in the target's inbox as pending.",
	request: {
		params: z.object({ certificateId: z.string().max(64) }),
		body: jsonBody(z.strictObject({ target_company_id: CompanyId.optional() })),
	},
	responses: {
		201: jsonContent(ShareResultSchema, "The token (shown once)"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});

export const batchShare = createRoute({
	method: "post",
	path: "/certificate-sharing/certificates/batch-share",
	tags,
	summary: "Share up to 1,000 certificates at once (all or nothing)",
	request: {
		body: jsonBody(
			z.strictObject({
				certificate_ids: z.array(z.string().min(1).max(64)).min(1).max(MAX_BATCH_SHARE),
				target_company_id: CompanyId.optional(),
			}),
		),
	},
	responses: {
		201: jsonContent(
			z.object({ data: z.array(ShareResultSchema.extend({ certificate_id: z.string() })) }),
			"One token per certificate, in input order",
		),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});

export const claimSummary = createRoute({
	method: "get",
	path: "/certificate-sharing/certificates/claim/{token}",
	tags,
	summary: "What a claim token is for, without personal data (no login)",
	description: "With Accept: text/html this is a page with a Claim button.",
	request: { params: TokenParam },
	responses: {
		200: {
			content: {
				"application/json": { schema: ClaimSummarySchema },
				"text/html": { schema: z.string() },
			},
			description: "The summary",
		},
		...errorResponses("NOT_FOUND", "RATE_LIMITED"),
	},
});

export const claimByToken = createRoute({
	method: "post",
	path: "/certificate-sharing/certificates/claim/{token}",
	tags,
	summary: "Claim a certificate with its token; runs the buyer's consent rules",
	request: { params: TokenParam },
	responses: {
		200: {
			content: {
				"application/json": { schema: ClaimResultSchema },
				"text/html": { schema: z.string() },
			},
			description: "Claimed (or rejected by a reject-mode rule; the token is spent either way)",
		},
		...errorResponses("UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "ALREADY_CLAIMED", "TOKEN_EXPIRED", "RATE_LIMITED"),
	},
});
