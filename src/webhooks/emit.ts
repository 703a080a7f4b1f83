// Making events. An event reported by a directory write (a job's end) is one row per subscribed endpoint in
// webhook_deliveries, inserted by the same D1 batch that stores what it reports: if that write does not land, neither
// does the event, and if it lands, so does the event. Each statement picks the recipient's enabled endpoints
// subscribed to the type with INSERT … SELECT, so emitting costs no read and no extra round trip.
// An event about a shard's rows (a share, a claim, an expiring token) cannot be written that way: endpoints and
// deliveries are in the directory, and the batch writing the shard's rows writes that shard only. It goes to the
// shard's outbox (webhook_events) in that batch instead, and is relayed into deliveries afterwards (./relay.ts).
// Event ids are derived from what they report, the outbox's key is the event id and (endpoint, event) is unique, so a
// replayed write or a relay done twice makes nothing twice.
// After the write, the event ids are put on the WEBHOOKS queue, with the shard they are on, to wake the relay and the
// sender; if that is lost, the sweep (every 5 minutes) relays what is left in the outboxes and finds the due
// deliveries.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { type WebhookEventType, webhookDeliveries, webhookEvents } from "../db/schema";
import { certificateShard, DIRECTORY_SHARD } from "../db/shards";
import type { AppContext } from "../lib/http";
import { sendGroups } from "../lib/queues";
import { eventIdSql, eventIds, isOutboxEvent } from "./event-ids";
import type { WebhookMessage } from "./messages";
import { type ClaimEventInput, claimEventBody, linkBase } from "./payloads";

/**
 * One delivery per enabled endpoint of each event's recipient subscribed to its type. `events` is a SELECT of
 * (event_id, event_type, recipient, payload, created_at).
 */
export function deliveriesOf(db: Db, events: SQL) {
	// Every column in the table's order; "where true" keeps SQLite from reading ON CONFLICT as a join's ON.
	return db
		.insert(webhookDeliveries)
		.select(
			sql`select lower(hex(randomblob(12))), e.id, e.company_id, ev.event_id, ev.event_type, ev.payload, 'pending', 0,
				ev.created_at, null, null, null, null, null, ev.created_at
			from (${events}) ev
			join webhook_endpoints e on e.company_id = ev.recipient and e.enabled = 1
				and exists (select 1 from json_each(e.events) j where j.value = ev.event_type)
			where true`,
		)
		.onConflictDoNothing();
}

/**
 * The events, as `events` (a SELECT of event_id, event_type, recipient, payload, created_at) gives them, in the
 * outbox of the shard the batch writes; an event already there is left as it is.
 */
function outboxOf(db: Db, events: SQL) {
	// Every column in the table's order; "where true" keeps SQLite from reading ON CONFLICT as a join's ON.
	return db
		.insert(webhookEvents)
		.select(
			sql`select ev.event_id, ev.event_type, ev.recipient, ev.payload, ev.created_at, null from (${events}) ev where true`,
		)
		.onConflictDoNothing();
}

/**
 * certificate.claimed or certificate.rejected to the publisher, in the outbox of the certificate's shard; goes after
 * the claim row's write in its batch.
 */
export function claimEventDeliveries(db: Db, base: string, publisherCompanyId: string, input: ClaimEventInput) {
	const body = claimEventBody(base, input);
	const claimId = sql`(select id from claims where claim_token_id = ${input.claimTokenId})`;
	return outboxOf(
		db,
		sql`select ${body.id} as event_id, ${body.type} as event_type, ${publisherCompanyId} as recipient,
			json_set(${JSON.stringify(body)}, '$.data.claim_id', ${claimId}) as payload, ${body.created_at} as created_at`,
	);
}

