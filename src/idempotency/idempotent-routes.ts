// The writes a client may retry with an Idempotency-Key, named once: the middleware is mounted on exactly these
// routes, and the OpenAPI document describes the header and its answers on exactly these operations. Applied around
// the routes' own declarations, so their handlers know nothing of it.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { captureCertificate } from "../certificates/certificates.routes";
import { batchClaim, claimByToken, claimFromInbox } from "../claiming/claiming.routes";
import { createJob } from "../jobs/jobs.routes";
import type { AppEnv } from "../lib/http";
import { batchShare, shareCertificate } from "../sharing/sharing.routes";
import { createWebhook, rotateWebhookSecret } from "../webhooks/webhooks.routes";
import { IdempotencyKeyHeader, idempotency, REPLAYED_HEADER } from "./idempotency";

// Every write whose retry could repeat work or lose its answer: a batch claim's retry, say, would otherwise see its
// own claims as ALREADY_CLAIMED and never learn their claim ids.
export const idempotentRoutes = [
	captureCertificate,
	shareCertificate,
	batchShare,
	claimByToken,
	claimFromInbox,
	createJob,
	batchClaim,
	createWebhook,
	rotateWebhookSecret,
];

/** Mount before the feature routers, so the middleware runs ahead of each route's validators and handler. */
export function acceptIdempotencyKeys(app: OpenAPIHono<AppEnv>) {
	app.openAPIRegistry.registerParameter("IdempotencyKey", IdempotencyKeyHeader);
	for (const route of idempotentRoutes) app.on(route.method.toUpperCase(), route.getRoutingPath(), idempotency);
}

type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type ResponseObject = { description: string; headers?: Record<string, unknown>; content?: unknown };
type Operation = { parameters?: unknown[]; responses?: Record<string, ResponseObject> };

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };
const replayedHeader = {
	description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key",
	schema: { type: "string", enum: ["true"] },
};
const inFlight = "IDEMPOTENCY_IN_FLIGHT: a request with this Idempotency-Key is still running; retry after Retry-After";
const retryAfter = {
	description: "With IDEMPOTENCY_IN_FLIGHT: seconds to wait before retrying",
	schema: { type: "integer" },
};

/** Adds the Idempotency-Key header, the replay marker and the 409/422 answers to the idempotent operations. */
export function documentIdempotencyKeys(document: OpenApiDocument): OpenApiDocument {
	for (const route of idempotentRoutes) {
		const operation = document.paths?.[route.path]?.[route.method] as Operation | undefined;
		if (!operation) continue;
		const responses: Record<string, ResponseObject> = {};
		for (const [status, response] of Object.entries(operation.responses ?? {})) {
			responses[status] = status.startsWith("2")
				? { ...response, headers: { ...response.headers, [REPLAYED_HEADER]: replayedHeader } }
				: response;
		}
		const conflict = responses["409"];
		responses["409"] = {
			...(conflict ?? { content: errorContent }),
			description: conflict ? `${conflict.description}; or ${inFlight}` : `Error (${inFlight})`,
			headers: { ...conflict?.headers, "Retry-After": retryAfter },
		};
		responses["422"] = {
			description: "Error (IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request)",
			content: errorContent,
		};
		operation.parameters = [...(operation.parameters ?? []), { $ref: "#/components/parameters/IdempotencyKey" }];
		operation.responses = responses;
	}
	return document;
}
