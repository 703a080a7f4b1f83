// Registering, reading, changing and deleting a company's webhook endpoints, and its deliveries. Every read is
// scoped to the caller's company in the authenticating round trip; another company's endpoint and a made-up id are
// the same 404.
import type { z } from "@hono/zod-openapi";
import { and, desc, eq, gte, ne, sql } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import { webhookDeliveries, webhookEndpoints } from "../db/schema";
import { deriveBytes, deriveHex } from "../idempotency/retry-scope";
import { isoNow } from "../lib/clock";
import { newId } from "../lib/crypto";
import { ApiError, notFound } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { before } from "../lib/pagination";
import { dataKeyRing, open } from "../lib/sealed";
import { allowsLocalTargets } from "./deliver";
import { eventIds } from "./event-ids";
import type { WebhookMessage } from "./messages";
import { pingBody } from "./payloads";
import { PREVIOUS_SECRET_GRACE_MS, sealSecret } from "./secrets";
import { newWebhookSecret } from "./signing";
import { checkWebhookTarget } from "./targets";
import {
	MAX_ENDPOINTS_PER_COMPANY,
	type WebhookDeliverySchema,
	type WebhookEndpointSchema,
	type WebhookEventSchema,
} from "./webhooks.routes";

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export function toEndpointJson(row: EndpointRow): z.infer<typeof WebhookEndpointSchema> {
	return {
		id: row.id,
		url: row.url,
		description: row.description,
		events: row.events,
		enabled: row.enabled,
		disabled_reason: row.enabled ? null : (row.disabledReason ?? "by_request"),
		disabled_at: row.enabled ? null : row.disabledAt,
		failing_since: row.failingSince,
		previous_secret_expires_at:
			row.previousSecretExpiresAt && Date.parse(row.previousSecretExpiresAt) > Date.now()
				? row.previousSecretExpiresAt
				: null,
		created_at: row.createdAt,
		updated_at: row.updatedAt,
	};
}

export function toDeliveryJson(row: DeliveryRow): z.infer<typeof WebhookDeliverySchema> {
	return {
		id: row.id,
		event_id: row.eventId,
		event_type: row.eventType,
		status: row.status,
		attempts: row.attempts,
		last_status: row.lastStatus,
		last_error: row.lastError,
		last_attempt_at: row.lastAttemptAt,
		next_attempt_at: row.nextAttemptAt,
		delivered_at: row.deliveredAt,
		created_at: row.createdAt,
	};
}

/** The URL as given, if deliveries may go there; else the request's error, naming the field. */
export function acceptableUrl(c: AppContext, url: string): string {
	const check = checkWebhookTarget(url, allowsLocalTargets(c.env));
	if (check.ok) return url;
	throw new ApiError("VALIDATION_FAILED", `The webhook URL ${check.reason}`, {
		fields: [{ field: "url", message: check.reason }],
	});
}

const ownEndpoint = (id: string, company: ReturnType<typeof sql> | string) =>
	and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.companyId, company));

/**
 * A keyed request's endpoint id and secret are derived from its Idempotency-Key (src/idempotency/retry-scope.ts):
 * a retry after a crash finds the endpoint its dead attempt made and answers it with the same secret.
 */
async function madeByThisRequest(c: AppContext, purpose: string) {
	const scope = c.var.retryScope;
	if (!scope) return { id: newId(), secret: newWebhookSecret() };
	const [id, secret] = await Promise.all([
		deriveHex(scope, `${purpose}-id`, "", 12),
		deriveBytes(scope, `${purpose}-secret`, ""),
	]);
	return { id, secret: newWebhookSecret(secret) };
}

