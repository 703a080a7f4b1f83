import { z } from "@hono/zod-openapi";
import { OUTSIDE_STORABLE_YEARS, storableUtc } from "../lib/client-times";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { email, text, wellFormed } from "../lib/request-schemas";
import { protectedRoute, publicRoute } from "../lib/routes";
import { withAttemptLimits } from "./attempt-limits";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLengthProblem } from "./password-rules";
import { apiKeyScopes } from "./scopes";

// Not trimmed: a password is exactly what was typed. Its length is checked by the one rule of password-rules.ts
// (code points), the same the /login form applies, not by a string schema's own count.
const Password = (min: number) =>
	wellFormed(z.string())
		.superRefine((password, ctx) => {
			const problem = passwordLengthProblem(password, min);
			if (problem) ctx.addIssue({ code: "custom", message: problem });
		})
		.openapi({ minLength: min, maxLength: PASSWORD_MAX_LENGTH, example: "correct horse battery staple" });

const AccountSchema = z
	.object({
		user: z.object({ id: z.string(), email: z.string() }),
		company: z.object({ id: z.string(), name: z.string() }),
	})
	.openapi("Account");

const MeSchema = z
	.object({
		user: z.object({ id: z.string(), email: z.string() }).nullable(),
		company: z.object({ id: z.string(), name: z.string() }),
		authenticated_via: z.enum(["session", "api_key"]),
	})
	.openapi("Me");

const ApiKeySchema = z
	.object({
		id: z.string(),
		name: z.string(),
		key_prefix: z.string(),
		scopes: z.array(z.enum(apiKeyScopes)).openapi({ description: "What the key may do" }),
		created_at: z.string(),
		expires_at: z.string().nullable().openapi({ description: "When the key stops working; null: never" }),
		last_used_at: z.string().nullable().openapi({
			description: "When the key last authenticated a request, to the minute; null: never used",
		}),
	})
	.openapi("ApiKey");

const CreatedApiKeySchema = ApiKeySchema.extend({
	key: z.string().openapi({
		description: "The secret. Shown once; only its hash is stored.",
	}),
}).openapi("CreatedApiKey");

export const signup = publicRoute(
	{
		operationId: "signUp",
		// Limited by attempt windows of their own (sign-in-limits.ts), which report their budgets.
		rateLimit: false,
		tag: "Accounts",
		summary: "Create a company and its first user",
		description:
			"Creates the company and its first user and starts a session (the session cookie is set). Sign-ups are limited per client address (signup-ip: 20 an hour).",
		// A browser's sign-up from another site's page is refused (src/auth/cross-site.ts).
		errors: ["CONFLICT", "CROSS_SITE_REQUEST"],
		// Counted sign-ups tell their budget on every answer, refusals included (./attempt-limits.ts).
		sends: { always: ["RateLimit-Policy", "RateLimit"] },
	},
	{
		method: "post",
		path: "/auth/signup",
		request: {
			body: jsonBody(
				z
					.strictObject({
						company_name: text({ min: 1, max: 200, trim: true }),
						email: email(),
						password: Password(PASSWORD_MIN_LENGTH).openapi({
							description:
								"At least 10 characters, any characters; refused when common, breached or easy to guess, or when it contains the email's local part",
						}),
					})
					.openapi({
						example: {
							company_name: "LeadGen Example LLC",
							email: "ops@leadgen.example",
							password: "correct horse battery staple",
						},
					}),
			),
		},
		responses: withAttemptLimits({ 201: jsonContent(AccountSchema, "Signed up; the session cookie is set") }),
	},
);

