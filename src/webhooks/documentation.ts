// The events as the OpenAPI document's `webhooks`: what each delivery's body looks like and how it is signed.
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { webhookEventTypes } from "../db/schema";
import { RETRY_DELAYS_SECONDS } from "./backoff";
import { WEBHOOK_USER_AGENT } from "./deliver";
import { eventDescriptions, eventSchemas, PingEvent, pingDescription } from "./payloads";

type Registry = OpenAPIHono["openAPIRegistry"];

const SIGNING = `Sent as a POST with the headers \`webhook-id\` (the event id: the same on every attempt, use it to ignore duplicates), \`webhook-timestamp\` (Unix seconds) and \`webhook-signature\` (\`v1,\` + base64 HMAC-SHA256 of \`id.timestamp.body\` with the endpoint's secret; two space-separated signatures for 24 h after a rotation), as the Standard Webhooks specification describes; its libraries verify them. The \`User-Agent\` is \`${WEBHOOK_USER_AGENT} (+<this API's /docs>)\`. Answer 2xx within 10 s. Anything else (an error, a timeout, a redirect) is retried after ${RETRY_DELAYS_SECONDS.map((s) => (s < 60 ? `${s} s` : s < 3600 ? `${s / 60} min` : `${s / 3600} h`)).join(", ")}; then the delivery is dead.`;

/** The headers every delivery carries besides Content-Type (src/webhooks/signing.ts, src/webhooks/deliver.ts). */
const DELIVERY_HEADERS = z.object({
	"webhook-id": z.string().max(80).openapi({ description: "The event's id, the same on every attempt" }),
	"webhook-timestamp": z
		.string()
		.regex(/^[0-9]{1,12}$/)
		.openapi({ description: "When this attempt was signed, in Unix seconds", example: "1767225600" }),
	"webhook-signature": z
		.string()
		.max(200)
		.regex(/^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})?$/)
		.openapi({
			description: "`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`; two, space-separated, after a rotation",
		}),
	"user-agent": z
		.string()
		.max(200)
		.openapi({ description: "Names the sender", example: `${WEBHOOK_USER_AGENT} (+https://app.econsent.org/docs)` }),
});

export function documentWebhookEvents(registry: Registry) {
	const documented = [
		...webhookEventTypes.map((type) => ({ type, description: eventDescriptions[type], schema: eventSchemas[type] })),
		{ type: "ping", description: pingDescription, schema: PingEvent },
	];
	for (const { type, description, schema } of documented) {
		registry.registerWebhook({
			method: "post",
			path: type,
			operationId: `webhook_${type.replace(".", "_")}`,
			tags: ["Webhooks"],
			summary: `The ${type} event`,
			description: `${description}\n\n${SIGNING}`,
			request: { headers: DELIVERY_HEADERS, body: { content: { "application/json": { schema } }, required: true } },
			responses: {
				200: { description: "Any 2xx answer means received" },
				400: { description: "Any other answer is a failed attempt, retried later" },
			},
		});
	}
}
