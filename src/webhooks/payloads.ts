// What each event says. Every body is {"type", "id", "created_at", "data"}; data holds ids, statuses and links, never
// personal data (no consent text, no lead contact, no IP), and only what the recipient may see of the certificate
// (src/evidence/disclosure.ts): a claim event tells the publisher the claim's outcome, never the buyer's rules. The schemas document the events (the OpenAPI document's
// `webhooks`) and let tests check every body sent. Event ids come from ./event-ids.ts.
import { z } from "@hono/zod-openapi";
import type { ComplianceStatus } from "../compliance";
import type { WebhookEventType } from "../db/schema";
import { complianceOutcomeForPublisher, PublisherComplianceOutcomeSchema } from "../evidence/disclosure";
import { eventIds } from "./event-ids";

const id = (description: string) => z.string().max(64).openapi({ description });
const time = z.string().max(40).openapi({ format: "date-time" });
const link = (description: string) => z.string().max(2200).openapi({ description });

export const CertificateSharedData = z
	.object({
		certificate_id: id("The certificate shared"),
		claim_id: z.number().int().openapi({ format: "int64", description: "The share's row in your inbox" }),
		claim_token_id: id("The share's token (the token itself goes only to the publisher)"),
		publisher_company_id: id("Who shared it"),
		access_level: z.enum(["claim", "read"]),
		expires_at: time,
		auto_share: z.boolean().openapi({ description: "Made by an auto-share partnership" }),
		links: z.object({
			claim: link("POST here to claim it; null for a read-only share").nullable(),
			inbox: link("Your inbox"),
		}),
	})
	.openapi("CertificateSharedEventData");

export const CertificateClaimedData = z
	.object({
		certificate_id: id("Your certificate"),
		claim_id: z.number().int().openapi({ format: "int64", description: "The buyer's claim" }),
		claim_token_id: id("The token claimed"),
		buyer_company_id: id("Who claimed it"),
		status: z.enum(["claimed", "flagged", "rejected"]).openapi({
			description: "flagged: claimed with a warn-mode rule failing; rejected: a reject-mode rule failed",
		}),
		claimed_at: time,
		compliance: PublisherComplianceOutcomeSchema.openapi("ClaimOutcomeForPublisher", {
			description:
				"The outcome of the buyer's consent rules: pass, warn or reject. The phrases, score, grade, lead match and rule names are the buyer's and are never sent to the publisher.",
		}),
		links: z.object({ certificate: link("The certificate"), verify: link("Its verification") }),
	})
	.openapi("CertificateClaimedEventData");

export const TokenExpiringData = z
	.object({
		claim_token_id: id("The unclaimed token"),
		certificate_id: id("Its certificate"),
		target_company_id: id("The company it was shared with; null for an open token").nullable(),
		expires_at: time,
		links: z.object({ certificate: link("The certificate") }),
	})
	.openapi("TokenExpiringEventData");

export const JobCompletedData = z
	.object({
		job_id: id("The batch job"),
		type: z.enum(["batch_share"]),
		status: z.enum(["completed", "partially_failed", "failed", "cancelled"]),
		total: z.number().int().openapi({ format: "int32" }),
		succeeded: z.number().int().openapi({ format: "int32" }),
		failed: z.number().int().openapi({ format: "int32" }),
		completed_at: time,
		links: z.object({ job: link("The job"), results: link("Its results") }),
	})
	.openapi("JobCompletedEventData");

export const ConsentRevokedData = z
	.object({
		revocation_id: id("The revocation"),
		certificate_id: id("The certificate whose consent was revoked"),
		claim_id: z
			.number()
			.int()
			.openapi({ format: "int64", description: "Your claim of it (your earliest, if you claimed it more than once)" }),
		channel: z.enum(["web", "sms", "call", "email", "other"]).openapi({ description: "How the consumer revoked" }),
		received_at: time.openapi({ description: "When the revocation reached the party that recorded it" }),
		honor_by: time.openapi({
			description: "The end of the 10th US business day after received_at (see the revocations section of /docs)",
		}),
		recorded_by_company_id: id("Who recorded it: the publisher or a buyer that claimed the certificate"),
		links: z.object({ claim: link("Your claim in your inbox") }),
	})
	.openapi("ConsentRevokedEventData");

const envelope = <T extends WebhookEventType, D extends z.ZodType>(type: T, data: D, name: string) =>
	z
		.object({
			type: z.literal(type),
			id: z.string().max(80).openapi({ description: "The event's id, also sent as the webhook-id header" }),
			created_at: time,
			data,
		})
		.openapi(name);

