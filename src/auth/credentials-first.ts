// Who is calling is settled before what was sent. A protected operation's validators (path, query, headers, the
// JSON body and its media type) run before its handler, and the handler is where authenticate() runs, batched with
// the handler's own reads so that a request costs no round trip for its credentials. Left at that, a stranger
// sending a bad body learned about the body (400) instead of being told to authenticate (401), and a key without
// the scope got 400 before 403.
// So when a request is refused for its shape before anyone looked at its caller, the caller is looked at then: no
// credential gives 401, a key without the operation's scope 403, and only a caller the operation allows gets the
// 400 (or 415). That costs one round trip on that refusal alone; a request that passes validation is authenticated
// by its handler exactly as before, with no extra trip.
// Mounted by protectedRoute (src/lib/routes.ts) on every protected operation, ahead of its validators.
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { readFreshOnMiss } from "../db/fresh-on-miss";
import { ApiError, type ErrorCode } from "../lib/errors";
import type { AppEnv } from "../lib/http";
import { authenticate, callerIdentified } from "./authenticate";

const SHAPE_ERRORS: readonly ErrorCode[] = ["VALIDATION_FAILED", "MALFORMED_JSON", "UNSUPPORTED_MEDIA_TYPE"];

/** A refusal of what was sent: the validators' own (zod, through the app's hook) and Hono's (not JSON, 415). */
function refusedForItsShape(error: unknown): boolean {
	if (error instanceof ApiError) return SHAPE_ERRORS.includes(error.code);
	return error instanceof HTTPException && (error.status === 400 || error.status === 415);
}

export const credentialsBeforeRequestShape: MiddlewareHandler<AppEnv> = async (c, next) => {
	await next();
	// The error was already turned into the answer; a refused caller's error replaces it. A credential a replica
	// does not have yet (a key made a moment ago) is looked for at the primary, as the handler would have.
	if (refusedForItsShape(c.error) && !callerIdentified(c)) {
		await readFreshOnMiss(
			c,
			() => authenticate(c),
			() => false,
		);
	}
};