const idList = (ids: readonly string[]) =>
	sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `,
	);

/**
 * certificate.shared to the buyer of each targeted share among these tokens, in the outbox of their certificates'
 * shard; goes after the tokens' and inbox rows' writes in their batch. At most 90 token ids per statement (D1's 100
 * bound parameters).
 */
export function sharedEventDeliveries(db: Db, base: string, claimTokenIds: readonly string[]) {
	const eventId = eventIdSql("shared", sql`t.id`);
	return outboxOf(
		db,
		sql`select ${eventId} as event_id, 'certificate.shared' as event_type, t.target_company_id as recipient,
			json_object('type', 'certificate.shared', 'id', ${eventId}, 'created_at', t.created_at, 'data', json_object(
				'certificate_id', t.certificate_id, 'claim_id', c.id, 'claim_token_id', t.id,
				'publisher_company_id', t.publisher_company_id, 'access_level', t.access_level, 'expires_at', t.expires_at,
				'auto_share', json(case when t.auto_share_partner_id is null then 'false' else 'true' end),
				'links', json_object(
					'claim', case when t.access_level = 'claim'
						then ${base} || '/certificate-sharing/partner-certificates/' || c.id || '/claim' end,
					'inbox', ${base} || '/certificate-sharing/partner-certificates'))) as payload,
			t.created_at as created_at
		from claim_tokens t join claims c on c.claim_token_id = t.id
		where t.id in (${idList(claimTokenIds)}) and t.target_company_id is not null`,
	);
}

/**
 * token.expiring to the publisher of each of these tokens, stamped `at`, in the outbox of the tokens' shard (the one
 * `db` writes). At most 90 ids per statement.
 */
export function expiringEventDeliveries(db: Db, base: string, claimTokenIds: readonly string[], at: string) {
	const eventId = eventIdSql("expiring", sql`t.id`);
	return outboxOf(
		db,
		sql`select ${eventId} as event_id, 'token.expiring' as event_type, t.publisher_company_id as recipient,
			json_object('type', 'token.expiring', 'id', ${eventId}, 'created_at', ${at}, 'data', json_object(
				'claim_token_id', t.id, 'certificate_id', t.certificate_id, 'target_company_id', t.target_company_id,
				'expires_at', t.expires_at,
				'links', json_object('certificate', ${base} || '/certificates/' || t.certificate_id))) as payload,
			${at} as created_at
		from claim_tokens t where t.id in (${idList(claimTokenIds)})`,
	);
}

/** What a consent.revoked event reports: the revocation as stored. */
export interface RevokedEventInput {
	id: string;
	certificateId: string;
	channel: string;
	receivedAt: string;
	honorBy: string;
	recordedByCompanyId: string;
	createdAt: string;
}

/**
 * consent.revoked to every company with a decided claim of the certificate (claimed, flagged or rejected: the
 * certificate is in its account either way), one event each with its earliest claim's id, in the outbox of the
 * certificate's shard; goes after the revocation row's write in its batch. The claimers are read by the write itself,
 * so a company is never left out by a read that was behind; through the certificate's tokens, whose index leads with
 * the certificate.
 */
export function revokedEventDeliveries(db: Db, base: string, revocation: RevokedEventInput) {
	const eventId = eventIdSql("revoked", sql`${revocation.id} || '_' || c.buyer_company_id`);
	return outboxOf(
		db,
		sql`select ${eventId} as event_id, 'consent.revoked' as event_type, c.buyer_company_id as recipient,
			json_object('type', 'consent.revoked', 'id', ${eventId}, 'created_at', ${revocation.createdAt}, 'data', json_object(
				'revocation_id', ${revocation.id}, 'certificate_id', ${revocation.certificateId}, 'claim_id', min(c.id),
				'channel', ${revocation.channel}, 'received_at', ${revocation.receivedAt}, 'honor_by', ${revocation.honorBy},
				'recorded_by_company_id', ${revocation.recordedByCompanyId},
				'links', json_object('claim', ${base} || '/certificate-sharing/partner-certificates/' || min(c.id)))) as payload,
			${revocation.createdAt} as created_at
		from claim_tokens t join claims c on c.claim_token_id = t.id
		where t.certificate_id = ${revocation.certificateId} and c.claimed_at is not null
		group by c.buyer_company_id`,
	);
}

/**
 * job.completed to the job's company, when the job has ended; goes after the statement that ends it. Jobs are
 * directory rows, so this one writes its deliveries directly.
 */
export function jobCompletedDeliveries(db: Db, base: string, jobId: string) {
	const eventId = eventIdSql("job", sql`j.id`);
	return deliveriesOf(
		db,
		sql`select ${eventId} as event_id, 'job.completed' as event_type, j.company_id as recipient,
			json_object('type', 'job.completed', 'id', ${eventId}, 'created_at', j.completed_at, 'data', json_object(
				'job_id', j.id, 'type', j.type, 'status', j.status, 'total', j.total, 'succeeded', j.succeeded,
				'failed', j.failed, 'completed_at', j.completed_at,
				'links', json_object('job', ${base} || '/certificate-sharing/jobs/' || j.id,
					'results', ${base} || '/certificate-sharing/jobs/' || j.id || '/results'))) as payload,
			j.completed_at as created_at
		from share_jobs j where j.id = ${jobId} and j.completed_at is not null`,
	);
}

// A message carries at most this many event ids (about 40 bytes each: far below a message's 128 KB).
const EVENTS_PER_MESSAGE = 1000;

/** Events a write made, and the shard they are on; not given, outbox events may be on any shard. */
export interface NotedEvents {
	shard?: number;
	ids: string[];
}

/**
 * The messages waking the relay and the sender, one shard per message. Directory events (a job's end) are on the
 * directory. Outbox events whose shard the caller did not say go in messages naming "every" shard: the relay looks
 * in each shard's outbox, and the sweep would find them anyway.
 */
export function eventMessages(noted: readonly NotedEvents[]): WebhookMessage[] {
	const byShard = new Map<number | "every", string[]>();
	const add = (shard: number | "every", ids: readonly string[]) => {
		if (ids.length > 0) byShard.set(shard, [...(byShard.get(shard) ?? []), ...ids]);
	};
	for (const { shard, ids } of noted) {
		if (shard !== undefined) {
			add(shard, ids);
			continue;
		}
		add(
			DIRECTORY_SHARD,
			ids.filter((id) => !isOutboxEvent(id)),
		);
		add("every", ids.filter(isOutboxEvent));
	}
	const messages: WebhookMessage[] = [];
	for (const [shard, all] of byShard) {
		const ids = [...new Set(all)];
		for (let i = 0; i < ids.length; i += EVENTS_PER_MESSAGE) {
			messages.push({ type: "events", event_ids: ids.slice(i, i + EVENTS_PER_MESSAGE), shard });
		}
	}
	return messages;
}

/**
 * Wakes the relay and the sender for events on `shard` (when not given: the directory for a job's end, any shard for
 * the others). Losing this is harmless (the sweep finds them), so it never fails a caller.
 */
export async function enqueueEvents(env: Cloudflare.Env, ids: readonly string[], shard?: number): Promise<void> {
	await enqueueNotedEvents(env, [{ shard, ids: [...ids] }]);
}

export async function enqueueNotedEvents(env: Cloudflare.Env, noted: readonly NotedEvents[]): Promise<void> {
	const messages = eventMessages(noted).map((body) => ({ body, contentType: "json" as const }));
	if (messages.length === 0) return;
	try {
		for (const group of sendGroups(messages)) await env.WEBHOOKS.sendBatch(group);
	} catch (error) {
		console.error("queueing webhook events failed; the sweep will send them", error);
	}
}

/**
 * Notes events made by this request's writes; they are queued after the response (see app.ts). An event whose
 * write did not land is in no outbox and has no deliveries, and the relay and the sender find nothing to do.
 */
export function noteEvents(c: AppContext, ...ids: string[]): void {
	c.var.webhookEvents.push({ ids });
}

/** Notes events this request's writes put in the outbox of `shard`. */
export function noteEventsOn(c: AppContext, shard: number, ...ids: string[]): void {
	c.var.webhookEvents.push({ shard, ids });
}

/** Notes the certificate.shared events of shares this request made, each on its certificate's shard. */
export function noteSharedEvents(
	c: AppContext,
	made: readonly { certificateId: string; tokenId: string }[],
	events: readonly string[],
): void {
	c.var.webhookEvents.push(...sharedEventsByShard(made, events));
}

/**
 * The certificate.shared events of shares just made, by the shard they are on (their certificate's): for a caller
 * of makeShares to name each event's shard when it queues them.
 */
export function sharedEventsByShard(
	made: readonly { certificateId: string; tokenId: string }[],
	events: readonly string[],
): NotedEvents[] {
	const wanted = new Set(events);
	const byShard = new Map<number, string[]>();
	for (const share of made) {
		const id = eventIds.shared(share.tokenId);
		if (!wanted.has(id)) continue;
		const shard = certificateShard(share.certificateId);
		byShard.set(shard, [...(byShard.get(shard) ?? []), id]);
	}
	return [...byShard].map(([shard, ids]) => ({ shard, ids }));
}

/**
 * For a request: the claim event's statement, noted for queueing after the response. The statement goes to the
 * certificate's ledger, which runs it on the certificate's shard (any Db builds the same SQL).
 */
export function claimEvent(c: AppContext, publisherCompanyId: string, input: ClaimEventInput) {
	noteEventsOn(c, certificateShard(input.certificateId), eventIds.claim(input.claimTokenId));
	return claimEventDeliveries(c.var.db, linkBase(c.env), publisherCompanyId, input);
}

export type { WebhookEventType };

const TOKENS_PER_STATEMENT = 90;

/**
 * For a ledger entry making shares: certificate.shared for its targeted ones (those with an inbox row), in the
 * outbox of the shard the ledger writes.
 */
export function sharedEventWrites(env: Cloudflare.Env, db: Db, inboxRows: readonly { claimTokenId: string }[]) {
	const ids = inboxRows.map((row) => row.claimTokenId);
	const statements: ReturnType<typeof sharedEventDeliveries>[] = [];
	for (let i = 0; i < ids.length; i += TOKENS_PER_STATEMENT) {
		statements.push(sharedEventDeliveries(db, linkBase(env), ids.slice(i, i + TOKENS_PER_STATEMENT)));
	}
	return statements;
}
