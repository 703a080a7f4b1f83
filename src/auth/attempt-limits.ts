// Limits counted exactly, per subject, over windows longer than the rate-limit binding's: each subject's attempts
// live in its own AttemptWindow object. Responses tell clients their budget with the IETF RateLimit-Policy and
// RateLimit fields (draft-ietf-httpapi-ratelimit-headers, structured-field form), and Retry-After when refused.

import { ApiError, ErrorSchema } from "../lib/errors";
import { type AppContext, clientIp, jsonContent } from "../lib/http";
import { rateLimitFields } from "../rate-limits/rate-limits";
import type { WindowState } from "./attempt-window";

export interface AttemptPolicy {
	/** The policy's name in RateLimit-Policy and RateLimit. */
	name: string;
	limit: number;
	windowSeconds: number;
}

export interface LimitedSubject {
	policy: AttemptPolicy;
	/** Who is being counted: "ip:203.0.113.7", "acct:jane@example.com|ip:203.0.113.7". */
	subject: string;
}

export interface TakenAttempt extends LimitedSubject {
	state: WindowState;
}

function windowOf(c: AppContext, { policy, subject }: LimitedSubject) {
	const windows = c.env.ATTEMPT_WINDOWS;
	return windows.get(windows.idFromName(`${policy.name}/${subject}`));
}

const windowMs = (policy: AttemptPolicy) => policy.windowSeconds * 1000;

/**
 * The address to count a client by. An IPv6 client usually holds a whole /64, so it is counted as its /64: one
 * attacker cannot get a fresh budget per address. A request without the edge's client address (only possible
 * outside Cloudflare) shares one "unknown" budget rather than going uncounted.
 */
export function clientSubject(c: AppContext): string {
	const ip = clientIp(c)?.trim().toLowerCase();
	if (!ip) return "ip:unknown";
	return `ip:${ip.includes(":") ? ipv6Prefix64(ip) : ip}`;
}

function ipv6Prefix64(ip: string): string {
	const [head = "", tail] = ip.split("::");
	const headGroups = head ? head.split(":") : [];
	const tailGroups = tail ? tail.split(":") : [];
	const missing = tail === undefined ? 0 : 8 - headGroups.length - tailGroups.length;
	const groups = [...headGroups, ...Array(Math.max(0, missing)).fill("0"), ...tailGroups];
	return `${groups
		.slice(0, 4)
		.map((g) => g.replace(/^0+(?=.)/, ""))
		.join(":")}::/64`;
}

function setBudgetHeaders(c: AppContext, taken: TakenAttempt[]) {
	const fields = rateLimitFields(taken.map(({ policy, state }) => ({ policy, ...state })));
	for (const [name, value] of Object.entries(fields)) c.header(name, value);
}

/**
 * Counts one attempt against every subject, or refuses it with 429 RATE_LIMITED when any subject's window is full.
 * A refused attempt counts against none of them.
 */
export async function takeAttempt(c: AppContext, subjects: LimitedSubject[], refusal: string): Promise<TakenAttempt[]> {
	const taken = await Promise.all(
		subjects.map(async (s) => ({ ...s, state: await windowOf(c, s).take(s.policy.limit, windowMs(s.policy)) })),
	);
	const refused = taken.filter((t) => !t.state.allowed);
	if (refused.length === 0) {
		setBudgetHeaders(c, taken);
		return taken;
	}
	const handedBack = await Promise.all(
		taken.map(async (t) =>
			t.state.allowed ? { ...t, state: await windowOf(c, t).giveBack(t.policy.limit, windowMs(t.policy)) } : t,
		),
	);
	setBudgetHeaders(c, handedBack);
	const retryAfter = Math.max(...refused.map((t) => t.state.resetSeconds));
	c.header("Retry-After", String(retryAfter));
	const minutes = Math.ceil(retryAfter / 60);
	throw new ApiError("RATE_LIMITED", `${refusal}; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`, {
		details: { retry_after_seconds: retryAfter },
	});
}

/**
 * Undoes attempts that turned out not to be abuse: `clear` forgets a subject's whole window, the others get just
 * this attempt back. The budget headers are updated to match.
 */
export async function returnAttempt(c: AppContext, taken: TakenAttempt[], clear: (t: TakenAttempt) => boolean) {
	const after = await Promise.all(
		taken.map(async (t) => {
			const window = windowOf(c, t);
			const limit = t.policy.limit;
			const state = clear(t)
				? await window.clear(limit, windowMs(t.policy))
				: await window.giveBack(limit, windowMs(t.policy));
			return { ...t, state };
		}),
	);
	setBudgetHeaders(c, after);
}

/** The response headers limited operations send, for their OpenAPI declarations. */
export const attemptLimitHeaders = {
	"RateLimit-Policy": {
		description:
			'The limits this operation counts against, per draft-ietf-httpapi-ratelimit-headers: `"name";q=<attempts>;w=<window seconds>`, one item per limit',
		schema: { type: "string" as const, example: '"signin-account";q=10;w=900, "signin-ip";q=50;w=900' },
	},
	RateLimit: {
		description:
			'What is left of each limit: `"name";r=<attempts remaining>;t=<seconds until one more attempt frees up>`',
		schema: { type: "string" as const, example: '"signin-account";r=7;t=840, "signin-ip";r=47;t=840' },
	},
};

const retryAfterHeader = {
	"Retry-After": {
		description: "Seconds to wait before trying again",
		schema: { type: "integer" as const, example: 840 },
	},
};

/** An operation's OpenAPI responses with the budget headers on each, plus the 429 it gives when a limit is hit. */
export function withAttemptLimits<R extends Record<number, { description: string }>>(responses: R) {
	const limited = Object.fromEntries(
		Object.entries(responses).map(([status, response]) => [status, { ...response, headers: attemptLimitHeaders }]),
	) as unknown as { [S in keyof R]: R[S] & { headers: typeof attemptLimitHeaders } };
	return {
		...limited,
		429: {
			...jsonContent(ErrorSchema, "Error (RATE_LIMITED): too many attempts; wait Retry-After seconds"),
			headers: { ...attemptLimitHeaders, ...retryAfterHeader },
		},
	};
}
