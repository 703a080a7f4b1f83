import { z } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// Stable, machine-readable error codes. Clients switch on these; messages are for people.
export const errorCodes = [
	"VALIDATION_FAILED",
	"MALFORMED_JSON",
	"PAYLOAD_TOO_LARGE",
	"UNSUPPORTED_MEDIA_TYPE",
	"UNAUTHORIZED",
	"FORBIDDEN",
	"CROSS_SITE_REQUEST",
	"INSUFFICIENT_SCOPE",
	"ORIGIN_NOT_ALLOWED",
	"NOT_FOUND",
	"METHOD_NOT_ALLOWED",
	"NOT_ACCEPTABLE",
	"CONFLICT",
	"ALREADY_CLAIMED",
	"CONSENT_REVOKED",
	"CAPTURE_SESSION_CLOSED",
	"CAPTURE_CHUNKS_MISSING",
	"TOKEN_EXPIRED",
	"RESULTS_EXPIRED",
	"IDEMPOTENCY_IN_FLIGHT",
	"IDEMPOTENCY_KEY_REUSED",
	"RATE_LIMITED",
	"SERVICE_UNAVAILABLE",
	"INTERNAL_ERROR",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
	VALIDATION_FAILED: 400,
	MALFORMED_JSON: 400,
	PAYLOAD_TOO_LARGE: 413,
	UNSUPPORTED_MEDIA_TYPE: 415,
	UNAUTHORIZED: 401,
	FORBIDDEN: 403,
	CROSS_SITE_REQUEST: 403,
	INSUFFICIENT_SCOPE: 403,
	ORIGIN_NOT_ALLOWED: 403,
	NOT_FOUND: 404,
	METHOD_NOT_ALLOWED: 405,
	NOT_ACCEPTABLE: 406,
	CONFLICT: 409,
	ALREADY_CLAIMED: 409,
	CONSENT_REVOKED: 409,
	CAPTURE_SESSION_CLOSED: 409,
	CAPTURE_CHUNKS_MISSING: 409,
	TOKEN_EXPIRED: 410,
	RESULTS_EXPIRED: 410,
	IDEMPOTENCY_IN_FLIGHT: 409,
	IDEMPOTENCY_KEY_REUSED: 422,
	RATE_LIMITED: 429,
	SERVICE_UNAVAILABLE: 503,
	INTERNAL_ERROR: 500,
};

export function codeToStatus(code: ErrorCode): ContentfulStatusCode {
	return statusByCode[code];
}

export interface FieldIssue {
	field: string;
	message: string;
}

/** The one error every handler throws; app.onError turns it into the one error shape. */
export class ApiError extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string,
		readonly options: {
			fields?: FieldIssue[];
			headers?: Record<string, string>;
			details?: Record<string, unknown>;
		} = {},
	) {
		super(message);
		this.name = "ApiError";
	}

	get status(): ContentfulStatusCode {
		return codeToStatus(this.code);
	}
}

export const notFound = (what: string) => new ApiError("NOT_FOUND", `${what} not found`);

export const ErrorSchema = z
	.object({
		error: z.object({
			code: z.enum(errorCodes),
			message: z.string(),
			request_id: z.string(),
			fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
			details: z.record(z.string(), z.unknown()).optional(),
		}),
	})
	.openapi("Error");

export type ErrorBody = z.infer<typeof ErrorSchema>;

export function errorBody(error: ApiError, requestId: string): ErrorBody {
	return {
		error: {
			code: error.code,
			message: error.message,
			request_id: requestId,
			...(error.options.fields ? { fields: error.options.fields } : {}),
			...(error.options.details ? { details: error.options.details } : {}),
		},
	};
}

/** Turns zod issues into field paths a client can point at ("consumer.ip", "required_phrases[3]"). */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldIssue[] {
	const out: FieldIssue[] = [];
	for (const issue of issues) {
		const base = formatPath(issue.path, prefix);
		if (issue.code === "unrecognized_keys") {
			for (const key of issue.keys) out.push({ field: joinPath(base, key), message: "unknown field" });
			continue;
		}
		out.push({ field: base || "(body)", message: issue.message });
	}
	return out;
}

function formatPath(path: readonly PropertyKey[], prefix?: string): string {
	let result = prefix ?? "";
	for (const part of path) {
		result = typeof part === "number" ? `${result}[${part}]` : joinPath(result, String(part));
	}
	return result;
}

const joinPath = (base: string, key: string) => (base ? `${base}.${key}` : key);
