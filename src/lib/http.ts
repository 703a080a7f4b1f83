// Shared plumbing for every feature router: the app's context type, the validation hook that turns zod failures
// into the one error shape, and small helpers for declaring OpenAPI bodies and responses (routes.ts adds the rest).
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Db } from "../db/client";
import type { CountedSession } from "../db/round-trips";
import type { ShardSessions } from "../db/shard-sessions";
import type { RetryScope } from "../idempotency/retry-scope";
import type { LedgerUsage } from "../ledger/ledger";
import type { NotedEvents } from "../webhooks/emit";
import { ApiError, fieldIssues } from "./errors";
import { browserErrorPage } from "./html";

export type AppEnv = {
	Bindings: Cloudflare.Env;
	Variables: {
		requestId: string;
		/** The directory database (src/db/shards.ts): accounts, keys, properties, rules, partners, jobs, endpoints. */
		db: Db;
		d1: CountedSession;
		/** Every database of the request, the directory and the shards holding certificates' data. */
		shards: ShardSessions;
		ledgerUsage: LedgerUsage;
		/** Webhook events this request's writes made, queued for sending after the response (src/webhooks/emit.ts). */
		webhookEvents: NotedEvents[];
		/** Set when the request carries an Idempotency-Key: what it makes is derived from it (retry-scope.ts). */
		retryScope: RetryScope | undefined;
		/**
		 * Set by a handler whose successful answer still reports work a retry could finish (a batch item that failed
		 * for a passing reason): such an answer is not kept for its Idempotency-Key, so the retry does that work.
		 */
		unfinished: boolean | undefined;
	};
};
export type AppContext = Context<AppEnv>;

const targetPrefix: Record<string, string | undefined> = {
	query: "query",
	param: "path",
	header: "header",
};

export function createRouter() {
	const router = new OpenAPIHono<AppEnv>({
		defaultHook: (result) => {
			if (!result.success) {
				const fields = fieldIssues(result.error.issues, targetPrefix[result.target]);
				const list = fields.map((f) => f.field).join(", ");
				throw new ApiError("VALIDATION_FAILED", `Invalid request: ${list}`, {
					fields,
				});
			}
		},
	});
	// A person following a link gets a page, not JSON, for every failure of a route (a claim link with an unknown
	// token, a rate limit). API clients' errors go on to the app's error handler unchanged.
	router.onError((error, c) => {
		const page = browserErrorPage(c, error);
		if (page) return page;
		throw error;
	});
	return router;
}

export function jsonBody<T extends z.ZodType>(schema: T, description = "JSON body") {
	return {
		content: { "application/json": { schema } },
		required: true,
		description,
	};
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
	return { content: { "application/json": { schema } }, description };
}

/** The other form of a route that answers a browser (Accept: text/html) with a page. */
export const htmlPage = { "text/html": { schema: z.string().openapi({ description: "An HTML page" }) } };

export function clientIp(c: AppContext): string | null {
	return c.req.header("cf-connecting-ip") ?? null;
}

/** The origin people reach this service on: PUBLIC_BASE_URL when set (behind a custom domain), else the request's. */
export function publicOrigin(c: AppContext): string {
	const configured = c.env.PUBLIC_BASE_URL?.trim();
	return configured ? configured.replace(/\/+$/, "") : new URL(c.req.url).origin;
}
