import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonContent } from "../lib/http";
import { verificationCheckNames } from "./verify-certificate";

export const VerificationReportSchema = z
	.object({
		valid: z.boolean().openapi({ description: "True only when every check passes" }),
		checks: z.array(
			z.object({
				check: z.enum(verificationCheckNames),
				valid: z.boolean(),
				detail: z.string().optional(),
				broken_at_seq: z.number().int().optional().openapi({ description: "First audit event that does not hold" }),
				event_id: z.number().int().optional(),
			}),
		),
	})
	.openapi("VerificationReport");

const tags = ["Verification"];
const description =
	"Recomputes both signatures over the record rebuilt from the stored certificate and the whole audit hash chain, as they stand now, and checks that the signatures are the ones the `signed` audit event recorded at capture. It also checks the certificate's whole access log against the audit chain's commitments to it. Each verification is itself recorded as a `verified` event in the access log.";

export const verifyOwnCertificate = createRoute({
	method: "get",
	path: "/certificates/{id}/verify",
	tags,
	summary: "Verify one of the publisher's certificates",
	description,
	request: { params: z.object({ id: z.string() }) },
	responses: {
		200: jsonContent(VerificationReportSchema, "The verification report"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});

export const verifyClaimedCertificate = createRoute({
	method: "get",
	path: "/certificate-sharing/partner-certificates/{claimId}/verify",
	tags,
	summary: "Verify a certificate the buyer has claimed",
	description: `${description} For a buyer it also checks \`compliance_recorded\`: that the claim's compliance result is the one the \`compliance_checked\` event recorded for this very claim (the one appended with the \`claimed\` event naming its token).`,
	request: {
		params: z.object({ claimId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
	},
	responses: {
		200: jsonContent(VerificationReportSchema, "The verification report"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});
