import { z } from "@hono/zod-openapi";
import { captureFields } from "../capture-sessions/witness-view";
import { LeadContactSchema } from "../certificates/certificates.routes";
import { ComplianceSummarySchema as ComplianceSummary, LeadMatchSchema as LeadMatchBase } from "../compliance";
import { ClaimIdParam } from "../inbox/inbox.routes";
import { BatchItemErrorSchema, batchResults } from "../lib/batch-items";
import { htmlPage, jsonBody, jsonContent } from "../lib/http";
import { text } from "../lib/request-schemas";
import { PAGE_HEADERS, protectedRoute, publicRoute } from "../lib/routes";

export const MAX_BATCH_CLAIM = 100;
export const MAX_BATCH_VERIFY = 1000;

const ComplianceSummarySchema = ComplianceSummary.openapi("ComplianceSummary");

export const LeadMatchSchema = LeadMatchBase.openapi("LeadMatch", {
	description:
		"The lead the buyer named compared with the one captured, after the same normalisation: committed with the certificate's own salt and compared with its signed commitment (a certificate captured before salted leads: by plain SHA-256): match, mismatch, not_provided (the buyer named none), not_captured (the certificate holds none).",
});

export const ClaimResultSchema = z
	.object({
		claim_id: z.number().int(),
		certificate_id: z.string(),
		status: z.enum(["claimed", "rejected"]),
		claimed_at: z.string(),
		compliance: ComplianceSummarySchema,
		lead_match: LeadMatchSchema,
	})
	.openapi("ClaimResult");

const LeadBody = z.strictObject({ lead: LeadContactSchema.optional() });

export const ClaimSummarySchema = z
	.object({
		certificate_id: z.string(),
		publisher_name: z.string(),
		property_domain: z.string(),
		consent_captured_at: z.string(),
		...captureFields,
		status: z.enum(["pending", "claimed", "revoked", "expired"]).openapi({
			description: "revoked: the consumer revoked the consent and the token was not claimed; it never can be",
		}),
		expires_at: z.string(),
		revoked_at: z.string().nullable().openapi({
			format: "date-time",
			description: "When the consumer's revocation was received (the earliest, if several); null while consent stands",
		}),
	})
	.openapi("ClaimSummary");

