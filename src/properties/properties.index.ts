import { and, asc, eq } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import { isLocalHost } from "../capture-sessions/origins";
import { properties } from "../db/schema";
import { isoNow } from "../lib/clock";
import { newId } from "../lib/crypto";
import { ApiError, notFound } from "../lib/errors";
import { createRouter } from "../lib/http";
import { after, cursorPage, decodeCursor } from "../lib/pagination";
import * as routes from "./properties.routes";

type PropertyRow = typeof properties.$inferSelect;

export const toPropertyJson = (p: PropertyRow) => ({
	id: p.id,
	company_id: p.companyId,
	domain: p.domain,
	name: p.name,
	created_at: p.createdAt,
});

export const propertiesRouter = createRouter()
	.openapi(routes.createProperty, async (c) => {
		const { caller } = await authenticate(c);
		const body = c.req.valid("json");
		if (isLocalHost(body.domain) && c.env.ALLOW_LOCAL_CAPTURE !== "true") {
			throw new ApiError("VALIDATION_FAILED", "Invalid request: domain", {
				fields: [
					{ field: "domain", message: "must be a public domain name; local hosts are for local development only" },
				],
			});
		}
		const row = {
			id: newId(),
			companyId: caller.companyId,
			domain: body.domain,
			name: body.name ?? null,
			createdAt: isoNow(),
		};
		await c.var.db.insert(properties).values(row);
		return c.json(toPropertyJson(row), 201);
	})
	.openapi(routes.listProperties, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const from = decodeCursor(cursor, ["string", "string"]);
		const { results } = await authenticate(c, (company) => ({
			properties: c.var.db
				.select()
				.from(properties)
				.where(
					and(eq(properties.companyId, company), from ? after([properties.createdAt, properties.id], from) : undefined),
				)
				.orderBy(asc(properties.createdAt), asc(properties.id))
				.limit(limit + 1),
		}));
		const page = cursorPage(results.properties, limit, (p) => [p.createdAt, p.id]);
		return c.json({ data: page.rows.map(toPropertyJson), limit, next_cursor: page.next_cursor }, 200);
	})
	.openapi(routes.getProperty, async (c) => {
		const { results } = await authenticate(c, (company) => ({
			property: c.var.db
				.select()
				.from(properties)
				.where(and(eq(properties.id, c.req.valid("param").id), eq(properties.companyId, company))),
		}));
		const property = results.property[0];
		if (!property) throw notFound("Property");
		return c.json(toPropertyJson(property), 200);
	});
