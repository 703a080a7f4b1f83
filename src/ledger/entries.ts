// What a ledger is asked to write, and what it answers. Plain data: entries cross the Durable Object boundary and
// wait in the object's own storage until D1 has them.
import type { ChainedAuditEvent, ChainHead, ChainLog, NewAuditEvent } from "../audit/chain";

/** One SQL statement with its parameters, as drizzle's `toSQL()` gives it. */
export interface SqlStatement {
	sql: string;
	params: unknown[];
}

export interface LedgerEvent extends NewAuditEvent {
	certificateId: string;
	/** Which of the certificate's chains it goes on; the audit chain unless said. */
	log?: ChainLog;
	/** For the access log: the request that made the access, so recording it twice records it once. */
	requestId?: string;
}

/** An event as linked onto its chain by the ledger. */
export type LedgerChainedEvent = ChainedAuditEvent & { log: ChainLog; requestId: string | null };

export interface LedgerEntry {
	/** Business rows (tokens, claims), written in the same D1 batch as the events and before them. */
	writes: SqlStatement[];
	/** Appended to their certificates' audit chains, in this order. At least one: every write leaves a trace. */
	events: LedgerEvent[];
	/** Reads run after the writes in the same batch, whose rows come back. They must be repeatable (by natural
	 * keys), because after a write whose answer was lost the ledger runs them again on their own. */
	readBack?: SqlStatement[];
	/** The one-time claim token this entry spends: the ledger lets only one entry per token through, ever, and
	 * remembers that the token is spent until a while after `expiresAt`, when no claim of it is possible anyway
	 * (entries kept before expiries were sent have none). */
	redeem?: { tokenId: string; companyId: string; expiresAt?: string };
}

export type LedgerResult =
	| {
			status: "written";
			events: LedgerChainedEvent[];
			readBack: Record<string, unknown>[][];
			/** D1's bookmark after the write, when known: a session started from it sees the write. */
			bookmark?: string;
	  }
	/** The token was spent by an earlier entry, which D1 has. */
	| { status: "already_redeemed"; companyId: string }
	/** D1 refused the write (a constraint or trigger): nothing of it was written. */
	| { status: "refused"; message: string }
	/** Kept in the ledger's storage, but D1 could not be reached or did not answer: the ledger keeps writing it
	 * from its alarm, so it will land; the caller cannot know the result yet. */
	| { status: "pending" };

/** What the ledger answers, with the D1 round trips it made while this entry waited. */
export type LedgerOutcome = LedgerResult & { d1RoundTrips: number };

/** Chain heads the caller read (perhaps from a replica, so perhaps behind), by headKey(): used only where the
 * ledger knows none. */
export type HeadHints = Record<string, ChainHead>;

export const headKey = (log: ChainLog, certificateId: string) => `${log}:${certificateId}`;

/** Several entries' results in the order sent, with the D1 round trips the ledger made while they waited. */
export interface LedgerOutcomes {
	results: LedgerResult[];
	d1RoundTrips: number;
}

export interface LedgerWriter {
	append(entry: LedgerEntry, hints?: HeadHints): Promise<LedgerOutcome>;
	appendAll(entries: LedgerEntry[], hints?: HeadHints): Promise<LedgerOutcomes>;
}

export function toStatement(query: { toSQL(): { sql: string; params: unknown[] } }): SqlStatement {
	const { sql, params } = query.toSQL();
	return { sql, params };
}

// How D1 says no. A trigger's RAISE(ABORT) and every constraint end in SQLITE_CONSTRAINT; anything else (network,
// timeouts, overload) leaves the outcome unknown.
const REFUSAL = /SQLITE_CONSTRAINT|constraint failed|append-only|is final/i;
// The chain already has an event at the sequence number we computed: our idea of the head was behind D1's.
const STALE_HEAD =
	/UNIQUE constraint failed: (audit|access)_events\.certificate_id, (audit|access)_events\.seq|(audit|access) event exists/;

export type WriteFailure = "stale_head" | "refused" | "unknown";

export function classifyWriteFailure(error: unknown): WriteFailure {
	const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : "";
	if (!REFUSAL.test(text)) return "unknown";
	return STALE_HEAD.test(text) ? "stale_head" : "refused";
}
