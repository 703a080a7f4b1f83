import { z } from "@hono/zod-openapi";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

export const PropertySchema = z
	.object({
		id: z.string().openapi({ example: "67fa8d40a96f513ae019c85c" }),
		company_id: z.string(),
		domain: z.string().openapi({ example: "forms.leadgen.com" }),
		name: z.string().nullable(),
		created_at: z.string(),
	})
	.openapi("Property");

// A bare host name: what a publisher's lead form is served from. `localhost` and `127.0.0.1` pass here and are
// refused by the handler unless ALLOW_LOCAL_CAPTURE is "true" (trying the capture script on a developer's machine).
const Domain = z
	.string()
	.trim()
	.toLowerCase()
	.max(253)
	.regex(
		/^(?:(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}|localhost|127\.0\.0\.1)$/,
		"must be a domain name like forms.example.com",
	);

// A property is where certificates are captured, so it goes with the certificate scopes.
export const createProperty = protectedRoute(
	{ scope: "certificates:write" },
	{
		operationId: "createProperty",
		tag: "Properties",
		summary: "Register a web property",
		description:
			"A site whose forms capture consent. Certificates are captured against one of the company's properties. `localhost` and `127.0.0.1` are taken only by a local development server (ALLOW_LOCAL_CAPTURE), to try the capture script there.",
	},
	{
		method: "post",
		path: "/properties",
		request: {
			body: jsonBody(
				z
					.strictObject({ domain: Domain, name: text({ min: 1, max: 200, trim: true }).optional() })
					.openapi({ example: { domain: "forms.leadgen.example", name: "Main form" } }),
			),
		},
		responses: { 201: jsonContent(PropertySchema, "Created") },
	},
);

export const listProperties = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "listProperties",
		tag: "Properties",
		summary: "The company's properties",
		description: "Oldest first, one page at a time.",
	},
	{
		method: "get",
		path: "/properties",
		request: { query: CursorQuery },
		responses: { 200: jsonContent(cursorEnvelope(PropertySchema, "PropertyPage"), "A page of properties") },
	},
);

export const getProperty = protectedRoute(
	{ scope: "certificates:read" },
	{
		operationId: "getProperty",
		tag: "Properties",
		summary: "One property",
		description: "Another company's property answers the same 404 as one that does not exist.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "get",
		path: "/properties/{id}",
		request: { params: z.object({ id: text({ max: 64 }).openapi({ example: "67fa8d40a96f513ae019c85c" }) }) },
		responses: { 200: jsonContent(PropertySchema, "The property") },
	},
);
