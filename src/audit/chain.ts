// The audit log's hash chain, as pure functions. Each event's hash covers the previous event's hash and the
// event's own canonical content, so changing, removing or reordering any event breaks every hash after it.
import { sha256Hex } from "../lib/crypto";
import { canonicalJson } from "../signing/canonical";

export const GENESIS_HASH = "0".repeat(64);

export const auditEventTypes = [
	"created",
	"signed",
	"shared",
	"claimed",
	"compliance_checked",
	"verified",
	"accessed_evidence",
] as const;
export type AuditEventType = (typeof auditEventTypes)[number];

/**
 * A certificate has two hash chains. The audit chain holds what happened to it (created, signed, shared, claimed,
 * compliance checked); the access log holds every read of its evidence and every verification, which would
 * otherwise make each later read slower and every bundle larger. The audit chain commits to the access log's head
 * whenever it grows (see `access_log` in its events' details).
 */
export type ChainLog = "audit" | "access";

export interface NewAuditEvent {
	eventType: AuditEventType;
	actorCompanyId: string | null;
	actorUserId: string | null;
	ip: string | null;
	details: Record<string, unknown>;
	createdAt: string;
}

export interface ChainedAuditEvent extends Omit<NewAuditEvent, "details"> {
	certificateId: string;
	seq: number;
	details: string; // canonical JSON, stored as-is so the hash can be recomputed from the row
	prevHash: string;
	hash: string;
}

export interface ChainHead {
	seq: number;
	hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** The exact content an event's hash covers (besides the previous hash). details is hashed as the stored string, so
 * any byte changed in it shows. An access log event says so in its content, so it can never pass for an audit
 * event (or the other way round). */
export function auditContent(event: Omit<ChainedAuditEvent, "prevHash" | "hash">, log: ChainLog = "audit"): string {
	return canonicalJson({
		...(log === "access" ? { log } : {}),
		certificate_id: event.certificateId,
		seq: event.seq,
		event_type: event.eventType,
		actor_company_id: event.actorCompanyId,
		actor_user_id: event.actorUserId,
		ip: event.ip,
		details: event.details,
		created_at: event.createdAt,
	});
}

export function auditHash(prevHash: string, content: string): Promise<string> {
	return sha256Hex(`${prevHash}\n${content}`);
}

/** Links new events onto a chain whose last event is `head`. */
export async function chainEvents(
	certificateId: string,
	head: ChainHead,
	events: readonly NewAuditEvent[],
	log: ChainLog = "audit",
): Promise<ChainedAuditEvent[]> {
	const chained: ChainedAuditEvent[] = [];
	let previous = head;
	for (const event of events) {
		const base = {
			...event,
			certificateId,
			seq: previous.seq + 1,
			details: canonicalJson(event.details),
		};
		const hash = await auditHash(previous.hash, auditContent(base, log));
		chained.push({ ...base, prevHash: previous.hash, hash });
		previous = { seq: base.seq, hash };
	}
	return chained;
}

export type ChainCheck =
	| { valid: true; events: number; head_hash: string }
	| {
			valid: false;
			events: number;
			broken_at_seq: number;
			event_id?: number;
			reason: string;
	  };

/** Recomputes a whole chain (events in seq order) and names the first event that does not hold. */
export async function verifyChain(
	events: readonly (ChainedAuditEvent & { id?: number })[],
	log: ChainLog = "audit",
): Promise<ChainCheck> {
	let previous = EMPTY_HEAD;
	for (const event of events) {
		const fail = (reason: string): ChainCheck => ({
			valid: false,
			events: events.length,
			broken_at_seq: event.seq,
			...(event.id !== undefined ? { event_id: event.id } : {}),
			reason,
		});
		if (event.seq !== previous.seq + 1) return fail(`expected seq ${previous.seq + 1}, found ${event.seq}`);
		if (event.prevHash !== previous.hash) return fail("prev_hash does not match the previous event's hash");
		if ((await auditHash(event.prevHash, auditContent(event, log))) !== event.hash)
			return fail("hash does not match the event's content");
		previous = { seq: event.seq, hash: event.hash };
	}
	return { valid: true, events: events.length, head_hash: previous.hash };
}
