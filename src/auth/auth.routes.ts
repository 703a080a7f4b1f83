import { z } from "@hono/zod-openapi";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { email, text } from "../lib/request-schemas";
import { protectedRoute, publicRoute } from "../lib/routes";

// Not trimmed: a password is exactly what was typed.
const Password = (min: number) => text({ min, max: 200 }).openapi({ example: "correct horse battery" });

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

export const signup = publicRoute(
	{
		operationId: "signUp",
		tag: "Accounts",
		summary: "Create a company and its first user",
		description: "Creates the company and its first user and starts a session (the session cookie is set).",
		errors: ["CONFLICT"],
		setsCookie: true,
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
						password: Password(10),
					})
					.openapi({
						example: {
							company_name: "LeadGen Example LLC",
							email: "ops@leadgen.example",
							password: "correct horse battery",
						},
					}),
			),
		},
		responses: { 201: jsonContent(AccountSchema, "Signed up; the session cookie is set") },
	},
);

export const login = publicRoute(
	{
		operationId: "logIn",
		tag: "Accounts",
		summary: "Start a session",
		description:
			"Checks the email and password and sets the session cookie. A wrong pair and an unknown email get the same 401.",
		errors: ["UNAUTHORIZED"],
		setsCookie: true,
	},
	{
		method: "post",
		path: "/auth/login",
		request: {
			body: jsonBody(
				z
					.strictObject({ email: email(), password: Password(1) })
					.openapi({ example: { email: "ops@leadgen.example", password: "correct horse battery" } }),
			),
		},
		responses: { 200: jsonContent(AccountSchema, "Logged in; the session cookie is set") },
	},
);

export const logout = protectedRoute(
	"session",
	{
		operationId: "logOut",
		tag: "Accounts",
		summary: "End the current session",
		description: "Deletes the session on the server and clears the cookie.",
		setsCookie: true,
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
		description: "Requires a session: an API key cannot mint more keys. The secret is in the answer only.",
	},
	{
		method: "post",
		path: "/auth/api-keys",
		request: {
			body: jsonBody(
				z.strictObject({ name: text({ min: 1, max: 100, trim: true }) }).openapi({ example: { name: "lead server" } }),
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
