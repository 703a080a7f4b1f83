// Who may call each operation, as its declaration in routes.ts says, kept apart from the declarations so that the
// code enforcing it (src/auth) can read it while routes.ts attaches that enforcement to every protected route.
import type { ApiKeyScope } from "../auth/scopes";

/**
 * Who may call an operation.
 * - "public": anyone, no credential.
 * - "session": a signed-in person only (session cookie); API keys are refused.
 * - { scope }: a session, or an API key holding `scope`; scope null accepts any valid API key.
 */
export type RouteAuth = "public" | "session" | { scope: ApiKeyScope | null };

const authByRoute = new Map<string, RouteAuth>();

/** Notes what a route declared, under its method and Hono routing path ("/certificates/:id"). */
export function recordDeclaredAuth(method: string, routingPath: string, auth: RouteAuth): void {
	authByRoute.set(`${method.toUpperCase()} ${routingPath}`, auth);
}

/**
 * What the operation being served declared, for enforcement that has only the request: `c.req.method` and
 * `c.req.routePath` (Hono's matched pattern, e.g. "/certificates/:id").
 */
export function declaredAuth(method: string, routePath: string): RouteAuth | undefined {
	return authByRoute.get(`${method.toUpperCase()} ${routePath}`);
}