// A claim token is a one-time capability link, meant to be opened in a browser: it is stored only as a hash,
// expires after 90 days, is spent by the first claim, and its summary is rate limited per client.
const TokenParam = z.object({
	token: text({ max: 200 }).openapi({ example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4" }),
});

export const claimSummary = publicRoute(
	{
		operationId: "getClaimSummary",
		sends: { always: PAGE_HEADERS },
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
		sends: { always: PAGE_HEADERS },
		reads: "replica-first",
		tag: "Sharing",
		summary: "Claim a certificate with its token",
		description:
			"Runs the buyer's consent rules; the token is spent either way. From a browser (Accept: text/html) the answer is a page, and a signed-out buyer is sent to sign in first.",
		errors: ["NOT_FOUND", "ALREADY_CLAIMED", "CONSENT_REVOKED", "TOKEN_EXPIRED", "SERVICE_UNAVAILABLE"],
		signInRedirect: true,
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/claim/{token}",
		request: {
			params: TokenParam,
			body: {
				content: {
					"application/json": {
						schema: LeadBody.openapi({ example: { lead: { email: "jane@example.com", phone: "(555) 010-0000" } } }),
					},
					// The claim page's button posts an empty form.
					"application/x-www-form-urlencoded": { schema: z.object({}) },
				},
				required: false,
				description:
					"Optional: the lead this certificate is bought for, compared with the captured one (lead_match, and rules with require_lead_match)",
			},
		},
		responses: {
			200: {
				content: { "application/json": { schema: ClaimResultSchema }, ...htmlPage },
				description: "Claimed (or rejected by a reject-mode rule; the token is spent either way)",
			},
		},
	},
);

const TokenString = text({ min: 1, max: 200 }).openapi({
	example: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4",
});

export const batchClaim = protectedRoute(
	{ scope: "claims:write" },
	{
		operationId: "batchClaimCertificates",
		rateLimit: "batches",
		reads: "replica-first",
		tag: "Sharing",
		summary: "Claim up to 100 certificates at once",
		description:
			"Each item is claimed as a single claim would be, with the same checks, rules and error codes, and fails on its own: the answer is 200 with one result per item, in request order. Each token is spent at most once, however many batches or single claims race for it. A token named twice in one batch is claimed once: later occurrences answer ALREADY_CLAIMED (or the first occurrence's error).",
		errors: [],
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/batch-claim",
		request: {
			body: jsonBody(
				z
					.strictObject({
						claims: z
							.array(z.strictObject({ token: TokenString, lead: LeadContactSchema.optional() }))
							.min(1)
							.max(MAX_BATCH_CLAIM),
					})
					.openapi({
						example: {
							claims: [
								{
									token: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4",
									lead: { email: "jane@example.com" },
								},
							],
						},
					}),
			),
		},
		responses: {
			200: jsonContent(
				batchResults(ClaimResultSchema.extend({ index: z.number().int(), ok: z.literal(true) }), MAX_BATCH_CLAIM),
				"One result per item, in request order",
			),
		},
	},
);

export const batchVerify = protectedRoute(
	{ scope: "claims:write" },
	{
		operationId: "batchVerifyTokens",
		rateLimit: "batches",
		reads: "replica-first",
		tag: "Sharing",
		summary: "Check up to 1,000 tokens before claiming them",
		description:
			"Spends no token. For each item: the claim summary, whether the caller may claim it now (and if not, the error a claim would answer), the dry-run compliance result against the caller's rules, the lead match, and whether both signatures verify. An unknown token is an item with error NOT_FOUND. Each certificate checked gets one verified event on its access log naming the checking company and the tokens checked, recorded within seconds after the answer (one per certificate per request, however often the queue delivers it).",
		errors: ["SERVICE_UNAVAILABLE"],
	},
	{
		method: "post",
		path: "/certificate-sharing/certificates/batch-verify",
		request: {
			body: jsonBody(
				z
					.strictObject({
						items: z
							.array(z.strictObject({ token: TokenString, lead: LeadContactSchema.optional() }))
							.min(1)
							.max(MAX_BATCH_VERIFY),
					})
					.openapi({
						example: {
							items: [
								{
									token: "clm_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4",
									lead: { phone: "+1 555 010 0000" },
								},
							],
						},
					}),
			),
		},
		responses: {
			200: jsonContent(
				batchResults(
					z
						.object({
							index: z.number().int(),
							ok: z.literal(true),
							summary: ClaimSummarySchema,
							claimable: z.boolean(),
							// A union rather than `.nullable()`, which renders a reference as `allOf: [ref, {type: [object, null]}]`:
							// null never validates against that, though it is sent for every claimable token.
							not_claimable: z.union([BatchItemErrorSchema, z.null()]),
							compliance: ComplianceSummarySchema,
							lead_match: LeadMatchSchema,
							signatures: z.object({ hmac: z.boolean(), ed25519: z.boolean() }),
						})
						.openapi("TokenCheck"),
					MAX_BATCH_VERIFY,
				),
				"One result per item, in request order",
			),
		},
	},
);

export const claimFromInbox = protectedRoute(
	{ scope: "claims:write" },
	{
		operationId: "claimPartnerCertificate",
		sends: { always: PAGE_HEADERS },
		reads: "replica-first",
		tag: "Buyer inbox",
		summary: "Claim a pending certificate shared with the buyer",
		description:
			"No token needed: the share was made to this buyer. Runs the buyer's consent rules. From a browser (Accept: text/html, the Claim button of the inbox page) the answer is a page, and a signed-out buyer is sent to sign in first.",
		errors: ["NOT_FOUND", "ALREADY_CLAIMED", "CONSENT_REVOKED", "TOKEN_EXPIRED", "SERVICE_UNAVAILABLE"],
		signInRedirect: true,
	},
	{
		method: "post",
		path: "/certificate-sharing/partner-certificates/{claimId}/claim",
		request: { params: ClaimIdParam },
		responses: {
			200: {
				content: { "application/json": { schema: ClaimResultSchema }, ...htmlPage },
				description: "Claimed or rejected",
			},
		},
	},
);
