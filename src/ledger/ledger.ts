// The Worker's side of the ledgers, and the only code that speaks their protocol: which ledger writes a certificate,
// the chain heads the caller read (hints, used only where a ledger knows none), one call per ledger concerned,
// counting calls and D1 round trips, keeping the latest bookmark, and an entry's read-backs given back by name and
// typed. Callers describe what to write; they never see how it travels.
import type { BatchItem } from "drizzle-orm/batch";
import type { HeadRow } from "../audit/append";
import { type ChainLog, EMPTY_HEAD } from "../audit/chain";
import { certificateShard, DIRECTORY_SHARD } from "../db/shards";
import { ApiError } from "../lib/errors";
import {
	type HeadHints,
	headKey,
	type LedgerChainedEvent,
	type LedgerEntry,
	type LedgerEvent,
	type LedgerResult,
	type SqlStatement,
	toStatement,
} from "./entries";

export type { LedgerChainedEvent, LedgerEvent };

// A publisher's certificates are spread over this many ledgers. One ledger per certificate would make a batch
// share of 1,000 certificates 1,000 object calls and 1,000 D1 writes (measured: 17× slower than one batch);
// one per publisher would put a large publisher's every claim through one object. Fixed for good: changing it
// would give some certificates two writers.
export const LEDGERS_PER_PUBLISHER = 8;

/**
 * The name of the one ledger that writes this certificate's history. A ledger writes to one D1 database: the
 * certificates of a shard (src/db/shards.ts) have ledgers of their own ("<publisher>/s<shard>/<n>"); those of the
 * directory keep the names they had before shards ("<publisher>/<n>").
 */
export function ledgerName(publisherCompanyId: string, certificateId: string): string {
	let hash = 2166136261; // FNV-1a: stable, cheap and evenly spread over random ids
	for (let i = 0; i < certificateId.length; i++) hash = Math.imul(hash ^ certificateId.charCodeAt(i), 16777619);
	const shard = certificateShard(certificateId);
	const slot = (hash >>> 0) % LEDGERS_PER_PUBLISHER;
	return shard === DIRECTORY_SHARD ? `${publisherCompanyId}/${slot}` : `${publisherCompanyId}/s${shard}/${slot}`;
}

/** The publisher a ledger name (see ledgerName) belongs to. */
export const publisherOfLedger = (name: string) => name.slice(0, name.indexOf("/"));

/**
 * Where ledgers are created: next to the D1 primary they write to (created with `--location enam`, see the README's
 * deploying section), so a ledger's trips to the primary are short and a claim crosses the world once, to the
 * ledger. A hint only: an object is placed on its first call and stays there.
 */
export const LEDGER_LOCATION_HINT: DurableObjectLocationHint = "enam";

/** The ledger object of this name. */
const ledgerStub = (env: Cloudflare.Env, name: string) =>
	env.CERTIFICATE_LEDGERS.get(env.CERTIFICATE_LEDGERS.idFromName(name), { locationHint: LEDGER_LOCATION_HINT });

/** What a request spent on ledgers; reported in response headers and asserted in tests. */
export interface LedgerUsage {
	calls: number;
	d1RoundTrips: number;
	/** Per shard, the D1 bookmark after the latest write a ledger made there for this request: reading from it sees
	 * that write. */
	bookmarks: Map<number, string>;
}

export const newLedgerUsage = (): LedgerUsage => ({ calls: 0, d1RoundTrips: 0, bookmarks: new Map() });

/**
 * Items split by the ledger that writes their certificates, for callers that make one entry per ledger (so that all of
 * a ledger's part is one atomic write); in the order first met.
 */
export function groupByLedger<T>(
	items: readonly T[],
	certificateOf: (item: T) => { publisherCompanyId: string; certificateId: string },
): T[][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const { publisherCompanyId, certificateId } = certificateOf(item);
		const name = ledgerName(publisherCompanyId, certificateId);
		groups.set(name, [...(groups.get(name) ?? []), item]);
	}
	return [...groups.values()];
}

/** A statement an entry writes: a drizzle query, or SQL already made of one. */
export type Write = SqlStatement | { toSQL(): SqlStatement };

/** A read run after the entry's writes, in the same D1 batch: a drizzle select, whose rows come back typed. It must be
 * repeatable (by natural keys): after a write whose answer was lost the ledger runs it again on its own. */
