// Rate limits of the operations whose declaration names a class (src/lib/routes.ts: every write and every read of a
// protected operation by default). A call counts against its class's budget for the client address, taken before
// anything else so that a flood is refused before it costs a database read, and, once authentication has named the
// caller's company, against the company's budget: authenticate() takes it in the same step that lets the caller
// through, so no round trip is added. Answers carry RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-
// headers, structured-field form); a refusal is 429 RATE_LIMITED with Retry-After, in the one error shape.
// A request without a client address is not counted per address: Cloudflare's edge always sends one, so this only
// happens to requests made from inside the runtime (tests).
import type { MiddlewareHandler } from "hono";
import { clientSubject } from "../auth/attempt-limits";
import { ApiError } from "../lib/errors";
import { type AppContext, type AppEnv, clientIp } from "../lib/http";
import { type BudgetState, takeFromBudget } from "./budgets";
import { classPolicies, type RateLimitClass, type RatePolicy, rateLimitScale } from "./policies";

interface LimitedRequest {
	companyPolicy: RatePolicy | null;
	/** The company whose budget the call was counted against, once it was. */
	company?: string;
	/** The budgets this request counted against, the company's first. */
	taken: BudgetState[];
}

const limitedRequests = new WeakMap<AppContext, LimitedRequest>();

interface BudgetReport {
	policy: RatePolicy;
	remaining: number;
	resetSeconds: number;
}

/** RateLimit-Policy (each quota) and RateLimit (what is left of it, and when it is whole again). */
export function rateLimitFields(budgets: readonly BudgetReport[]): Record<"RateLimit-Policy" | "RateLimit", string> {
	return {
		"RateLimit-Policy": budgets
			.map(({ policy }) => `"${policy.name}";q=${policy.limit};w=${policy.windowSeconds}`)
			.join(", "),
		RateLimit: budgets
			.map(({ policy, remaining, resetSeconds }) => `"${policy.name}";r=${remaining};t=${resetSeconds}`)
			.join(", "),
	};
}

function refuse(taken: BudgetState[]): never {
	const refused = taken.filter((budget) => !budget.allowed);
	const retryAfter = Math.max(...refused.map((budget) => budget.resetSeconds));
	const names = refused.map((budget) => budget.policy.name);
	throw new ApiError(
		"RATE_LIMITED",
		`Too many calls: the ${names.join(" and ")} budget is spent; try again in ${retryAfter} seconds`,
		{
			headers: { "Retry-After": String(retryAfter), ...rateLimitFields(taken) },
			details: { retry_after_seconds: retryAfter, policies: names },
		},
	);
}

/** Mounted on every operation that names a rate-limit class: counts the address, and reports the budgets. */
export function rateLimited(limitClass: RateLimitClass): MiddlewareHandler<AppEnv> {
	return async (c, next) => {
		const policies = classPolicies(limitClass, rateLimitScale(c.env));
		const request: LimitedRequest = { companyPolicy: policies.perCompany, taken: [] };
		limitedRequests.set(c, request);
		if (clientIp(c)) {
			const budget = await takeFromBudget(c.env, policies.perAddress, clientSubject(c));
			request.taken.push(budget);
			if (!budget.allowed) refuse(request.taken);
		}
		await next();
		if (request.taken.length === 0) return;
		for (const [name, value] of Object.entries(rateLimitFields(request.taken))) c.res.headers.set(name, value);
	};
}

/**
 * Counts the call against the caller's company's budget, once per request (authentication may run twice in one, as
 * with an Idempotency-Key), or refuses it with 429. Nothing happens on an operation that is not limited.
 */
export async function countCompanyCall(c: AppContext, companyId: string): Promise<void> {
	const request = limitedRequests.get(c);
	if (!request?.companyPolicy || request.company !== undefined) return;
	request.company = companyId;
	const budget = await takeFromBudget(c.env, request.companyPolicy, `company:${companyId}`);
	request.taken.unshift(budget);
	if (!budget.allowed) refuse(request.taken);
}

/** The company this request was counted against, if it was: the one refused, when RATE_LIMITED came from its budget. */
export function countedCompany(c: AppContext): string | undefined {
	return limitedRequests.get(c)?.company;
}
