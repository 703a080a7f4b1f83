// One attempt at one delivery, from the queue consumer. The row is leased first with a compare-and-set (pending,
// due, not leased), so two messages for the same delivery never make two attempts at once; the attempt counts from
// that moment, so a consumer that dies mid-attempt still uses up an attempt. The outcome (and the endpoint's health)
// is written in one batch, then a failed delivery is put back on the queue for its next attempt.
import { and, eq, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { webhookDeliveries, webhookEndpoints } from "../db/schema";
import { dataKeyRing } from "../lib/sealed";
import { ATTEMPT_TIMEOUT_MS, DISABLE_AFTER_FAILING_MS, MAX_ATTEMPTS, retryDelaySeconds } from "./backoff";
import type { WebhookMessage } from "./messages";
import { linkBase } from "./payloads";
import { signingSecrets } from "./secrets";
import { webhookHeaders } from "./signing";
import { checkWebhookTarget } from "./targets";

/** Longer than an attempt can take (its timeout plus signing and storing), so a lease only lapses when its holder died. */
const LEASE_MS = 60_000;
/** A queue message may arrive a little before the time it was delayed to. */
const EARLY_TOLERANCE_MS = 30_000;
/** What is kept of an error for the deliveries list. */
const MAX_ERROR_CHARS = 300;

/**
 * The product every delivery names in its User-Agent, so a receiver's firewall or logs can tell our requests apart;
 * the comment links to the API reference that documents the events.
 */
export const WEBHOOK_USER_AGENT = "econsent-webhooks/1.0";
/** Where the User-Agent points when the deployment has no PUBLIC_BASE_URL. */
const DEFAULT_DOCS_ORIGIN = "https://app.econsent.org";

export function webhookUserAgent(env: Pick<Cloudflare.Env, "PUBLIC_BASE_URL">): string {
	return `${WEBHOOK_USER_AGENT} (+${linkBase(env) || DEFAULT_DOCS_ORIGIN}/docs)`;
}

export type AttemptOutcome = "delivered" | "retrying" | "dead" | "not_due";

export const allowsLocalTargets = (env: Cloudflare.Env) => env.ALLOW_LOCAL_WEBHOOKS === "true";

type Sent = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function send(url: URL, headers: Record<string, string>, body: string): Promise<Sent> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: "POST",
			headers,
			body,
			redirect: "manual",
			signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
		});
	} catch (error) {
		const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
		const message = timedOut
			? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
			: `network error: ${error instanceof Error ? error.message : String(error)}`;
		return { ok: false, status: null, error: message.slice(0, MAX_ERROR_CHARS) };
	}
	// The answer's body is not used; reading none of it frees the connection.
	await response.body?.cancel().catch(() => {});
	if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
	if (response.status >= 300 && response.status < 400) {
		return { ok: false, status: response.status, error: `redirect (HTTP ${response.status}) not followed` };
	}
	return { ok: false, status: response.status, error: `HTTP ${response.status}` };
}

export async function attemptDelivery(
	env: Cloudflare.Env,
	db: Db,
	deliveryId: string,
	at: Date,
): Promise<AttemptOutcome> {
	const iso = at.toISOString();
	const [leased, endpoints] = await db.batch([
		db
			.update(webhookDeliveries)
			.set({
				attempts: sql`${webhookDeliveries.attempts} + 1`,
				leaseUntil: new Date(at.getTime() + LEASE_MS).toISOString(),
				lastAttemptAt: iso,
			})
			.where(
				and(
					eq(webhookDeliveries.id, deliveryId),
					eq(webhookDeliveries.status, "pending"),
					lte(webhookDeliveries.nextAttemptAt, new Date(at.getTime() + EARLY_TOLERANCE_MS).toISOString()),
					or(isNull(webhookDeliveries.leaseUntil), lte(webhookDeliveries.leaseUntil, iso)),
				),
			)
			.returning(),
		db
			.select()
			.from(webhookEndpoints)
			.where(
				eq(
					webhookEndpoints.id,
					sql`(select ${webhookDeliveries.endpointId} from ${webhookDeliveries} where ${webhookDeliveries.id} = ${deliveryId})`,
				),
			),
	]);
	const delivery = leased[0];
	if (!delivery) return "not_due";
	const endpoint = endpoints[0];
	const target = endpoint ? checkWebhookTarget(endpoint.url, allowsLocalTargets(env)) : null;
	if (!endpoint?.enabled || !target?.ok || delivery.attempts > MAX_ATTEMPTS) {
		const reason = !endpoint?.enabled
			? "the endpoint is disabled"
			: !target?.ok
				? `the endpoint's URL is refused: it ${target?.reason ?? "is missing"}`
				: "no attempts left";
		await db
			.update(webhookDeliveries)
			.set({ status: "dead", lastStatus: null, lastError: reason, nextAttemptAt: null, leaseUntil: null })
			.where(eq(webhookDeliveries.id, deliveryId));
		return "dead";
	}

	const secrets = await signingSecrets(await dataKeyRing(env), endpoint, at);
	const headers = await webhookHeaders(secrets, delivery.eventId, at, delivery.payload);
	const sent = await send(target.url, { ...headers, "user-agent": webhookUserAgent(env) }, delivery.payload);
	const ended = new Date(Date.now()).toISOString();

	if (sent.ok) {
		await db.batch([
			db
				.update(webhookDeliveries)
				.set({
					status: "delivered",
					lastStatus: sent.status,
					lastError: null,
					deliveredAt: ended,
					nextAttemptAt: null,
					leaseUntil: null,
				})
				.where(eq(webhookDeliveries.id, deliveryId)),
			db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id)),
		]);
		return "delivered";
	}

	const delay = retryDelaySeconds(delivery.attempts);
	const failingCutoff = new Date(at.getTime() - DISABLE_AFTER_FAILING_MS).toISOString();
	await db.batch([
		db
			.update(webhookDeliveries)
			.set({
				status: delay === null ? "dead" : "pending",
				lastStatus: sent.status,
				lastError: sent.error,
				nextAttemptAt: delay === null ? null : new Date(at.getTime() + delay * 1000).toISOString(),
				leaseUntil: null,
			})
			.where(eq(webhookDeliveries.id, deliveryId)),
		db
			.update(webhookEndpoints)
			.set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${iso})` })
			.where(eq(webhookEndpoints.id, endpoint.id)),
		// Failing without a single success for days: stop sending, and say why on the endpoint.
		db
			.update(webhookEndpoints)
			.set({ enabled: false, disabledReason: "failing", disabledAt: iso, updatedAt: iso })
			.where(
				and(
					eq(webhookEndpoints.id, endpoint.id),
					eq(webhookEndpoints.enabled, true),
					lte(webhookEndpoints.failingSince, failingCutoff),
				),
			),
	]);
	if (delay === null) return "dead";
	const message: WebhookMessage = { type: "delivery", delivery_id: deliveryId };
	try {
		await env.WEBHOOKS.send(message, { contentType: "json", delaySeconds: delay });
	} catch (error) {
		console.error(`queueing delivery ${deliveryId}'s next attempt failed; the sweep will`, error);
	}
	return "retrying";
}
