// How an operation that takes an Idempotency-Key is documented: the header (one parameter, declared once among the
// document's components), the replay marker on its successes, and the 409/422 answers only a key can cause. Applied
// by protectedRoute to every protected write not declared `idempotent: false` (src/lib/routes.ts), which mounts the
// middleware on it too, so the document describes the header on exactly the operations that take it.
import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { IdempotencyKeyHeader, REPLAYED_HEADER } from "./idempotency";

type Responses = RouteConfig["responses"];
type ResponseObject = { description: string; headers?: Record<string, unknown>; content?: unknown };

/** The parameter an idempotent operation lists: a reference to the one in components.parameters. */
export const IDEMPOTENCY_KEY_PARAMETER = { $ref: "#/components/parameters/IdempotencyKey" } as const;

export function registerIdempotencyKeyParameter(registry: OpenAPIHono["openAPIRegistry"]): void {
	registry.registerParameter("IdempotencyKey", IdempotencyKeyHeader);
}

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

/** An operation's declared answers, with the replay marker on its successes and the answers a key can cause. */
export function withIdempotencyAnswers(declared: Responses): Responses {
	const responses: Record<string, ResponseObject> = {};
	for (const [status, response] of Object.entries(declared as Record<string, ResponseObject>)) {
		// What isReplayable (./idempotency.ts) keeps: a success or a refusal of what was sent, not a 429 or a 5xx.
		const replayable = status.startsWith("2") || (status.startsWith("4") && status !== "429");
		responses[status] = replayable
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
	return responses as Responses;
}