export type ReadBack = BatchItem<"sqlite"> & { toSQL(): SqlStatement };
export type ReadBacks = Record<string, ReadBack>;

/** What one entry writes: business rows, the events they leave on their certificates' chains, reads of the result. */
export interface HistoryEntry<R extends ReadBacks = ReadBacks> {
	/** Who published the certificates the events are about: with their ids, it names the one ledger that writes them. */
	publisherCompanyId: string;
	/** Business rows (tokens, claims, webhook deliveries), written in one D1 batch with the events, before them. */
	writes?: readonly Write[];
	/** Appended to their certificates' chains, in this order; at least one, all of certificates of one ledger. */
	events: readonly LedgerEvent[];
	readBack?: R;
	/** The one-time claim token this entry spends (only one entry per token is ever let through), and its expiry. */
	redeem?: { tokenId: string; companyId: string; expiresAt: string };
}

/** A read-back's rows, as the query's own result type. */
export type ReadBackRows<R extends ReadBacks> = { [K in keyof R]: Awaited<R[K]> };

export type Appended<R extends ReadBacks = ReadBacks> =
	| { status: "written"; events: LedgerChainedEvent[]; read: ReadBackRows<R> }
	/** The token was spent by an earlier entry, which D1 has. */
	| { status: "already_redeemed"; companyId: string }
	/** D1 refused the write (a constraint or trigger): nothing of it was written. */
	| { status: "refused"; message: string }
	/** Kept by the ledger, which keeps writing it to D1: it will land, but its result is not known yet. */
	| { status: "pending" }
	/** The call or its answer was lost: the entry may or may not be kept. `error` is what a request answers. */
	| { status: "unanswered"; error: ApiError };

export type Written<R extends ReadBacks = ReadBacks> = Extract<Appended<R>, { status: "written" }>;

/** What the caller read of some certificates' chain heads (perhaps from a replica, so perhaps behind). */
export interface HeadsRead {
	certificateIds: readonly string[];
	/** The chains it read: a certificate without a row for one of them has an empty chain there. */
	logs: readonly ChainLog[];
	rows: readonly Pick<HeadRow, "log" | "certificateId" | "seq" | "hash">[];
}

/** Heads read of both chains of these certificates (see chainHeadQueries and chainHeadsQueries). */
export const headsRead = (certificateIds: readonly string[], rows: HeadsRead["rows"]): HeadsRead => ({
	certificateIds,
	logs: ["audit", "access"],
	rows,
});

// Long enough for a ledger to retry its D1 write once or twice.
const RETRY_AFTER_SECONDS = "2";

const unconfirmed = () =>
	new ApiError("SERVICE_UNAVAILABLE", "The write could not be confirmed; retry in a moment", {
		headers: { "Retry-After": RETRY_AFTER_SECONDS },
	});

/** Hints for one ledger: the heads read of its entries' certificates, an empty chain where the read found none. */
function hintsFor(certificateIds: ReadonlySet<string>, heads: HeadsRead | undefined): HeadHints {
	const hints: HeadHints = {};
	if (!heads) return hints;
	for (const id of heads.certificateIds) {
		if (!certificateIds.has(id)) continue;
		for (const log of heads.logs) hints[headKey(log, id)] = EMPTY_HEAD;
	}
	for (const row of heads.rows) {
		const key = headKey(row.log, row.certificateId);
		if (key in hints) hints[key] = { seq: row.seq, hash: row.hash };
	}
	return hints;
}

function ledgerOf(entry: HistoryEntry<ReadBacks>): string {
	const [first] = entry.events;
	if (!first) throw new Error("a ledger entry needs at least one event");
	const name = ledgerName(entry.publisherCompanyId, first.certificateId);
	if (entry.events.some((e) => ledgerName(entry.publisherCompanyId, e.certificateId) !== name)) {
		throw new Error("an entry's events must all be written by one ledger");
	}
	return name;
}

/** The entry as it travels and waits in the ledger's storage: plain SQL, the read-backs in the order of their names. */
function toLedgerEntry(entry: HistoryEntry<ReadBacks>): LedgerEntry {
	const reads = Object.values(entry.readBack ?? {});
	return {
		writes: (entry.writes ?? []).map((w) => ("toSQL" in w ? toStatement(w) : w)),
		events: [...entry.events],
		...(reads.length > 0 ? { readBack: reads.map((r) => toStatement(r)) } : {}),
		...(entry.redeem ? { redeem: entry.redeem } : {}),
	};
}

