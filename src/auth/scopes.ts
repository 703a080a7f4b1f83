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
	"webhooks:manage",
] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];

/** The scopes there were when keys got scopes: what a key made before then holds (the column's default). A scope
 * added later is given to new keys only, never silently to old ones. */
export const scopesOfKeysBeforeScopes: readonly ApiKeyScope[] = [
	"certificates:write",
	"certificates:read",
	"sharing:write",
	"claims:write",
	"evidence:read",
	"rules:write",
	"partners:write",
];