export async function createEndpoint(
	c: AppContext,
	body: { url: string; events: EndpointRow["events"]; description?: string },
) {
	const url = acceptableUrl(c, body.url);
	const db = c.var.db;
	const { id, secret } = await madeByThisRequest(c, "webhook-endpoint");
	const { caller, results } = await authenticate(c, (company) => ({
		existing: db
			.select({ count: sql<number>`count(*)` })
			.from(webhookEndpoints)
			.where(eq(webhookEndpoints.companyId, company)),
		madeBefore: db.select().from(webhookEndpoints).where(ownEndpoint(id, company)),
	}));
	const madeBefore = results.madeBefore[0];
	if (madeBefore) return { ...toEndpointJson(madeBefore), secret };
	if ((results.existing[0]?.count ?? 0) >= MAX_ENDPOINTS_PER_COMPANY) {
		throw new ApiError("CONFLICT", `A company has at most ${MAX_ENDPOINTS_PER_COMPANY} webhook endpoints`);
	}
	const at = isoNow();
	const [row] = await db
		.insert(webhookEndpoints)
		.values({
			id,
			companyId: caller.companyId,
			url,
			description: body.description || null,
			events: body.events,
			enabled: true,
			sealedSecret: await sealSecret(await dataKeyRing(c.env), id, secret, "current"),
			createdAt: at,
			updatedAt: at,
		})
		.returning();
	return { ...toEndpointJson(row as EndpointRow), secret };
}

export async function readEndpoint(c: AppContext, id: string): Promise<EndpointRow> {
	const { results } = await authenticate(c, (company) => ({
		endpoint: c.var.db.select().from(webhookEndpoints).where(ownEndpoint(id, company)),
	}));
	const row = results.endpoint[0];
	if (!row) throw notFound("Webhook endpoint");
	return row;
}

export async function listEndpoints(c: AppContext, limit: number, from: readonly [string, string] | null) {
	const { results } = await authenticate(c, (company) => ({
		endpoints: c.var.db
			.select()
			.from(webhookEndpoints)
			.where(
				and(
					eq(webhookEndpoints.companyId, company),
					from ? before([webhookEndpoints.createdAt, webhookEndpoints.id], from) : undefined,
				),
			)
			.orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
			.limit(limit + 1),
	}));
	return results.endpoints;
}

export async function updateEndpoint(
	c: AppContext,
	id: string,
	body: { url?: string; events?: EndpointRow["events"]; description?: string | null; enabled?: boolean },
) {
	const url = body.url === undefined ? undefined : acceptableUrl(c, body.url);
	const { caller } = await authenticate(c);
	const at = isoNow();
	const enabling =
		body.enabled === true ? { enabled: true, disabledReason: null, disabledAt: null, failingSince: null } : {};
	// Disabling an endpoint already disabled keeps the reason and time it was disabled.
	const disabling =
		body.enabled === false
			? {
					enabled: false,
					disabledReason: sql`case when ${webhookEndpoints.enabled} then 'by_request' else ${webhookEndpoints.disabledReason} end`,
					disabledAt: sql`case when ${webhookEndpoints.enabled} then ${at} else ${webhookEndpoints.disabledAt} end`,
				}
			: {};
	const [row] = await c.var.db
		.update(webhookEndpoints)
		.set({
			...(url === undefined ? {} : { url }),
			...(body.events === undefined ? {} : { events: body.events }),
			...(body.description === undefined ? {} : { description: body.description || null }),
			...enabling,
			...disabling,
			updatedAt: at,
		})
		.where(ownEndpoint(id, caller.companyId))
		.returning();
	if (!row) throw notFound("Webhook endpoint");
	return toEndpointJson(row);
}

export async function deleteEndpoint(c: AppContext, id: string): Promise<void> {
	const { caller } = await authenticate(c);
	const db = c.var.db;
	const [, deleted] = await db.batch([
		db
			.delete(webhookDeliveries)
			.where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.companyId, caller.companyId))),
		db.delete(webhookEndpoints).where(ownEndpoint(id, caller.companyId)).returning({ id: webhookEndpoints.id }),
	]);
	if (!deleted[0]) throw notFound("Webhook endpoint");
}

/**
 * A new secret; the current one becomes the previous and keeps signing for 24 hours. The update is conditional on
 * the secret read, so two rotations at once cannot leave a secret nobody was shown.
 */