// drizzle decodes a batch's raw rows with each query's own mapping (column types, JSON, aliases): the same step here,
// on the rows the ledger read back.
type Decodable = { _prepare(): { mapResult(response: unknown, isFromBatch: boolean): unknown } };

function named<R extends ReadBacks>(readBack: R | undefined, rows: readonly Record<string, unknown>[][]) {
	const read: Record<string, unknown> = {};
	for (const [i, [key, query]] of Object.entries(readBack ?? {}).entries()) {
		read[key] = (query as unknown as Decodable)._prepare().mapResult({ results: rows[i] ?? [] }, true);
	}
	return read as ReadBackRows<R>;
}

function toAppended<R extends ReadBacks>(entry: HistoryEntry<R>, result: LedgerResult): Appended<R> {
	if (result.status !== "written") return result;
	return { status: "written", events: result.events, read: named(entry.readBack, result.readBack) };
}

// Bookmarks of one database grow in lexical order; keep each shard's latest of the ledgers called in parallel.
function keepLatestBookmark(usage: LedgerUsage, shard: number, result: LedgerResult) {
	if (result.status !== "written" || !result.bookmark) return;
	const kept = usage.bookmarks.get(shard);
	if (!kept || result.bookmark > kept) usage.bookmarks.set(shard, result.bookmark);
}

/**
 * Appends entries to their certificates' histories: one call to each ledger concerned, all in parallel, carrying its
 * entries (each stands on its own; the ledger group-commits them) and the heads read of their certificates. Results
 * come back in the order of the entries. If a call or its answer is lost, its entries may or may not be kept:
 * retrying is safe (a spent token stays spent; an Idempotency-Key replays a write that happened).
 */
export async function appendToLedgers<R extends ReadBacks>(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	entries: readonly HistoryEntry<R>[],
	heads?: HeadsRead,
): Promise<Appended<R>[]> {
	const byLedger = new Map<string, number[]>();
	entries.forEach((entry, index) => {
		const name = ledgerOf(entry);
		byLedger.set(name, [...(byLedger.get(name) ?? []), index]);
	});
	const results: Appended<R>[] = [];
	await Promise.all(
		[...byLedger].map(async ([name, indexes]) => {
			const mine = indexes.map((i) => entries[i] as HistoryEntry<R>);
			const certificateIds = new Set(mine.flatMap((e) => e.events.map((event) => event.certificateId)));
			usage.calls++;
			let answers: LedgerResult[];
			try {
				const outcome = await ledgerStub(env, name).appendAll(mine.map(toLedgerEntry), hintsFor(certificateIds, heads));
				usage.d1RoundTrips += outcome.d1RoundTrips;
				answers = outcome.results as LedgerResult[];
			} catch (error) {
				console.error("ledger call failed", error);
				for (const i of indexes) results[i] = { status: "unanswered", error: unconfirmed() };
				return;
			}
			indexes.forEach((entryIndex, i) => {
				const answer = answers[i] ?? { status: "pending" };
				keepLatestBookmark(usage, certificateShard(mine[0]?.events[0]?.certificateId ?? ""), answer);
				results[entryIndex] = toAppended(entries[entryIndex] as HistoryEntry<R>, answer);
			});
		}),
	);
	return results;
}

/** One entry: appendToLedgers for a single write. */
export async function appendToLedger<R extends ReadBacks>(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	entry: HistoryEntry<R>,
	heads?: HeadsRead,
): Promise<Appended<R>> {
	const [appended] = await appendToLedgers(env, usage, [entry], heads);
	if (!appended) throw new Error("the ledger answered nothing");
	return appended;
}

/** The outcome of a write that must have landed; anything else becomes the caller's error. */
export function expectWritten<R extends ReadBacks>(outcome: Appended<R>): Written<R> {
	switch (outcome.status) {
		case "written":
			return outcome;
		case "unanswered":
			throw outcome.error;
		case "pending":
			throw new ApiError(
				"SERVICE_UNAVAILABLE",
				"The write was recorded and is being stored; it will appear within a minute. Retry to see its result",
				{ headers: { "Retry-After": RETRY_AFTER_SECONDS } },
			);
		case "already_redeemed":
			throw new ApiError("ALREADY_CLAIMED", "This token has already been claimed");
		case "refused":
			throw new ApiError("CONFLICT", "The write conflicts with what is already stored");
	}
}
