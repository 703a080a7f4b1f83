// One error for every refused call: the API's error shape ({"error": {"code", "message", "request_id", …}}) with the
// HTTP status, so callers branch on `code` rather than on message text.
import type { components } from "./generated/openapi";

export type ErrorCode = components["schemas"]["Error"]["error"]["code"];

export class EconsentApiError extends Error {
	readonly status: number;
	/** The error's `code` (an ErrorCode from this API), or UNKNOWN when the answer was not in the error shape. */
	readonly code: string;
	readonly requestId: string | undefined;

	constructor(status: number, body: unknown) {
		const error = typeof body === "object" && body !== null && "error" in body ? body.error : undefined;
		const field = (name: string): string | undefined => {
			if (typeof error !== "object" || error === null || !(name in error)) return undefined;
			const value: unknown = Reflect.get(error, name);
			return typeof value === "string" ? value : undefined;
		};
		const code = field("code");
		super(code ? `${status} ${code}: ${field("message") ?? ""}` : `HTTP ${status}`);
		this.name = "EconsentApiError";
		this.status = status;
		this.code = code ?? "UNKNOWN";
		this.requestId = field("request_id");
	}
}

/**
 * An openapi-fetch answer's data, or an EconsentApiError when it has none: `const cert = ok(await client.GET(…))`.
 * Only for operations whose success has a body (an answer without content, 204, is an error here).
 */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
	if (result.data === undefined) throw new EconsentApiError(result.response.status, result.error);
	return result.data;
}
