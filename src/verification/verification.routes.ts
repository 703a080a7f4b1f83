import { z } from "@hono/zod-openapi";
import { jsonContent } from "../lib/http";
import { rowIdParam, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";
import { verificationCheckNames } from "./verify-certificate";

export const VerificationReportSchema = z
	.object({
		valid: z.boolean().openapi({ description: "True only when every check passes" }),
		checks: z.array(
			z.object({
				check: z.enum(verificationCheckNames),
				valid: z.boolean(),
				detail: z.string().optional(),
				broken_at_seq: z
					.number()
					.int()
					.min(1)
					.max(Number.MAX_SAFE_INTEGER)
					.optional()
					.openapi({ description: "First audit event that does not hold" }),
				event_id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
			}),
		),
	})
	.openapi("VerificationReport");

const description =
	"Recomputes both signatures over the record rebuilt from the stored certificate and the whole audit hash chain, as they stand now, and checks that the signatures are the ones the `signed` audit event recorded at capture. It also checks the certificate's whole access log (`access_log`) against the audit chain's commitments to it, and its stored shares and claims (`claims_recorded`; for a buyer, its own share and claim) against the `shared`, `claimed` and `compliance_checked` events that recorded them. Each verification is itself recorded as a `verified` event on the access log, within seconds (the answer does not wait for it).";

export const verifyOwnCertificate = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "verifyCertificate",
		rateLimit: "costly-reads",
		tag: "Verification",
		summary: "Verify one of the publisher's certificates",
		description,
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificates/{id}/verify",
		request: {
			params: z.object({ id: text({ max: 64 }).openapi({ example: "EC-9ea0cfa5-6a3e-4c53-9d7b-4c1f1f2a9b10" }) }),
		},
		responses: { 200: jsonContent(VerificationReportSchema, "The verification report") },
	},
);

export const verifyClaimedCertificate = protectedRoute(
	{ scope: "evidence:read" },
	{
		operationId: "verifyClaimedCertificate",
		rateLimit: "costly-reads",
		tag: "Verification",
		summary: "Verify a certificate the buyer has claimed",
		description: `${description} For a buyer it also checks \`compliance_recorded\`: that the claim's compliance result is the one the \`compliance_checked\` event recorded for this very claim (the one appended with the \`claimed\` event naming its token).`,
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificate-sharing/partner-certificates/{claimId}/verify",
		request: { params: z.object({ claimId: rowIdParam().openapi({ example: 42 }) }) },
		responses: { 200: jsonContent(VerificationReportSchema, "The verification report") },
	},
);
