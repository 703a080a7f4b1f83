import { z } from "@hono/zod-openapi";
import { CertificateIdParam, LeadContactSchema } from "../certificates/certificates.routes";
import { ClaimIdParam } from "../inbox/inbox.routes";
import { consentCaptureTimeProblem, storableUtc } from "../lib/client-times";
import { now } from "../lib/clock";
import { jsonBody, jsonContent } from "../lib/http";
import { text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";
import { HONOR_BY_RULE } from "./honor-by";
import { revocationChannels } from "./revocations";

export const RevocationBody = z
	.strictObject({
		channel: z.enum(revocationChannels).openapi({ description: "How the consumer revoked" }),
		received_at: z.iso
			.datetime({ offset: true })
			.max(40)
			.superRefine((value, ctx) => {
				const problem = consentCaptureTimeProblem(value, now()) ?? (storableUtc(value) ? null : "must be a date-time");
				if (problem) ctx.addIssue({ code: "custom", message: problem });
			})
			.openapi({
				description:
					"When the consumer's revocation reached you (RFC 3339 with an offset). With the channel, it names the revocation: sending the same again records nothing new.",
				format: "date-time",
				maxLength: 40,
			}),
		note: text({ min: 1, max: 2000, trim: true }).optional().openapi({
			description:
				"Your own note (who took the call, a ticket number). Shown to the publisher and to you; never in webhooks or in the audit chain.",
		}),
	})
	.openapi("RevocationInput", {
		example: { channel: "call", received_at: "2026-11-25T15:04:05Z", note: "Said stop on the follow-up call" },
	});

export const RevocationSchema = z
	.object({
		id: z.string().openapi({ example: "rvk_5f0c6b1e9a2d4c7b8e1f3a6d" }),
		certificate_id: z.string(),
		channel: z.enum(revocationChannels),
		received_at: z.string().openapi({ format: "date-time" }),
		honor_by: z.string().openapi({ format: "date-time", description: HONOR_BY_RULE }),
		note: z.string().nullable(),
		recorded_by_company_id: z.string(),
		recorded_by_user_id: z.string().nullable().openapi({ description: "null when recorded with an API key" }),
		created_at: z.string().openapi({ format: "date-time", description: "When it was recorded here" }),
	})
	.openapi("Revocation");

const RecordAnswers = {
	201: jsonContent(RevocationSchema, "Recorded"),
	200: jsonContent(RevocationSchema, "Recorded before (same received_at and channel): the revocation as it was"),
};

const RECORDING = `A revocation is appended to the certificate's audit chain (event \`revoked\`, naming who recorded it and when it was received) and cannot be undone; consent given again needs a new certificate. Every company that claimed the certificate gets the webhook \`consent.revoked\`; its unclaimed tokens can no longer be claimed (409 CONSENT_REVOKED). ${HONOR_BY_RULE}`;

export const recordPublisherRevocation = protectedRoute(
	{ scope: "certificates:write" },
	{
		operationId: "recordCertificateRevocation",
		reads: "replica-first",
		tag: "Revocations",
		summary: "Record a consumer's revocation of a certificate's consent",
		description: `For the certificate's publisher. ${RECORDING}`,
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/certificates/{id}/revocations",
		request: { params: CertificateIdParam, body: jsonBody(RevocationBody) },
		responses: RecordAnswers,
	},
);

export const recordBuyerRevocation = protectedRoute(
	{ scope: "claims:write" },
	{
		operationId: "recordPartnerCertificateRevocation",
		reads: "replica-first",
		tag: "Revocations",
		summary: "Record a consumer's revocation of a claimed certificate's consent",
		description: `For a buyer, by its claim of the certificate (claimed, flagged or rejected; a pending share is NOT_FOUND). ${RECORDING}`,
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/certificate-sharing/partner-certificates/{claimId}/revocations",
		request: { params: ClaimIdParam, body: jsonBody(RevocationBody) },
		responses: RecordAnswers,
	},
);

export const NotificationSchema = z
	.object({
		company_id: z.string().openapi({ description: "A company that claimed the certificate" }),
		event_id: z.string().openapi({ description: "The consent.revoked event sent to it (its webhook-id)" }),
		deliveries: z
			.array(
				z.object({
					endpoint_id: z.string(),
					status: z.enum(["pending", "delivered", "dead"]),
					attempts: z.number().int(),
					delivered_at: z.string().nullable().openapi({ description: "When the endpoint answered 2xx" }),
				}),
			)
			.openapi({
				description:
					"One per endpoint of the company subscribed to consent.revoked; empty while the event is on its way or when the company has no such endpoint.",
			}),
	})
	.openapi("RevocationNotification");

export const listRevocations = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "listCertificateRevocations",
		tag: "Revocations",
		summary: "A certificate's revocations, who was notified and when each delivery succeeded",
		description:
			"For the certificate's publisher, oldest first. Each revocation lists the companies that claimed the certificate when it was recorded, the consent.revoked event sent to each and its deliveries to their endpoints.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/certificates/{id}/revocations",
		request: { params: CertificateIdParam },
		responses: {
			200: jsonContent(
				z
					.object({
						data: z.array(RevocationSchema.extend({ notified: z.array(NotificationSchema) })).max(1000),
					})
					.openapi("CertificateRevocations"),
				"The certificate's revocations",
			),
		},
	},
);

// Its own object rather than an extension of RevocationInput, which the document would render as a reference plus
// the added fields: one flat schema is what clients and generated code read best.
export const RevokeByLeadBody = z
	.strictObject({ ...LeadContactSchema.shape, ...RevocationBody.shape })
	.refine((body) => body.email !== undefined || body.phone !== undefined, {
		message: "Name the lead: an email, a phone or both",
	})
	.openapi("LeadRevocationInput", {
		example: { phone: "+1 555 010 0000", channel: "sms", received_at: "2026-11-25T15:04:05Z", note: "Replied STOP" },
	});

export const revokeByLead = protectedRoute(
	{ scope: "certificates:write" },
	{
		operationId: "recordLeadRevocation",
		reads: "replica-first",
		tag: "Revocations",
		summary: "Record a consumer's revocation by phone or email, on every certificate of the lead",
		description: `For a publisher whose consumer names a phone number or an email rather than a certificate: every certificate the caller published for that lead (found by lead, normalised as at capture) gets the revocation, newest first. None found is an empty list. Each is recorded as a revocation of that certificate alone would be, and is idempotent the same way (\`created\` false for one recorded before). ${RECORDING}`,
	},
	{
		method: "post",
		path: "/consent-revocations",
		request: { body: jsonBody(RevokeByLeadBody) },
		responses: {
			200: jsonContent(
				z
					.object({
						revocations: z.array(
							RevocationSchema.extend({
								created: z.boolean().openapi({ description: "false: recorded before, answered as it was" }),
							}),
						),
					})
					.openapi("LeadRevocations"),
				"The revocation of each of the caller's certificates for the lead",
			),
		},
	},
);
