// What each operation's declaration in routes.ts says about how it is served: who may call it, where its reads may
// be served, whether it takes an Idempotency-Key, how large a body it takes, which rate limits it counts against. Kept apart from the declarations so that the code applying them
// (src/auth, the app's per-request set-up) can read them for the operation a request was routed to, while routes.ts
// attaches that code to the routes.
import type { Context } from "hono";
import { matchedRoutes } from "hono/route";
import type { ApiKeyScope } from "../auth/scopes";
import type { RateLimitClass } from "../rate-limits/policies";

/**
 * Who may call an operation.
 * - "public": anyone, no credential.
 * - "session": a signed-in person only (session cookie); API keys are refused.
 * - { scope }: a session, or an API key holding `scope`; scope null accepts any valid API key.
 */
export type RouteAuth = "public" | "session" | { scope: ApiKeyScope | null };

/**
 * Where an operation's D1 session starts: "replica-first" at any read replica (near the caller), "primary" at the
 * primary. Every read (GET) is replica-first; which writes may be is said in src/db/replica-reads.ts.
 */
export type RouteReads = "replica-first" | "primary";

export interface RoutePolicies {
	auth: RouteAuth;
	reads: RouteReads;
	/** Takes an Idempotency-Key (src/idempotency/idempotency.ts). */
	idempotent: boolean;
	/** The largest request body it takes; more is refused 413 before anything else runs. */
	maxBodyBytes: number;
	/** The rate-limit class its calls count in (src/rate-limits/policies.ts), or null when it has none. */
	rateLimit: RateLimitClass | null;
}

const policiesByRoute = new Map<string, RoutePolicies>();
const routeKey = (method: string, routingPath: string) => `${method.toUpperCase()} ${routingPath}`;

/** Notes what a route declared, under its method and Hono routing path ("/certificates/:id"). */
export function recordDeclaredPolicies(method: string, routingPath: string, policies: RoutePolicies): void {
	policiesByRoute.set(routeKey(method, routingPath), policies);
}

/** What the operation with this method and Hono routing path declared; undefined for routes not declared. */
export function declaredPolicies(method: string, routingPath: string): RoutePolicies | undefined {
	return policiesByRoute.get(routeKey(method, routingPath));
}

/**
 * Who may call the operation being served, for enforcement that has only the request: `c.req.method` and
 * its route path (Hono's matched pattern, e.g. "/certificates/:id").
 */
export function declaredAuth(method: string, routePath: string): RouteAuth | undefined {
	return declaredPolicies(method, routePath)?.auth;
}

/**
 * The declared policies of the operation this request was routed to, or undefined when no declared operation
 * answers it (a page, /health, a path that names nothing). Hono matches a request against every route before the
 * first middleware runs, so this is known from the start of the request: the first declared route among the
 * matches is the one that answers (an operation's handler never hands on to another).
 */
export function requestPolicies(c: Context): RoutePolicies | undefined {
	// A HEAD request is served by the GET route.
	const method = c.req.method === "HEAD" ? "GET" : c.req.method;
	for (const route of matchedRoutes(c)) {
		if (route.method !== method) continue;
		const policies = declaredPolicies(method, route.path);
		if (policies) return policies;
	}
	return undefined;
}