export const eventSchemas = {
	"certificate.shared": envelope("certificate.shared", CertificateSharedData, "CertificateSharedEvent"),
	"certificate.claimed": envelope("certificate.claimed", CertificateClaimedData, "CertificateClaimedEvent"),
	"certificate.rejected": envelope("certificate.rejected", CertificateClaimedData, "CertificateRejectedEvent"),
	"token.expiring": envelope("token.expiring", TokenExpiringData, "TokenExpiringEvent"),
	"job.completed": envelope("job.completed", JobCompletedData, "JobCompletedEvent"),
	"consent.revoked": envelope("consent.revoked", ConsentRevokedData, "ConsentRevokedEvent"),
} satisfies Record<WebhookEventType, z.ZodType>;

export const PingData = z
	.object({
		endpoint_id: id("The endpoint tested"),
		message: z.string().max(200).openapi({ description: "A fixed sentence; nothing to act on" }),
	})
	.openapi("PingEventData");

/** A test event, sent only when asked for (POST /webhooks/{id}/ping) and only to that endpoint; not subscribable. */
export const PingEvent = z
	.object({
		type: z.literal("ping"),
		id: z
			.string()
			.max(80)
			.openapi({ description: "evt_ping_ + the delivery's id, also sent as the webhook-id header" }),
		created_at: time,
		data: PingData,
	})
	.openapi("PingEvent");

export const pingDescription =
	"To one endpoint, when its company asks for it (POST /webhooks/{id}/ping), whatever events it subscribes to: signed and delivered like any event, and listed in the endpoint's deliveries, so a receiver's URL, signature check and answer can be tried end to end. Never sent otherwise; not in the events list.";

export function pingBody(eventId: string, endpointId: string, at: string): z.infer<typeof PingEvent> {
	return {
		type: "ping",
		id: eventId,
		created_at: at,
		data: { endpoint_id: endpointId, message: "A test event, sent because it was asked for." },
	};
}

export const eventDescriptions: Record<WebhookEventType, string> = {
	"certificate.shared": "To the buyer a share targets (auto-shares and batch jobs included), once the share is stored.",
	"certificate.claimed":
		"To the publisher, once a buyer's claim is stored (status claimed or flagged), with the outcome of the buyer's consent rules (pass or warn) and nothing of the rules themselves: no phrases, score, grade, lead match or rule names, as in the publisher's history of the certificate. Not sent to the buyer, which has its full result in the claim's answer.",
	"certificate.rejected":
		"To the publisher, once a claim rejected by the buyer's reject-mode rules is stored, with the outcome (reject) and nothing of the rules themselves: no phrases, score, grade, lead match or rule names. Not sent to the buyer, which has its full result in the claim's answer.",
	"token.expiring": "To the publisher, once per token, 7 days before an unclaimed token expires (a daily run).",
	"job.completed":
		"To the company that created a batch job, once it has ended (completed, partially_failed, failed or cancelled).",
	"consent.revoked":
		"To every company that claimed the certificate (and to no one else), once a revocation of its consent is stored, whoever recorded it (the publisher or one of those buyers): ids, channel, received_at and honor_by, never the consumer's details or the revocation's note. One event per company and revocation; recording the same revocation again sends nothing.",
};

/** Where links point: PUBLIC_BASE_URL when set, else paths relative to this API's origin. */
export function linkBase(env: Pick<Cloudflare.Env, "PUBLIC_BASE_URL">): string {
	return (env.PUBLIC_BASE_URL ?? "").trim().replace(/\/+$/, "");
}

export interface ClaimEventInput {
	claimTokenId: string;
	certificateId: string;
	buyerCompanyId: string;
	status: "claimed" | "flagged" | "rejected";
	claimedAt: string;
	/** The buyer's result; only its outcome reaches the publisher. */
	compliance: { status: ComplianceStatus };
}

/**
 * The claim event's body for the publisher, except claim_id, which D1 gives the claim row in the same write (null
 * here).
 */
export function claimEventBody(base: string, input: ClaimEventInput) {
	const type = input.status === "rejected" ? "certificate.rejected" : "certificate.claimed";
	return {
		type,
		id: eventIds.claim(input.claimTokenId),
		created_at: input.claimedAt,
		data: {
			certificate_id: input.certificateId,
			claim_id: null as number | null,
			claim_token_id: input.claimTokenId,
			buyer_company_id: input.buyerCompanyId,
			status: input.status,
			claimed_at: input.claimedAt,
			compliance: complianceOutcomeForPublisher(input.compliance),
			links: {
				certificate: `${base}/certificates/${input.certificateId}`,
				verify: `${base}/certificates/${input.certificateId}/verify`,
			},
		},
	} as const;
}
