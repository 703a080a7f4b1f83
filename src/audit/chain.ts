// The audit log's hash chain, as pure functions. Each event's hash covers the previous event's hash and the
// event's own canonical content, so changing, removing or reordering any event breaks every hash after it.
//
// Two forms of event share one chain. A salted event (every event appended now) is committed to by its leaf, the
// SHA-256 of a random salt and its canonical content; its hash (the link) covers the previous hash, its seq, type and
// time and that leaf. So an event can be shown to one party in full (salt included) and to another only as
// {seq, type, time, leaf}: the chain verifies from either view, and without the salt the leaf cannot be tested
// against guessed content. A legacy event (chained before salts, salt NULL) keeps its old hash, over the previous
// hash and its content directly; a chain is a legacy prefix, then salted events only.
import { randomHex, sha256Hex } from "../lib/crypto";
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
	// A witnessed certificate's session recording downloaded, or played on its replay page (access log only).
	"recording_downloaded",
	"replay_viewed",
	// A consumer's revocation of the consent, recorded by the publisher or a buyer that claimed it (src/revocations/).
	"revoked",
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
	/** Random hex committed with the event, disclosed only with it; null for a legacy-form event. */
	salt: string | null;
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

/** The legacy form's hash: over the previous hash and the event's content itself. */
export function auditHash(prevHash: string, content: string): Promise<string> {
	return sha256Hex(`${prevHash}\n${content}`);
}

/** 16 random bytes: enough that a leaf cannot be tested against guessed content (IPs, company ids). */
export const SALT_BYTES = 16;
const SALT_FORMAT = /^[0-9a-f]{32,}$/;

export function newSalt(): string {
	return randomHex(SALT_BYTES);
}

/** A salted event's leaf: SHA-256 hex of (salt + "\n" + canonical content). */
export function leafHash(salt: string, content: string): Promise<string> {
	return sha256Hex(`${salt}\n${content}`);
}

/** What a salted event's link covers besides the previous hash: all that anyone is shown of an event. */
export interface EventCommitment {
	seq: number;
	eventType: string;
	createdAt: string;
	leaf: string;
}

/** A salted event's hash: SHA-256 hex of (prev_hash + "\n" + canonical JSON of {seq, event_type, created_at, leaf}). */
export function linkHash(prevHash: string, commitment: EventCommitment): Promise<string> {
	return sha256Hex(
		`${prevHash}\n${canonicalJson({
			seq: commitment.seq,
			event_type: commitment.eventType,
			created_at: commitment.createdAt,
			leaf: commitment.leaf,
		})}`,
	);
}

type HashableEvent = Omit<ChainedAuditEvent, "prevHash" | "hash" | "eventType"> & { eventType: string };

/** The one place an event's hashes are computed: its leaf (null in the legacy form) and its link onto prevHash. */
export async function hashEvent(
	prevHash: string,
	event: HashableEvent,
	log: ChainLog = "audit",
): Promise<{ leaf: string | null; hash: string }> {
	const content = auditContent(event as Omit<ChainedAuditEvent, "prevHash" | "hash">, log);
	if (event.salt === null) return { leaf: null, hash: await auditHash(prevHash, content) };
	const leaf = await leafHash(event.salt, content);
	return { leaf, hash: await linkHash(prevHash, { ...event, leaf }) };
}

/** An event as a party that may not see it is shown it: where it sits, what kind it is, when, and its leaf (null
 * for a legacy event, whose hash is then all there is). Nothing that names or describes anyone. */
export interface RedactedEvent {
	redacted: true;
	seq: number;
	eventType: string;
	createdAt: string;
	leaf: string | null;
	prevHash: string;
	hash: string;
	id?: number;
}

type FullEvent = HashableEvent & { prevHash: string; hash: string; id?: number; redacted?: undefined };
/** One place on a chain as some party sees it: the event in full, or its commitment only. */
export type ChainLink = FullEvent | RedactedEvent;

/** An event reduced to its commitment. */
export async function redactEvent(event: FullEvent, log: ChainLog = "audit"): Promise<RedactedEvent> {
	const leaf = event.salt === null ? null : (await hashEvent(event.prevHash, event, log)).leaf;
	return {
		redacted: true,
		seq: event.seq,
		eventType: event.eventType,
		createdAt: event.createdAt,
		leaf,
		prevHash: event.prevHash,
		hash: event.hash,
		...(event.id !== undefined ? { id: event.id } : {}),
	};
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
			salt: newSalt(),
		};
		const { hash } = await hashEvent(previous.hash, base, log);
		chained.push({ ...base, prevHash: previous.hash, hash });
		previous = { seq: base.seq, hash };
	}
	return chained;
}

export type ChainCheck =
	| {
			valid: true;
			events: number;
			head_hash: string;
			/** Legacy events shown only by their hash: in the chain, but their content cannot be recomputed. */
			opaque: number;
	  }
	| {
			valid: false;
			events: number;
			broken_at_seq: number;
			event_id?: number;
			reason: string;
	  };

/** Recomputes a whole chain (events in seq order, in full or as commitments) and names the first place that does
 * not hold. */
export async function verifyChain(events: readonly ChainLink[], log: ChainLog = "audit"): Promise<ChainCheck> {
	let previous = EMPTY_HEAD;
	let salted = false;
	let opaque = 0;
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
		const legacy = event.redacted ? event.leaf === null : event.salt === null;
		if (legacy && salted) return fail("a legacy-form event after a salted one");
		salted = !legacy;
		if (event.redacted) {
			if (event.leaf === null) opaque++;
			else if ((await linkHash(event.prevHash, { ...event, leaf: event.leaf })) !== event.hash)
				return fail("hash does not match the event's commitment");
		} else {
			if (event.salt !== null && !SALT_FORMAT.test(event.salt)) return fail("salt is not 32 or more hex digits");
			if ((await hashEvent(event.prevHash, event, log)).hash !== event.hash)
				return fail("hash does not match the event's content");
		}
		previous = { seq: event.seq, hash: event.hash };
	}
	return { valid: true, events: events.length, head_hash: previous.hash, opaque };
}