export async function rotateSecret(c: AppContext, id: string) {
	const row = await readEndpoint(c, id);
	const ring = await dataKeyRing(c.env);
	const current = await open(ring, row.sealedSecret, `webhook_endpoints:${id}:current`);
	const { secret } = await madeByThisRequest(c, "webhook-rotation");
	// This request's rotation already happened (its answer was lost): answer it again rather than rotate twice,
	// which would retire the secret the receiver still uses in favour of one nobody was shown.
	if (current === secret) return { ...toEndpointJson(row), secret };
	const at = new Date(Date.now());
	const [updated] = await c.var.db
		.update(webhookEndpoints)
		.set({
			sealedSecret: await sealSecret(ring, id, secret, "current"),
			sealedPreviousSecret: await sealSecret(ring, id, current, "previous"),
			previousSecretExpiresAt: new Date(at.getTime() + PREVIOUS_SECRET_GRACE_MS).toISOString(),
			updatedAt: at.toISOString(),
		})
		.where(and(ownEndpoint(id, row.companyId), eq(webhookEndpoints.sealedSecret, row.sealedSecret)))
		.returning();
	if (!updated) throw new ApiError("CONFLICT", "The secret was rotated meanwhile; rotate again if you need to");
	return { ...toEndpointJson(updated), secret };
}

export async function listDeliveries(
	c: AppContext,
	endpointId: string,
	limit: number,
	from: readonly [string, string] | null,
) {
	const db = c.var.db;
	const { results } = await authenticate(c, (company) => ({
		endpoint: db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(ownEndpoint(endpointId, company)),
		deliveries: db
			.select()
			.from(webhookDeliveries)
			.where(
				and(
					eq(webhookDeliveries.endpointId, endpointId),
					eq(webhookDeliveries.companyId, company),
					from ? before([webhookDeliveries.createdAt, webhookDeliveries.id], from) : undefined,
				),
			)
			.orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
			.limit(limit + 1),
	}));
	if (!results.endpoint[0]) throw notFound("Webhook endpoint");
	return results.deliveries;
}

/** Wakes the sender for a delivery due now; the sweep sends it within minutes if the queue cannot be reached. */
async function wakeSender(c: AppContext, deliveryId: string, what: string): Promise<void> {
	const message: WebhookMessage = { type: "delivery", delivery_id: deliveryId };
	try {
		await c.env.WEBHOOKS.send(message, { contentType: "json" });
	} catch (error) {
		console.error(`[${c.var.requestId}] queueing ${what} of delivery ${deliveryId} failed; the sweep will`, error);
	}
}

/** Makes a delivery due now with a fresh retry schedule, and wakes the sender. */
export async function retryDelivery(c: AppContext, endpointId: string, deliveryId: string) {
	const db = c.var.db;
	const { caller, results } = await authenticate(c, (company) => ({
		delivery: db
			.select({ enabled: webhookEndpoints.enabled })
			.from(webhookEndpoints)
			.innerJoin(webhookDeliveries, eq(webhookDeliveries.endpointId, webhookEndpoints.id))
			.where(and(ownEndpoint(endpointId, company), eq(webhookDeliveries.id, deliveryId))),
	}));
	const found = results.delivery[0];
	if (!found) throw notFound("Delivery");
	if (!found.enabled) {
		throw new ApiError("CONFLICT", "The endpoint is disabled; enable it (PATCH enabled true) before retrying");
	}
	const [row] = await db
		.update(webhookDeliveries)
		.set({ status: "pending", attempts: 0, nextAttemptAt: isoNow(), leaseUntil: null })
		.where(
			and(
				eq(webhookDeliveries.id, deliveryId),
				eq(webhookDeliveries.endpointId, endpointId),
				eq(webhookDeliveries.companyId, caller.companyId),
			),
		)
		.returning();
	if (!row) throw notFound("Delivery");
	await wakeSender(c, deliveryId, "the retry");
	return toDeliveryJson(row);
}

/**
 * A ping to one endpoint, whatever it subscribes to: a delivery like any other (so it is signed, retried and listed
 * the same way), due now. The insert names the endpoint and company again, so an endpoint deleted between the read
 * and the write makes no delivery.
 */
