import { createRouter } from "../lib/http";
import { cursorPage, decodeCursor } from "../lib/pagination";
import * as endpoints from "./endpoints";
import * as routes from "./webhooks.routes";

const byCreation = (row: { createdAt: string; id: string }) => [row.createdAt, row.id];
const byEventCreation = (row: { createdAt: string; eventId: string }) => [row.createdAt, row.eventId];

export const webhooksRouter = createRouter()
	.openapi(routes.createWebhook, async (c) => {
		const endpoint = await endpoints.createEndpoint(c, c.req.valid("json"));
		return c.json(endpoint, 201);
	})
	.openapi(routes.listWebhooks, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const rows = await endpoints.listEndpoints(c, limit, decodeCursor(cursor, ["string", "string"]));
		const page = cursorPage(rows, limit, byCreation);
		return c.json({ data: page.rows.map(endpoints.toEndpointJson), limit, next_cursor: page.next_cursor }, 200);
	})
	// Ahead of GET /webhooks/{id}, which would otherwise take "events" for an endpoint's id.
	.openapi(routes.listEvents, async (c) => {
		const { limit, cursor, type, created_after } = c.req.valid("query");
		const rows = await endpoints.listEvents(
			c,
			{ type, createdAfter: created_after },
			limit,
			decodeCursor(cursor, ["string", "string"]),
		);
		const page = cursorPage(rows, limit, byEventCreation);
		return c.json({ data: page.rows.map(endpoints.toEventJson), limit, next_cursor: page.next_cursor }, 200);
	})
	.openapi(routes.getWebhook, async (c) =>
		c.json(endpoints.toEndpointJson(await endpoints.readEndpoint(c, c.req.valid("param").id)), 200),
	)
	.openapi(routes.updateWebhook, async (c) =>
		c.json(await endpoints.updateEndpoint(c, c.req.valid("param").id, c.req.valid("json")), 200),
	)
	.openapi(routes.rotateWebhookSecret, async (c) =>
		c.json(await endpoints.rotateSecret(c, c.req.valid("param").id), 200),
	)
	.openapi(routes.listDeliveries, async (c) => {
		const { limit, cursor } = c.req.valid("query");
		const rows = await endpoints.listDeliveries(
			c,
			c.req.valid("param").id,
			limit,
			decodeCursor(cursor, ["string", "string"]),
		);
		const page = cursorPage(rows, limit, byCreation);
		return c.json({ data: page.rows.map(endpoints.toDeliveryJson), limit, next_cursor: page.next_cursor }, 200);
	})
	.openapi(routes.retryDelivery, async (c) => {
		const { id, deliveryId } = c.req.valid("param");
		return c.json(await endpoints.retryDelivery(c, id, deliveryId), 202);
	})
	.openapi(routes.sendPing, async (c) => c.json(await endpoints.sendPing(c, c.req.valid("param").id), 202))
	.openapi(routes.deleteWebhook, async (c) => {
		await endpoints.deleteEndpoint(c, c.req.valid("param").id);
		return c.body(null, 204);
	});
