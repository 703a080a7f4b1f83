// The Worker's side of the ledgers: which ledger writes a certificate, counting what a request costs, and turning
// the ledgers' answers into the one error shape.
import { ApiError } from "../lib/errors";
import type { HeadHints, LedgerEntry, LedgerOutcome, LedgerResult } from "./entries";

// A publisher's certificates are spread over this many ledgers. One ledger per certificate would make a batch
// share of 1,000 certificates 1,000 object calls and 1,000 D1 writes (measured: 17× slower than one batch);
// one per publisher would put a large publisher's every claim through one object. Fixed for good: changing it
// would give some certificates two writers.
export const LEDGERS_PER_PUBLISHER = 8;

/** The name of the one ledger that writes this certificate's history. */
export function ledgerName(publisherCompanyId: string, certificateId: string): string {
	let hash = 2166136261; // FNV-1a: stable, cheap and evenly spread over random ids
	for (let i = 0; i < certificateId.length; i++) hash = Math.imul(hash ^ certificateId.charCodeAt(i), 16777619);
	return `${publisherCompanyId}/${(hash >>> 0) % LEDGERS_PER_PUBLISHER}`;
}

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
	/** The D1 bookmark after the latest write a ledger made for this request: reading from it sees that write. */
	bookmark?: string;
}

export const newLedgerUsage = (): LedgerUsage => ({ calls: 0, d1RoundTrips: 0 });

// Long enough for a ledger to retry its D1 write once or twice.
const RETRY_AFTER_SECONDS = "2";

/**
 * One call to a ledger, counted. If the call or its answer is lost, the write may or may not be in the ledger;
 * retrying is safe (a spent token stays spent; an Idempotency-Key replays a write that happened).
 */
async function callLedger<Outcome extends { d1RoundTrips: number }>(
	usage: LedgerUsage,
	call: () => Promise<Outcome>,
): Promise<Outcome> {
	usage.calls++;
	let outcome: Outcome;
	try {
		outcome = await call();
	} catch (error) {
		console.error("ledger call failed", error);
		throw new ApiError("SERVICE_UNAVAILABLE", "The write could not be confirmed; retry in a moment", {
			headers: { "Retry-After": RETRY_AFTER_SECONDS },
		});
	}
	usage.d1RoundTrips += outcome.d1RoundTrips;
	return outcome;
}

/** Sends one entry to the ledger named (see ledgerName); all its events must belong to that ledger's certificates. */
export async function appendToLedger(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	name: string,
	entry: LedgerEntry,
	hints?: HeadHints,
): Promise<LedgerOutcome> {
	const outcome = await callLedger<LedgerOutcome>(usage, async () => await ledgerStub(env, name).append(entry, hints));
	keepLatestBookmark(usage, outcome);
	return outcome;
}

// Bookmarks of one database grow in lexical order; keep the latest of the ledgers called in parallel.
function keepLatestBookmark(usage: LedgerUsage, result: LedgerResult) {
	if (result.status === "written" && result.bookmark && (!usage.bookmark || result.bookmark > usage.bookmark)) {
		usage.bookmark = result.bookmark;
	}
}

/**
 * Sends several entries to one ledger in one call (see CertificateLedger.appendAll); the results come back in
 * the order sent. Used by batch operations, which call each ledger they touch once, all in parallel.
 */
export async function appendAllToLedger(
	env: Cloudflare.Env,
	usage: LedgerUsage,
	name: string,
	entries: LedgerEntry[],
	hints?: HeadHints,
): Promise<LedgerResult[]> {
	const outcomes = await callLedger(usage, () => ledgerStub(env, name).appendAll(entries, hints));
	const results = outcomes.results as LedgerResult[];
	for (const result of results) keepLatestBookmark(usage, result);
	return results;
}

type Written = Extract<LedgerResult, { status: "written" }>;

/** The outcome of a write that must have landed; anything else becomes the caller's error. */
export function expectWritten(outcome: LedgerResult): Written {
	switch (outcome.status) {
		case "written":
			return outcome;
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
