// What an API key may do. A key carries a subset of these (all by default); a session carries all of them. Each
// operation declares the one scope it needs on its route, so the OpenAPI document and enforcement agree.
export const apiKeyScopes = [
	"certificates:write",
	"certificates:read",
	"sharing:write",
	"claims:write",
	"evidence:read",
	"rules:write",
	"partners:write",
] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];

/**
 * What each operation asks of its caller, keyed by "METHOD /openapi/path". Besides a scope (which a session always
 * has and an API key must carry) an operation can be:
 * - "public": no credential at all;
 * - "any_credential": any valid session or API key, whatever its scopes (who am I);
 * - "signed_in_user": a session only, never an API key (managing keys and sessions: a key must not mint keys).
 * There is no read scope for rules or partnerships: reading them needs the feature's write scope, so a key that
 * only captures certificates learns nothing about the company's buyers or rules.
 */
export type OperationAccess = ApiKeyScope | "public" | "any_credential" | "signed_in_user";

export const accessByOperation = {
	"POST /auth/signup": "public",
	"POST /auth/login": "public",
	"POST /auth/logout": "signed_in_user",
	"GET /auth/me": "any_credential",
	"POST /auth/api-keys": "signed_in_user",
	"GET /auth/api-keys": "signed_in_user",
	"DELETE /auth/api-keys/{id}": "signed_in_user",
	"POST /properties": "certificates:write",
	"GET /properties": "certificates:read",
	"GET /properties/{id}": "certificates:read",
	"POST /certificates": "certificates:write",
	"GET /certificates": "certificates:read",
	"GET /certificates/{id}": "certificates:read",
	"GET /certificates/{id}/verify": "certificates:read",
	"POST /certificate-sharing/certificates/{certificateId}/share": "sharing:write",
	"POST /certificate-sharing/certificates/batch-share": "sharing:write",
	"GET /certificate-sharing/certificates/claim/{token}": "public",
	"POST /certificate-sharing/certificates/claim/{token}": "claims:write",
	"GET /certificate-sharing/partner-certificates": "evidence:read",
	"POST /certificate-sharing/partner-certificates/{claimId}/claim": "claims:write",
	"GET /certificate-sharing/partner-certificates/{claimId}/evidence": "evidence:read",
	"GET /certificate-sharing/partner-certificates/{claimId}/evidence/access-log": "evidence:read",
	"GET /certificate-sharing/partner-certificates/{claimId}/verify": "evidence:read",
	"POST /certificate-sharing/consent-rules": "rules:write",
	"GET /certificate-sharing/consent-rules": "rules:write",
	"POST /certificate-sharing/consent-rules/test": "rules:write",
	"PUT /certificate-sharing/consent-rules/{id}": "rules:write",
	"DELETE /certificate-sharing/consent-rules/{id}": "rules:write",
	"POST /certificate-sharing/partners": "partners:write",
	"GET /certificate-sharing/partners": "partners:write",
	"DELETE /certificate-sharing/partners/{id}": "partners:write",
	"GET /.well-known/econsent/keys.json": "public",
} as const satisfies Record<string, OperationAccess>;

/**
 * The access an operation needs, from its method and its path as declared (OpenAPI "{id}" or Hono ":id" form).
 * An operation missing from the map needs a signed-in user: forgetting to list one never opens it to API keys.
 */
export function accessForOperation(method: string, path: string): OperationAccess {
	// HEAD is served by the GET handler and asks for the same.
	const verb = method.toUpperCase() === "HEAD" ? "GET" : method.toUpperCase();
	const key = `${verb} ${path.replace(/:(\w+)/g, "{$1}")}`;
	return (accessByOperation as Record<string, OperationAccess>)[key] ?? "signed_in_user";
}

export function isApiKeyScope(value: string): value is ApiKeyScope {
	return (apiKeyScopes as readonly string[]).includes(value);
}
