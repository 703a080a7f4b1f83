// Checks of a certificate's access log (every evidence read and verification, on a hash chain of its own) against
// the audit chain's commitments to it. Pure, for the service and the offline verifier alike.
//
// Whenever the audit chain grows, the first new audit event of the write records the access log's length and head hash at that
// moment (`access_log: {events, head_hash}` in its details); an evidence bundle states them as of its export. So an
// access cannot be removed or edited later without breaking either the access log's own chain or a commitment.
import { type ChainLink, verifyChain } from "../audit/chain";
import type { StoredAuditEvent, VerificationCheck } from "./verify-certificate";

export interface AccessLogSummary {
	/** How many events the access log had. */
	events: number;
	/** The hash of its last event (64 zeros when it had none). */
	head_hash: string;
}

interface Commitment extends AccessLogSummary {
	/** Where it was made: an audit event's seq, or null for the bundle's own summary. */
	seq: number | null;
}

/** The audit chain's commitments to the access log, in chain order. */
export function accessLogCommitments(auditEvents: readonly StoredAuditEvent[]): Commitment[] {
	const commitments: Commitment[] = [];
	for (const event of auditEvents) {
		let details: unknown;
		try {
			details = JSON.parse(event.details);
		} catch {
			continue; // the audit chain check reports an unreadable event
		}
		const log = (details as { access_log?: unknown }).access_log;
		if (isSummary(log)) commitments.push({ seq: event.seq, events: log.events, head_hash: log.head_hash });
	}
	return commitments;
}

function isSummary(value: unknown): value is AccessLogSummary {
	const v = value as AccessLogSummary | null;
	return typeof v === "object" && v !== null && Number.isInteger(v.events) && typeof v.head_hash === "string";
}

const where = (c: Commitment) => (c.seq === null ? "the bundle's access log summary" : `audit event seq ${c.seq}`);

/**
 * Without the access log itself: the commitments never go back, none is ahead of the summary, and any two that
 * name the same length name the same head.
 */
export function checkAccessLogCommitments(
	auditEvents: readonly StoredAuditEvent[],
	summary: AccessLogSummary,
): VerificationCheck {
	const all = [...accessLogCommitments(auditEvents), { seq: null, ...summary }];
	const headAt = new Map<number, Commitment>();
	let previous: Commitment | undefined;
	for (const commitment of all) {
		if (previous && commitment.events < previous.events) {
			return fail(
				`${where(commitment)} names ${commitment.events} accesses, fewer than ${where(previous)}`,
				commitment,
			);
		}
		const same = headAt.get(commitment.events);
		if (same && same.head_hash !== commitment.head_hash) {
			return fail(
				`${where(commitment)} and ${where(same)} name different heads for ${commitment.events} accesses`,
				commitment,
			);
		}
		headAt.set(commitment.events, commitment);
		previous = commitment;
	}
	return {
		check: "access_log",
		valid: true,
		detail: `${summary.events} accesses recorded, committed ${all.length - 1} times in the audit chain; the log itself was not checked`,
	};
}

/** With the whole access log (in full, or as one party's view): its own chain holds, and every commitment names
 * the event at its place. `auditEvents` are the audit events shown in full, whose details carry the commitments. */
export async function checkAccessLog(
	accessEvents: readonly ChainLink[],
	auditEvents: readonly StoredAuditEvent[],
	summary?: AccessLogSummary,
): Promise<VerificationCheck> {
	const chain = await verifyChain(accessEvents, "access");
	if (!chain.valid) {
		return {
			check: "access_log",
			valid: false,
			detail: `access log event seq ${chain.broken_at_seq}: ${chain.reason}`,
		};
	}
	const commitments = [...accessLogCommitments(auditEvents), ...(summary ? [{ seq: null, ...summary }] : [])];
	for (const commitment of commitments) {
		const event = accessEvents[commitment.events - 1];
		const hash = commitment.events === 0 ? "0".repeat(64) : event?.hash;
		if (hash !== commitment.head_hash) {
			return fail(
				`${where(commitment)} commits to ${commitment.events} accesses with head ${commitment.head_hash.slice(0, 12)}…, which the log ${event ? "does not have there" : "does not reach"}`,
				commitment,
			);
		}
	}
	return {
		check: "access_log",
		valid: true,
		detail: `${accessEvents.length} accesses on an unbroken chain, matching all ${commitments.length} commitments`,
	};
}

function fail(detail: string, at: Commitment): VerificationCheck {
	return {
		check: "access_log",
		valid: false,
		detail,
		...(at.seq === null ? {} : { broken_at_seq: at.seq }),
	};
}
