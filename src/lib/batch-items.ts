// Batches whose items fail on their own (batch claim, batch verify, batch share): each item's answer is its success
// or the code and message a single request for it would have answered, in request order, and the call is a 200.
import { z } from "@hono/zod-openapi";
import { ApiError, type ErrorCode, errorCodes } from "./errors";
import type { AppContext } from "./http";

export interface BatchItemError {
	code: ErrorCode;
	message: string;
}

export type BatchItemResult<Success extends object> =
	| ({ index: number; ok: true } & Success)
	| { index: number; ok: false; error: BatchItemError };

/** An item's error as the batch reports it; only the service's own errors are shown, anything else is logged. */
export function itemError(error: unknown): BatchItemError {
	if (error instanceof ApiError) return { code: error.code, message: error.message };
	console.error("batch item failed", error);
	return { code: "INTERNAL_ERROR", message: "This item could not be processed; retry it" };
}

// Item errors that a retry may not get again: the write could not be confirmed, or something unexpected failed.
const PASSING_ERRORS: ReadonlySet<ErrorCode> = new Set(["SERVICE_UNAVAILABLE", "INTERNAL_ERROR"]);

/**
 * Marks the request unfinished when an item failed for a passing reason: its answer is then not kept for its
 * Idempotency-Key, so a retry of the request runs again and finishes those items.
 */
export function noteUnfinishedItems(c: AppContext, results: readonly BatchItemResult<object>[]): void {
	if (results.some((r) => !r.ok && PASSING_ERRORS.has(r.error.code))) c.set("unfinished", true);
}

/** Why one item of a batch failed: the code and message a single request for it would have answered. */
export const BatchItemErrorSchema = z
	.object({ code: z.enum(errorCodes), message: z.string() })
	.openapi("BatchItemError");

/** A batch's answer: one result per item, in request order, each its success or its own error. */
export function batchResults<Success extends z.ZodObject<{ index: z.ZodNumber; ok: z.ZodLiteral<true> }>>(
	success: Success,
	maxItems: number,
) {
	return z.object({
		results: z
			.array(
				z.discriminatedUnion("ok", [
					success,
					z.object({ index: z.number().int(), ok: z.literal(false), error: BatchItemErrorSchema }),
				]),
			)
			.max(maxItems),
	});
}
