// Receiving webhooks: each delivery is signed as the Standard Webhooks specification says (webhook-id,
// webhook-timestamp, webhook-signature: HMAC-SHA256 of `id.timestamp.body` with the endpoint's `whsec_…` secret;
// src/webhooks/ on the server), so the standardwebhooks library checks it. Verify the raw body as received, before
// parsing it: re-serialised JSON does not verify.
import { Webhook } from "standardwebhooks";
import type { webhooks } from "./generated/openapi";

type WebhookOperation = NonNullable<webhooks[keyof webhooks]["post"]>;

/** Every body this API sends to a webhook endpoint (the document's `webhooks`), told apart by `type`. */
export type WebhookPayload = WebhookOperation["requestBody"] extends infer Body
	? Body extends { content: { "application/json": infer Payload } }
		? Payload
		: never
	: never;

export type WebhookEventType = WebhookPayload["type"];

// Every type the document names, and only those (the compiler checks both ways).
const EVENT_TYPES: Record<WebhookEventType, true> = {
	"certificate.shared": true,
	"certificate.claimed": true,
	"certificate.rejected": true,
	"token.expiring": true,
	"job.completed": true,
	"consent.revoked": true,
	ping: true,
};

/** Headers as Node's http server or a fetch Request gives them. */
export type ReceivedHeaders = Headers | Record<string, string | string[] | undefined>;

function signatureHeaders(headers: ReceivedHeaders): Record<string, string> {
	const one = (name: string): string => {
		const value = headers instanceof Headers ? headers.get(name) : headers[name];
		return (Array.isArray(value) ? value[0] : value) ?? "";
	};
	return {
		"webhook-id": one("webhook-id"),
		"webhook-timestamp": one("webhook-timestamp"),
		"webhook-signature": one("webhook-signature"),
	};
}

function isWebhookPayload(value: unknown): value is WebhookPayload {
	if (typeof value !== "object" || value === null) return false;
	if (!("type" in value) || typeof value.type !== "string" || !Object.hasOwn(EVENT_TYPES, value.type)) return false;
	return "id" in value && typeof value.id === "string" && "data" in value && typeof value.data === "object";
}

/**
 * The event a delivery carries, once its signature and timestamp (within 5 minutes) check out with the endpoint's
 * secret; throws otherwise (standardwebhooks' WebhookVerificationError), and for a body that is no event of this API.
 */
export function verifyWebhook(secret: string, rawBody: string, headers: ReceivedHeaders): WebhookPayload {
	const event = new Webhook(secret).verify(rawBody, signatureHeaders(headers));
	if (!isWebhookPayload(event)) throw new Error("the signed body is not an event of this API");
	return event;
}
