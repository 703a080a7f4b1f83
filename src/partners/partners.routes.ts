import { createRoute, z } from "@hono/zod-openapi";
import { errorResponses, jsonBody, jsonContent } from "../lib/http";

// The same enums as the partners table's columns, so a value the API accepts is always one the row can hold.
const AccessLevel = z.enum(["claim", "read"]).openapi({
	description: "claim: the partner can claim shared certificates into its account; read: it can only view them",
});

const CompanyId = z
	.string()
	.regex(/^[0-9a-f]{24}$/, "must be a company id: 24 lowercase hex characters")
	.openapi({ example: "68a1b2c3d4e5f6a7b8c9d0e1" });

export const PartnerSchema = z
	.object({
		id: z.number().int().openapi({ example: 1 }),
		property_id: z.string().openapi({ example: "67fa8d40a96f513ae019c85c" }),
		publisher_company_id: z.string().openapi({ example: "67fa8acb61f623d0e200ec4d" }),
		partner_company_id: z.string().openapi({ example: "68a1b2c3d4e5f6a7b8c9d0e1" }),
		access_level: AccessLevel,
		auto_share: z.boolean().openapi({ description: "Share every new certificate from the property automatically" }),
		status: z.enum(["active", "revoked"]),
		created_at: z.string().openapi({ example: "2026-04-18T12:00:00.000Z" }),
	})
	.openapi("Partner");

export const PartnerInput = z
	.strictObject({
		// Any string: an id that names none of the caller's properties gets the same 404 as someone else's property,
		// so the shape of the id gives nothing away. The bound only keeps junk out of the query.
		property_id: z.string().min(1).max(64).openapi({ example: "67fa8d40a96f513ae019c85c" }),
		partner_company_id: CompanyId,
		access_level: AccessLevel.default("claim"),
		auto_share: z.boolean().default(false),
	})
	.openapi("PartnerInput");

const tags = ["Partners"];
const IdParam = z.object({ id: z.string().openapi({ example: "1" }) });

export const createPartner = createRoute({
	method: "post",
	path: "/certificate-sharing/partners",
	tags,
	summary: "Start a partnership: share a property's certificates with a buyer company",
	description:
		"Only the property's owner can do this. One active partnership per property and partner company; revoke it to make a new one.",
	request: { body: jsonBody(PartnerInput) },
	responses: {
		201: jsonContent(PartnerSchema, "Created"),
		...errorResponses("UNAUTHORIZED", "NOT_FOUND", "CONFLICT"),
	},
});

export const listPartners = createRoute({
	method: "get",
	path: "/certificate-sharing/partners",
	tags,
	summary: "The company's active partnerships, as publisher or as partner",
	description:
		"Both directions: partnerships where the company shares its properties, and those where another publisher shares with it. Ordered by id.",
	responses: {
		200: jsonContent(z.object({ data: z.array(PartnerSchema) }), "Active partnerships"),
		...errorResponses("UNAUTHORIZED"),
	},
});

export const revokePartner = createRoute({
	method: "delete",
	path: "/certificate-sharing/partners/{id}",
	tags,
	summary: "Revoke a partnership",
	description:
		"Soft delete: the partnership is kept with status revoked. Certificates already shared or claimed are not affected. Only the publisher can revoke.",
	request: { params: IdParam },
	responses: {
		204: { description: "Revoked" },
		...errorResponses("UNAUTHORIZED", "NOT_FOUND"),
	},
});
