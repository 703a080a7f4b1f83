// Evidence reads and verifications, recorded on certificates' access logs through a Queue, so that the answer to a
// read never waits for the primary. The request hands its events to the queue once it has answered (waitUntil);
// the consumer below has each certificate's ledger append them, normally within seconds.
//
// Exactly once per request: each event carries a key unique to the request that made it (access_events refuses a
// second event for one (certificate_id, request_id)), so a message the queue delivers twice, or a retried batch, is appended once;
// the second copy is refused by D1 as a duplicate and acked as already recorded.
//
// At most once when both ways fail: if the queue refuses the events and the direct append to the ledgers fails too
// (or the isolate stops before either ends), they are only logged. Unlike the other sends after a commit, there is no
// row for a sweep to find: these reads are served from a replica, and writing a row at the primary would cost every
// read the trip that queueing them saves.
import type { NewAuditEvent } from "../audit/chain";
import { type Appended, appendToLedgers, type LedgerEvent, newLedgerUsage, publisherOfLedger } from "../ledger/ledger";
import type { AppContext } from "../lib/http";
import { sendGroups } from "../lib/queues";

export type AccessEventMessage = {
	type: "access_event";
	/** Who published the certificate (so which ledger writes its access log). */
	publisherCompanyId?: string;
	/** Messages queued before publisherCompanyId was sent name the ledger instead. */
	ledger?: string;
	event: LedgerEvent & { log: "access"; requestId: string };
};

const publisherOf = (message: AccessEventMessage) =>
	message.publisherCompanyId ?? publisherOfLedger(message.ledger ?? "");

// The queue and the one its messages go to after their retries (wrangler.toml); one consumer drains both.
const ACCESS_EVENTS_QUEUE = "econsent-access-events";
const ACCESS_EVENTS_DEAD_LETTER_QUEUE = "econsent-access-events-dlq";

export const isAccessEventsQueue = (queue: string) =>
	queue === ACCESS_EVENTS_QUEUE || queue === ACCESS_EVENTS_DEAD_LETTER_QUEUE;

/**
 * The key of this request on the access log. A request id the client chose may be sent again on another request,
 * and a second read must not pass for the first's redelivery: such an id gets a part of our own.
 */
export function accessKey(c: AppContext): string {
	const id = c.var.requestId;
	return c.req.header("x-request-id") === id ? `${id}/${crypto.randomUUID()}` : id;
}

/**
 * Records accesses to certificates (one event per certificate) on their access logs, after the answer: the queue
 * takes them once the response is on its way, and the ledgers append them. If the queue cannot take them, the
 * ledgers are called directly, still after the answer.
 */
export function queueAccessEvents(
	c: AppContext,
	accesses: readonly { certificate: { id: string; companyId: string }; event: NewAuditEvent }[],
): void {
	if (accesses.length === 0) return;
	const requestId = accessKey(c);
	const messages: AccessEventMessage[] = accesses.map(({ certificate, event }) => ({
		type: "access_event",
		publisherCompanyId: certificate.companyId,
		event: { ...event, certificateId: certificate.id, log: "access", requestId },
	}));
	const env = c.env;
	c.executionCtx.waitUntil(
		sendAccessEvents(env, messages).catch(async (error: unknown) => {
			console.error(`[${c.var.requestId}] access events not queued; appending them directly`, error);
			const results = await appendAccessEvents(env, messages);
			if (results.some((r) => !isRecorded(r)))
				console.error(`[${c.var.requestId}] access events not recorded`, results);
		}),
	);
}

async function sendAccessEvents(env: Cloudflare.Env, messages: readonly AccessEventMessage[]) {
	await Promise.all(
		sendGroups(messages).map((group) =>
			env.ACCESS_EVENTS.sendBatch(group.map((body) => ({ body, contentType: "json" as const }))),
		),
	);
}

// D1 refused the event because the access log has this request's event for this certificate already: the trigger
// that refuses a second row for one request says so (migration 0012); before it, the unique index did.
const ALREADY_RECORDED =
	/access_events is append-only: request already recorded|UNIQUE constraint failed: access_events\.certificate_id, access_events\.request_id/;

/** Whether the ledger's answer means the event is on the access log (now, or from an earlier delivery). */
export const isRecorded = (result: Appended) =>
	result.status === "written" || (result.status === "refused" && ALREADY_RECORDED.test(result.message));

const eventKey = (message: AccessEventMessage) => `${message.event.certificateId}\n${message.event.requestId}`;

/**
 * Appends the messages' events, one entry per event and one ledger call per ledger concerned; copies of one event
 * among them are appended once. Results in the order of the messages.
 */
async function appendAccessEvents(env: Cloudflare.Env, messages: readonly AccessEventMessage[]): Promise<Appended[]> {
	const copies = new Map<string, number[]>();
	messages.forEach((message, index) => {
		copies.set(eventKey(message), [...(copies.get(eventKey(message)) ?? []), index]);
	});
	const distinct = [...copies.values()];
	const answers = await appendToLedgers(
		env,
		newLedgerUsage(),
		distinct.map((indexes) => {
			const message = messages[indexes[0] as number] as AccessEventMessage;
			return { publisherCompanyId: publisherOf(message), events: [message.event] };
		}),
	);
	const results: Appended[] = messages.map(() => ({ status: "pending" }));
	distinct.forEach((indexes, i) => {
		for (const index of indexes) results[index] = answers[i] ?? { status: "pending" };
	});
	return results;
}

/**
 * The queue's consumer (and its dead-letter queue's): acks each message whose event is on the access log, retries
 * the others with back-off. A message on the dead-letter queue is tried on, and reported while it fails.
 */
export async function handleAccessEvents(batch: MessageBatch<AccessEventMessage>, env: Cloudflare.Env): Promise<void> {
	const messages = batch.messages;
	const results = await appendAccessEvents(
		env,
		messages.map((m) => m.body),
	);
	for (const [i, message] of messages.entries()) {
		const result = results[i] as Appended;
		if (isRecorded(result)) {
			message.ack();
			continue;
		}
		if (batch.queue === ACCESS_EVENTS_DEAD_LETTER_QUEUE) {
			console.error(`access event ${message.id} still not recorded (attempt ${message.attempts})`, result);
		}
		message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) });
	}
}