export const login = publicRoute(
	{
		operationId: "logIn",
		// Limited by attempt windows of their own (sign-in-limits.ts), which report their budgets.
		rateLimit: false,
		tag: "Accounts",
		summary: "Start a session",
		description:
			"Checks the email and password and sets the session cookie. A wrong pair and an unknown email get the same 401. Failed sign-ins are limited per account and client address (signin-account: 10 in 15 minutes) and per address (signin-ip: 50 in 15 minutes); a correct password does not count. Over a limit: 429 RATE_LIMITED with Retry-After.",
		errors: ["UNAUTHORIZED", "CROSS_SITE_REQUEST"],
		sends: { always: ["RateLimit-Policy", "RateLimit"] },
	},
	{
		method: "post",
		path: "/auth/login",
		request: {
			body: jsonBody(
				z
					.strictObject({ email: email(), password: Password(1) })
					.openapi({ example: { email: "ops@leadgen.example", password: "correct horse battery staple" } }),
			),
		},
		responses: withAttemptLimits({ 200: jsonContent(AccountSchema, "Logged in; the session cookie is set") }),
	},
);

export const logout = protectedRoute(
	"session",
	{
		operationId: "logOut",
		tag: "Accounts",
		summary: "End the current session",
		description: "Deletes the session on the server and clears the cookie.",
		// The cookie is cleared on every answer, a 401 for a session already gone included.
		sends: { always: ["Set-Cookie"] },
		// No Idempotency-Key: its answer's point is the Set-Cookie that clears the session, which a stored answer never
		// keeps, and a retry finds the session already gone (401), which is the truth, not a replay to hide.
		idempotent: false,
	},
	{ method: "post", path: "/auth/logout", responses: { 204: { description: "Logged out" } } },
);

export const me = protectedRoute(
	{ scope: null },
	{
		operationId: "getCurrentCaller",
		tag: "Accounts",
		summary: "Who the caller is",
		description: "The company and, for a session, the user behind the credential; works with any API key.",
	},
	{ method: "get", path: "/auth/me", responses: { 200: jsonContent(MeSchema, "The caller") } },
);

export const createApiKey = protectedRoute(
	"session",
	{
		operationId: "createApiKey",
		tag: "Accounts",
		summary: "Create an API key (shown once)",
		description:
			"Requires a session: an API key cannot mint more keys. The secret is in the answer only. A key used outside its scopes gets 403 INSUFFICIENT_SCOPE; an expired key gets 401.",
	},
	{
		method: "post",
		path: "/auth/api-keys",
		request: {
			body: jsonBody(
				z
					.strictObject({
						name: text({ min: 1, max: 100, trim: true }),
						scopes: z
							.array(z.enum(apiKeyScopes))
							.min(1)
							.max(apiKeyScopes.length)
							.optional()
							.openapi({ description: "What the key may do; every scope when left out" }),
						expires_at: z.iso
							.datetime({ offset: true })
							.max(40)
							.refine((value) => storableUtc(value) !== null, OUTSIDE_STORABLE_YEARS)
							.optional()
							.openapi({ description: "A future time after which the key stops working; never when left out" }),
					})
					.openapi({ example: { name: "lead server", scopes: ["certificates:write", "sharing:write"] } }),
			),
		},
		responses: { 201: jsonContent(CreatedApiKeySchema, "The new key") },
	},
);

export const listApiKeys = protectedRoute(
	"session",
	{
		operationId: "listApiKeys",
		tag: "Accounts",
		summary: "The company's active API keys",
		description: "Newest first, without secrets: only the first characters of each key are shown.",
	},
	{
		method: "get",
		path: "/auth/api-keys",
		request: { query: CursorQuery },
		responses: { 200: jsonContent(cursorEnvelope(ApiKeySchema, "ApiKeyPage"), "A page of active keys") },
	},
);

export const revokeApiKey = protectedRoute(
	"session",
	{
		operationId: "revokeApiKey",
		tag: "Accounts",
		summary: "Revoke an API key",
		description: "The key stops working at once. Revoking an unknown or already revoked key answers 404.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "delete",
		path: "/auth/api-keys/{id}",
		request: { params: z.object({ id: text({ max: 64 }).openapi({ example: "68a1b2c3d4e5f6a7b8c9d0e2" }) }) },
		responses: { 204: { description: "Revoked" } },
	},
);
