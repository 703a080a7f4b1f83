import { createRoute, z } from "@hono/zod-openapi";
import { withAttemptLimits } from "../lib/attempt-limits";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules";
import { apiKeyScopes } from "./scopes";

const Email = z.email().max(254).openapi({ example: "ops@leadgen.example" });

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

const tags = ["Accounts"];

export const signup = createRoute({
	method: "post",
	path: "/auth/signup",
	tags,
	summary: "Create a company and its first user; starts a session",
	description: "Sign-ups are limited per client address (signup-ip: 20 an hour).",
	request: {
		body: jsonBody(
			z.strictObject({
				company_name: z.string().trim().min(1).max(200),
				email: Email,
				password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH).openapi({
					description:
						"At least 10 characters, any characters; refused when common, breached or easy to guess, or when it contains the email's local part",
				}),
			}),
		),
	},
	responses: withAttemptLimits({
		201: jsonContent(AccountSchema, "Signed up; the session cookie is set"),
		...errorResponses("CONFLICT", "MALFORMED_JSON", "PAYLOAD_TOO_LARGE"),
	}),
});

export const login = createRoute({
	method: "post",
	path: "/auth/login",
	tags,
	summary: "Start a session",
	description:
		"Failed sign-ins are limited per account and client address (signin-account: 10 in 15 minutes) and per address (signin-ip: 50 in 15 minutes); a correct password does not count. Over a limit: 429 RATE_LIMITED with Retry-After.",
	request: {
		body: jsonBody(z.strictObject({ email: Email, password: z.string().min(1).max(200) })),
	},
	responses: withAttemptLimits({
		200: jsonContent(AccountSchema, "Logged in; the session cookie is set"),
		...errorResponses("UNAUTHORIZED", "MALFORMED_JSON"),
	}),
});

export const logout = createRoute({
	method: "post",
	path: "/auth/logout",
	tags,
	summary: "End the current session (server-side)",
	responses: {
		204: { description: "Logged out" },
		...errorResponses("UNAUTHORIZED"),
	},
});

export const me = createRoute({
	method: "get",
	path: "/auth/me",
	tags,
	summary: "Who the caller is",
	responses: {
		200: jsonContent(MeSchema, "The caller"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const createApiKey = createRoute({
	method: "post",
	path: "/auth/api-keys",
	tags,
	summary: "Create an API key (shown once)",
	description:
		"Requires a session: an API key cannot mint more keys. A key used outside its scopes gets 403 INSUFFICIENT_SCOPE; an expired key gets 401.",
	request: {
		body: jsonBody(
			z.strictObject({
				name: z.string().trim().min(1).max(100),
				scopes: z
					.array(z.enum(apiKeyScopes))
					.min(1)
					.optional()
					.openapi({ description: "What the key may do; every scope when left out" }),
				expires_at: z.iso
					.datetime({ offset: true })
					.optional()
					.openapi({ description: "A future time after which the key stops working; never when left out" }),
			}),
		),
	},
	responses: {
		201: jsonContent(CreatedApiKeySchema, "The new key"),
		...errorResponses("UNAUTHORIZED", "FORBIDDEN"),
	},
});

export const listApiKeys = createRoute({
	method: "get",
	path: "/auth/api-keys",
	tags,
	summary: "List the company's active API keys (no secrets)",
	responses: {
		200: jsonContent(z.object({ data: z.array(ApiKeySchema) }), "Active keys"),
		...errorResponses("UNAUTHORIZED", "FORBIDDEN"),
	},
});

export const revokeApiKey = createRoute({
	method: "delete",
	path: "/auth/api-keys/{id}",
	tags,
	summary: "Revoke an API key",
	request: { params: z.object({ id: z.string() }) },
	responses: {
		204: { description: "Revoked" },
		...errorResponses("UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"),
	},
});
