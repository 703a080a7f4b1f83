// Retiring an operation. A route declared deprecated (src/lib/routes.ts) is marked `deprecated: true` in the OpenAPI
// document and every answer of it carries, from the day it is declared so, the date it was deprecated (RFC 9745
// `Deprecation: @<unix seconds>`), the date it stops working (RFC 8594 `Sunset`, an HTTP-date) and a link to the
// policy that says what that means (`Link: <…>; rel="deprecation"`). Pure: no Hono, no storage.

/** When an operation was deprecated and when it stops answering, as UTC calendar dates (YYYY-MM-DD). */
export interface DeprecationNotice {
	since: string;
	sunset: string;
}

/** The policy a deprecated operation's answers link to: the API reference's section on compatibility and deprecation. */
export const DEPRECATION_POLICY_PATH = "/docs#description/compatibility-and-deprecation";

/** The least notice a retired operation gets: it keeps working for at least this long after it is deprecated. */
export const MIN_DEPRECATION_DAYS = 180;

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function midnightUtc(date: string, field: keyof DeprecationNotice): number {
	const ms = CALENDAR_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
	if (Number.isNaN(ms)) throw new Error(`deprecation ${field} must be a YYYY-MM-DD date, not ${JSON.stringify(date)}`);
	return ms;
}

/**
 * Checks a declaration when the route is declared, so a notice shorter than the policy promises, or a date that
 * does not parse, stops the service from starting rather than reaching integrators.
 */
export function checkedNotice(notice: DeprecationNotice): DeprecationNotice {
	const since = midnightUtc(notice.since, "since");
	const sunset = midnightUtc(notice.sunset, "sunset");
	if (sunset - since < MIN_DEPRECATION_DAYS * DAY_MS) {
		throw new Error(
			`a deprecated operation keeps working for at least ${MIN_DEPRECATION_DAYS} days: sunset ${notice.sunset} is too soon after ${notice.since}`,
		);
	}
	return notice;
}

/** The three headers every answer of a deprecated operation carries. */
export function deprecationHeaders(notice: DeprecationNotice): Record<"Deprecation" | "Sunset" | "Link", string> {
	return {
		Deprecation: `@${Math.floor(midnightUtc(notice.since, "since") / 1000)}`,
		Sunset: new Date(midnightUtc(notice.sunset, "sunset")).toUTCString(),
		Link: `<${DEPRECATION_POLICY_PATH}>; rel="deprecation"; type="text/html"`,
	};
}

/** The same headers as the OpenAPI document describes them on a deprecated operation's responses. */
export function documentedDeprecationHeaders(notice: DeprecationNotice) {
	const sent = deprecationHeaders(notice);
	return {
		Deprecation: {
			description: `This operation is deprecated (RFC 9745): the Unix time it was deprecated, ${notice.since}.`,
			schema: { type: "string", maxLength: 24, pattern: "^@-?[0-9]{1,20}$", example: sent.Deprecation },
		},
		Sunset: {
			description: `When this operation stops answering (RFC 8594): ${notice.sunset}. Move to its replacement before then.`,
			schema: { type: "string", maxLength: 40, example: sent.Sunset },
		},
		Link: {
			description: 'The compatibility and deprecation policy, as rel="deprecation".',
			schema: { type: "string", maxLength: 200, example: sent.Link },
		},
	} as const;
}
