import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";

export const PropertySchema = z
	.object({
		id: z.string().openapi({ example: "67fa8d40a96f513ae019c85c" }),
		company_id: z.string(),
		domain: z.string().openapi({ example: "forms.leadgen.com" }),
		name: z.string().nullable(),
		created_at: z.string(),
	})
	.openapi("Property");

// A bare host name: what a publisher's lead form is served from.
const Domain = z
	.string()
	.trim()
	.toLowerCase()
	.max(253)
	.regex(
		/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
		"must be a domain name like forms.example.com",
	);

const tags = ["Properties"];

export const createProperty = createRoute({
	method: "post",
	path: "/properties",
	tags,
	summary: "Register a web property (a site whose forms capture consent)",
	request: {
		body: jsonBody(
			z.strictObject({
				domain: Domain,
				name: z.string().trim().min(1).max(200).optional(),
			}),
		),
	},
	responses: {
		201: jsonContent(PropertySchema, "Created"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const listProperties = createRoute({
	method: "get",
	path: "/properties",
	tags,
	summary: "The company's properties",
	responses: {
		200: jsonContent(z.object({ data: z.array(PropertySchema) }), "Properties"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const getProperty = createRoute({
	method: "get",
	path: "/properties/{id}",
	tags,
	summary: "One property",
	request: { params: z.object({ id: z.string() }) },
	responses: {
		200: jsonContent(PropertySchema, "The property"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});
