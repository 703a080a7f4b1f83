import { z } from "@hono/zod-openapi";
import { jsonBody, jsonContent } from "../lib/http";
import { CursorQuery, cursorEnvelope } from "../lib/pagination";
import { companyId, text } from "../lib/request-schemas";
import { protectedRoute } from "../lib/routes";

// The same enums as the partners table's columns, so a value the API accepts is always one the row can hold.
const AccessLevel = z.enum(["claim", "read"]).openapi({
	description: "claim: the partner can claim shared certificates into its account; read: it can only view them",
});

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
		property_id: text({ min: 1, max: 64 }).openapi({ example: "67fa8d40a96f513ae019c85c" }),
		partner_company_id: companyId(),
		access_level: AccessLevel.default("claim"),
		auto_share: z.boolean().default(false),
	})
	// Inline in the operation, not a named schema: generators (openapi-typescript) type a named schema's fields that
	// have a default as always present, which would make callers send access_level and auto_share; inline in a
	// request body, they stay optional as the API treats them.
	.openapi({
		example: {
			property_id: "67fa8d40a96f513ae019c85c",
			partner_company_id: "68a1b2c3d4e5f6a7b8c9d0e1",
			access_level: "claim",
			auto_share: true,
		},
	});

const IdParam = z.object({
	id: text({ max: 32 }).openapi({ example: "1", description: "The partnership's id (another company's answers 404)" }),
});

export const createPartner = protectedRoute(
	{ scope: "partners:write" },
	{
		operationId: "createPartner",
		tag: "Partners",
		summary: "Start a partnership: share a property's certificates with a buyer company",
		description:
			"Only the property's owner can do this. One active partnership per property and partner company; revoke it to make a new one.",
		errors: ["NOT_FOUND", "CONFLICT"],
	},
	{
		method: "post",
		path: "/certificate-sharing/partners",
		request: { body: jsonBody(PartnerInput) },
		responses: { 201: jsonContent(PartnerSchema, "Created") },
	},
);

// No separate read scope: managing partnerships includes seeing them.
export const listPartners = protectedRoute(
	{ scope: "partners:write" },
	{
		operationId: "listPartners",
		tag: "Partners",
		summary: "The company's active partnerships, as publisher or as partner",
		description:
			"Both directions: partnerships where the company shares its properties, and those where another publisher shares with it. Ordered by id, one page at a time.",
	},
	{
		method: "get",
		path: "/certificate-sharing/partners",
		request: { query: CursorQuery },
		responses: { 200: jsonContent(cursorEnvelope(PartnerSchema, "PartnerPage"), "A page of active partnerships") },
	},
);

export const revokePartner = protectedRoute(
	{ scope: "partners:write" },
	{
		operationId: "revokePartner",
		tag: "Partners",
		summary: "Revoke a partnership",
		description:
			"Soft delete: the partnership is kept with status revoked. Certificates already shared or claimed are not affected. Only the publisher can revoke.",
		errors: ["NOT_FOUND"],
	},
	{
		method: "delete",
		path: "/certificate-sharing/partners/{id}",
		request: { params: IdParam },
		responses: { 204: { description: "Revoked" } },
	},
);
