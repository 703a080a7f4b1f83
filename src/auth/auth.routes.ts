import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";

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
		created_at: z.string(),
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
	request: {
		body: jsonBody(
			z.strictObject({
				company_name: z.string().trim().min(1).max(200),
				email: Email,
				password: z.string().min(10).max(200),
			}),
		),
	},
	responses: {
		201: jsonContent(AccountSchema, "Signed up; the session cookie is set"),
		...errorResponses("CONFLICT", "MALFORMED_JSON", "PAYLOAD_TOO_LARGE"),
	},
});

export const login = createRoute({
	method: "post",
	path: "/auth/login",
	tags,
	summary: "Start a session",
	request: {
		body: jsonBody(z.strictObject({ email: Email, password: z.string().min(1).max(200) })),
	},
	responses: {
		200: jsonContent(AccountSchema, "Logged in; the session cookie is set"),
		...errorResponses("UNAUTHORIZED", "MALFORMED_JSON"),
	},
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
	description: "Requires a session: an API key cannot mint more keys.",
	request: {
		body: jsonBody(z.strictObject({ name: z.string().trim().min(1).max(100) })),
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