export async function sendPing(c: AppContext, endpointId: string) {
	const endpoint = await readEndpoint(c, endpointId);
	if (!endpoint.enabled) {
		throw new ApiError("CONFLICT", "The endpoint is disabled; enable it (PATCH enabled true) before pinging it");
	}
	const id = newId();
	const eventId = eventIds.ping(id);
	const at = isoNow();
	const [row] = await c.var.db
		.insert(webhookDeliveries)
		.select(
			c.var.db
				.select({
					id: sql`${id}`.as("id"),
					endpointId: webhookEndpoints.id,
					companyId: webhookEndpoints.companyId,
					eventId: sql`${eventId}`.as("event_id"),
					eventType: sql`'ping'`.as("event_type"),
					payload: sql`${JSON.stringify(pingBody(eventId, endpointId, at))}`.as("payload"),
					status: sql`'pending'`.as("status"),
					attempts: sql`0`.as("attempts"),
					nextAttemptAt: sql`${at}`.as("next_attempt_at"),
					leaseUntil: sql`null`.as("lease_until"),
					lastStatus: sql`null`.as("last_status"),
					lastError: sql`null`.as("last_error"),
					lastAttemptAt: sql`null`.as("last_attempt_at"),
					deliveredAt: sql`null`.as("delivered_at"),
					createdAt: sql`${at}`.as("created_at"),
				})
				.from(webhookEndpoints)
				.where(ownEndpoint(endpointId, endpoint.companyId)),
		)
		.returning();
	if (!row) throw notFound("Webhook endpoint");
	await wakeSender(c, id, "the ping");
	return toDeliveryJson(row);
}

export interface EventsFilter {
	type?: DeliveryRow["eventType"];
	/** A stored UTC instant: only events created at or after it. */
	createdAfter?: string;
}

export interface EventRow {
	eventId: string;
	eventType: DeliveryRow["eventType"];
	createdAt: string;
	payload: string;
	deliveries: string;
}

/**
 * The company's events, newest first, each once: every endpoint's delivery of an event carries the same id, type,
 * time and body, so the deliveries grouped by event id are the events. Pings are tests, not events.
 */
export async function listEvents(
	c: AppContext,
	filter: EventsFilter,
	limit: number,
	from: readonly [string, string] | null,
): Promise<EventRow[]> {
	const db = c.var.db;
	const { results } = await authenticate(c, (company) => ({
		events: db
			.select({
				eventId: webhookDeliveries.eventId,
				eventType: sql<DeliveryRow["eventType"]>`min(${webhookDeliveries.eventType})`,
				createdAt: webhookDeliveries.createdAt,
				payload: sql<string>`min(${webhookDeliveries.payload})`,
				deliveries: sql<string>`json_group_array(json_object('id', ${webhookDeliveries.id}, 'endpoint_id', ${webhookDeliveries.endpointId}, 'status', ${webhookDeliveries.status}))`,
			})
			.from(webhookDeliveries)
			.where(
				and(
					eq(webhookDeliveries.companyId, company),
					ne(webhookDeliveries.eventType, "ping"),
					filter.type ? eq(webhookDeliveries.eventType, filter.type) : undefined,
					filter.createdAfter ? gte(webhookDeliveries.createdAt, filter.createdAfter) : undefined,
					from ? before([webhookDeliveries.createdAt, webhookDeliveries.eventId], from) : undefined,
				),
			)
			.groupBy(webhookDeliveries.createdAt, webhookDeliveries.eventId)
			.orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.eventId))
			.limit(limit + 1),
	}));
	return results.events;
}

export function toEventJson(row: EventRow): z.infer<typeof WebhookEventSchema> {
	return {
		id: row.eventId,
		type: row.eventType as z.infer<typeof WebhookEventSchema>["type"],
		created_at: row.createdAt,
		payload: JSON.parse(row.payload),
		deliveries: JSON.parse(row.deliveries),
	};
}
