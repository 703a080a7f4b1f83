import { z } from "@hono/zod-openapi";
import { webhookDeliveryTypes, webhookEventTypes } from "../db/schema";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { instantFilter, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";
import { MAX_ATTEMPTS } from "./backoff";
import { eventSchemas } from "./payloads";

/** A company's endpoints, at most. */
export const MAX_ENDPOINTS_PER_COMPANY = 20;

const timestamp = z.string().max(40).openapi({ format: "date-time" });
const EventType = z.enum(webhookEventTypes).openapi({ description: "An event type" });
const eventList = z
	.array(EventType)
	.min(1)
	.max(webhookEventTypes.length)
	.refine((events) => new Set(events).size === events.length, "must not name an event twice")
	.openapi({ description: "The events to receive" });
const url = text({ min: 1, max: 2048 }).openapi({
	description:
		"Where events are POSTed: https, a public host name or address (no private, loopback or link-local addresses, no user name or password). Redirects are not followed.",
	example: "https://leads.example.com/hooks/econsent",
});
const description = text({ max: 200, trim: true });

const webhookId = z
	.string()
	.max(24)
	.regex(/^[0-9a-f]{24}$/)
	.openapi({ example: "5f0c2a9e8b7d6c5b4a392817" });

export const WebhookEndpointSchema = z
	.object({
		id: webhookId,
		url: z.string().max(2048),
		description: z.string().max(200).nullable(),
		events: z.array(EventType).max(webhookEventTypes.length),
		enabled: z.boolean(),
		disabled_reason: z.enum(["by_request", "failing"]).nullable().openapi({
			description:
				"Why deliveries stopped: by_request (PATCH enabled false) or failing (every attempt failed for 5 days); null while enabled",
		}),
		disabled_at: timestamp.nullable(),
		failing_since: timestamp
			.nullable()
			.openapi({ description: "The first failed attempt since the last successful one; null when healthy" }),
		previous_secret_expires_at: timestamp.nullable().openapi({
			description: "After a rotation, the previous secret also signs until then (24 h); null otherwise",
		}),
		created_at: timestamp,
		updated_at: timestamp,
	})
	.openapi("WebhookEndpoint");

const WithSecretSchema = WebhookEndpointSchema.extend({
	secret: z.string().max(64).openapi({
		description:
			"The signing secret (`whsec_` + base64), shown only here. Verify `webhook-signature` with it (Standard Webhooks).",
		example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
	}),
}).openapi("WebhookEndpointWithSecret");

const CreateBody = z
	.strictObject({ url, events: eventList, description: description.optional() })
	.openapi({ example: { url: "https://leads.example.com/hooks/econsent", events: ["certificate.claimed"] } });

const UpdateBody = z
	.strictObject({
		url: url.optional(),
		events: eventList.optional(),
		description: description.nullable().optional(),
		enabled: z.boolean().optional().openapi({ description: "false stops deliveries; true resumes them" }),
	})
	.refine((body) => Object.keys(body).length > 0, { message: "change at least one field", path: ["url"] })
	.openapi({ example: { enabled: true } });

const IdParam = z.object({ id: text({ max: 64 }).openapi({ example: "5f0c2a9e8b7d6c5b4a392817" }) });
const DeliveryParams = IdParam.extend({
	deliveryId: text({ max: 64 }).openapi({ example: "9a8b7c6d5e4f3a2b1c0d9e8f" }),
});

export const WebhookDeliverySchema = z
	.object({
		id: webhookId,
		event_id: z.string().max(80).openapi({ description: "Sent as webhook-id; the same for every attempt" }),
		event_type: z.enum(webhookDeliveryTypes).openapi({ description: "An event type, or ping for a test event" }),
		status: z.enum(["pending", "delivered", "dead"]).openapi({
			description: `pending: waiting for its next attempt; delivered: answered 2xx; dead: ${MAX_ATTEMPTS} attempts failed over about a day, or the endpoint was disabled (retry it by hand)`,
		}),
		attempts: z.number().int().min(0).max(1000).openapi({ format: "int32" }),
		last_status: z
			.number()
			.int()
			.min(100)
			.max(599)
			.nullable()
			.openapi({ format: "int32", description: "The HTTP status of the last attempt; null when none answered" }),
		last_error: z.string().max(300).nullable(),
		last_attempt_at: timestamp.nullable(),
		next_attempt_at: timestamp.nullable(),
		delivered_at: timestamp.nullable(),
		created_at: timestamp,
	})
	.openapi("WebhookDelivery");

const scope = { scope: "webhooks:manage" } as const;
const tag = "Webhooks" as const;

export const createWebhook = protectedRoute(
	scope,
	{
		operationId: "createWebhookEndpoint",
		tag,
		summary: "Register an endpoint for events",
		description: `Answers with the endpoint and its signing secret, shown once. Every delivery is a POST with the headers webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks: \`v1,\` + base64 HMAC-SHA256 of \`id.timestamp.body\`). A company has at most ${MAX_ENDPOINTS_PER_COMPANY} endpoints.`,
		errors: ["CONFLICT"],
	},
	{
		method: "post",
		path: "/webhooks",
		request: { body: jsonBody(CreateBody) },
		responses: { 201: jsonContent(WithSecretSchema, "The endpoint, with its secret") },
	},
);

export const listWebhooks = protectedRoute(
	scope,
	{
		operationId: "listWebhookEndpoints",
		tag,
		summary: "The company's endpoints, newest first",
		description: "Secrets are never shown again.",
	},
	{
		method: "get",
		path: "/webhooks",
		request: { query: CursorQuery },
		responses: {
			200: jsonContent(cursorEnvelope(WebhookEndpointSchema, "WebhookEndpointPage"), "A page of endpoints"),
		},
	},
);

export const getWebhook = protectedRoute(
	scope,
	{
		operationId: "getWebhookEndpoint",
		tag,
		summary: "One endpoint, and whether it is failing or disabled",
		description: "Only the company that registered it sees it.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/webhooks/{id}",
		request: { params: IdParam },
		responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint") },
	},
);

export const updateWebhook = protectedRoute(
	scope,
	{
		operationId: "updateWebhookEndpoint",
		tag,
		summary: "Change an endpoint's URL or events, or disable or enable it",
		description:
			"Enabling an endpoint (also one disabled for failing) clears its failure record; deliveries that died meanwhile can be retried by hand.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "patch",
		path: "/webhooks/{id}",
		request: { params: IdParam, body: jsonBody(UpdateBody) },
		responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint") },
	},
);

export const deleteWebhook = protectedRoute(
	scope,
	{
		operationId: "deleteWebhookEndpoint",
		tag,
		summary: "Delete an endpoint and its deliveries",
		description: "Nothing more is sent to it.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "delete",
		path: "/webhooks/{id}",
		request: { params: IdParam },
		responses: { 204: { description: "Deleted" } },
	},
);

export const rotateWebhookSecret = protectedRoute(
	scope,
	{
		operationId: "rotateWebhookSecret",
		tag,
		summary: "Replace an endpoint's signing secret",
		description:
			"Answers with the new secret, shown once. For 24 hours deliveries carry two signatures (new and previous secret, space-separated in webhook-signature), so a receiver can switch without rejecting events; then only the new one. Rotating again within those 24 hours drops the oldest.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "post",
		path: "/webhooks/{id}/rotate-secret",
		request: { params: IdParam },
		responses: { 200: jsonContent(WithSecretSchema, "The endpoint, with its new secret") },
	},
);

export const listDeliveries = protectedRoute(
	scope,
	{
		operationId: "listWebhookDeliveries",
		rateLimit: "costly-reads",
		tag,
		summary: "An endpoint's deliveries, newest first",
		description:
			"One row per event sent to this endpoint: its status, attempts, the last answer and when the next attempt is due. A failed attempt is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; then the delivery is dead.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/webhooks/{id}/deliveries",
		request: { params: IdParam, query: CursorQuery },
		responses: {
			200: jsonContent(cursorEnvelope(WebhookDeliverySchema, "WebhookDeliveryPage"), "A page of deliveries"),
		},
	},
);

export const retryDelivery = protectedRoute(
	scope,
	{
		operationId: "retryWebhookDelivery",
		tag,
		summary: "Send a delivery again now",
		description:
			"Any delivery (dead, pending or delivered) is sent again at once, with the same webhook-id and body, and starts a new retry schedule. The endpoint must be enabled (CONFLICT otherwise).",
		errors: ["NOT_FOUND", "CONFLICT"],
	},
	{
		method: "post",
		path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
		request: { params: DeliveryParams },
		responses: { 202: jsonContent(WebhookDeliverySchema, "The delivery, due now") },
	},
);

export const sendPing = protectedRoute(
	scope,
	{
		operationId: "pingWebhookEndpoint",
		tag,
		summary: "Send a test event to an endpoint",
		description:
			"Queues a `ping` event to this endpoint only, whatever events it subscribes to, signed and delivered like any event (retried the same way when it fails). Answers with the delivery, which the endpoint's deliveries list too. The endpoint must be enabled (CONFLICT otherwise).",
		errors: ["NOT_FOUND", "CONFLICT"],
	},
	{
		method: "post",
		path: "/webhooks/{id}/ping",
		request: { params: IdParam },
		responses: { 202: jsonContent(WebhookDeliverySchema, "The ping's delivery, due now") },
	},
);

const createdAfter = instantFilter(
	"Only events created at or after this time (keep the same filters for a whole walk)",
);

const EventsQuery = CursorQuery.extend({
	type: EventType.optional().openapi({ description: "Only events of this type" }),
	created_after: createdAfter,
});

export const WebhookEventSchema = z
	.object({
		id: z.string().max(80).openapi({ description: "The event's id, sent as webhook-id" }),
		type: EventType,
		created_at: timestamp,
		payload: z.union([...Object.values(eventSchemas)]).openapi({
			description: "The body sent (and signed) for this event, the same for every endpoint that received it",
		}),
		deliveries: z
			.array(
				z.object({
					id: webhookId.openapi({ description: "Retry it with POST /webhooks/{endpoint_id}/deliveries/{id}/retry" }),
					endpoint_id: webhookId,
					status: z.enum(["pending", "delivered", "dead"]),
				}),
			)
			.max(MAX_ENDPOINTS_PER_COMPANY)
			.openapi({ description: "Its delivery to each of the company's endpoints that subscribed to it" }),
	})
	.openapi("WebhookEvent");

export const listEvents = protectedRoute(
	scope,
	{
		operationId: "listWebhookEvents",
		rateLimit: "costly-reads",
		tag,
		summary: "The company's events, newest first, to replay missed ones",
		description:
			"Every event made for the company (once, however many of its endpoints received it), with the exact body sent and its delivery to each endpoint. Walk it after an outage to find what the receiver missed, and have any delivery sent again with the retry operation. Events stay as long as their deliveries: a finished delivery is kept 7 days after its event (the deployment's WEBHOOK_RETENTION_DAYS), and deleting an endpoint deletes its deliveries. Test pings are not events and are not listed.",
	},
	{
		method: "get",
		path: "/webhooks/events",
		request: { query: EventsQuery },
		responses: { 200: jsonContent(cursorEnvelope(WebhookEventSchema, "WebhookEventPage"), "A page of events") },
	},
);
