// The single writer of certificates' histories — their audit chains, shares and claims. Each certificate belongs
// to exactly one ledger (see ledgerName), so appends to a chain never race: no optimistic retries, no 5xx under
// contention, and the ledger keeps each chain's head itself.
//
// Every write is first kept in the object's own storage (the outbox) and only then sent to D1, so whatever dies
// mid-way — the caller, the answer, the D1 batch, the object itself — the write is either in D1 or still in the
// outbox, from where the next request or the alarm writes it. Entries that arrive together go to D1 together in
// one batch (group commit): a busy certificate costs fewer round trips, not more.
//
// A claim token is spent here too: the check and the record of "this token is taken" are one synchronous step on
// the object's storage, so exactly one claim wins however many arrive; D1's constraints (one claim row per token,
// a decided claim is final) hold as a second line. The record is kept until a while after the token has expired.
//
// The object's own tables and their versions are in ./storage.ts. Callers reach it through ./ledger.ts only.
import { DurableObject } from "cloudflare:workers";
import { and, eq } from "drizzle-orm";
import { chainHeadsQueries } from "../audit/append";
import { type ChainHead, chainEvents, EMPTY_HEAD } from "../audit/chain";
import { chunkRows, createDb, type Db } from "../db/client";
import { accessEvents, auditEvents } from "../db/schema";
import { certificateShard, shardDatabase } from "../db/shards";
import { pokeTransparencyLog } from "../transparency-log/log-client";
import {
	classifyWriteFailure,
	type HeadHints,
	headKey,
	type LedgerChainedEvent,
	type LedgerEntry,
	type LedgerEvent,
	type LedgerOutcome,
	type LedgerOutcomes,
	type LedgerResult,
	type LedgerWriter,
	type SqlStatement,
	toStatement,
} from "./entries";
import { LONGEST_TOKEN_LIFE_MS, migrateLedgerStorage } from "./storage";

// Statements per D1 batch when entries are grouped; an entry larger than this still goes alone, in one batch.
const STATEMENT_BUDGET = 400;
// A write whose caller has been told nothing must still land: the alarm is the safety net.
const SAFETY_NET_MS = 5_000;
const MAX_BACKOFF_MS = 60_000;
const MAX_STALE_HEAD_RETRIES = 3;
// A redemption is kept this long after its token's expiry: the Worker's clock, which refuses an expired token, and
// the object's may disagree a little.
export const REDEMPTION_MARGIN_MS = 86_400_000;
// Expired redemptions forgotten per pass, so pruning never holds the object long.
const PRUNE_BATCH = 500;

interface OutboxRow extends Record<string, SqlStorageValue> {
	id: number;
	entry: string;
	attempted: string | null;
}

interface Planned {
	row: OutboxRow;
	entry: LedgerEntry;
	chained: LedgerChainedEvent[];
}

const EVENT_TABLES = { audit: auditEvents, access: accessEvents } as const;

/**
 * The steps of a write, named where the ledger reaches them. Production does nothing there; the tests' subclass of
 * the ledger (test/faulty-ledger.ts) makes one of them fail, to prove that no step's failure strands or repeats a
 * write.
 */
export type LedgerStep =
	/** Before anything is kept: as if the call never reached the object. */
	| "beforeRecord"
	/** After the entry is kept in storage, before any D1 write: as if the object died there. */
	| "afterRecord"
	/** Instead of the D1 batch: as if D1 could not be reached. */
	| "beforeBatch"
	/** After the D1 batch committed: as if its answer was lost. */
	| "afterBatch"
	/** After everything, before answering: as if the caller never got the answer. */
	| "beforeAnswer";

export class CertificateLedger extends DurableObject<Cloudflare.Env> implements LedgerWriter {
	private readonly sql: SqlStorage;
	private flushing: Promise<void> | null = null;
	private readonly waiting = new Map<number, (result: LedgerResult) => void>();
	private trips = 0;
	private failures = 0;
	/** Whether an alarm is set, as far as this instance knows: read once at start, then kept as it sets them. */
	private alarmSet = true;

	constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
		super(ctx, env);
		this.sql = ctx.storage.sql;
		migrateLedgerStorage(ctx.storage, Date.now());
		void ctx.blockConcurrencyWhile(async () => {
			this.alarmSet = (await ctx.storage.getAlarm()) !== null;
			// Started again with writes still kept (the last instance died with them): the alarm sends them.
			if (this.outboxSize() > 0) await this.setSafetyNet();
		});
	}

	/** Where a step of a write is reached; see LedgerStep. */
	protected reached(_step: LedgerStep): void {}

	/**
	 * Keeps one alarm set while writes may be waiting, instead of setting and deleting one per write: a write kept
	 * and then lost with this instance is sent by the alarm. An alarm that finds nothing to send sets no other.
	 */
	private async setSafetyNet(delayMs = SAFETY_NET_MS, replace = false) {
		if (this.alarmSet && !replace) return;
		this.alarmSet = true;
		await this.ctx.storage.setAlarm(Date.now() + delayMs);
	}

	async append(entry: LedgerEntry, hints: HeadHints = {}): Promise<LedgerOutcome> {
		const tripsBefore = this.trips;
		const withTrips = (result: LedgerResult): LedgerOutcome => ({ ...result, d1RoundTrips: this.trips - tripsBefore });
		if (entry.events.length === 0) throw new Error("a ledger entry needs at least one audit event");
		this.reached("beforeRecord");
		for (const [key, head] of Object.entries(hints)) {
			this.sql.exec(
				"INSERT INTO heads (key, seq, hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
				key,
				head.seq,
				head.hash,
			);
		}

		if (entry.redeem) {
			// A token whose claim still waits in the outbox is neither free nor visibly claimed: write that claim
			// first, so "already claimed" is only ever said of a claim that D1 shows.
			for (;;) {
				const spent = this.redemption(entry.redeem.tokenId);
				if (!spent) break;
				if (spent.outbox_id === null) return withTrips({ status: "already_redeemed", companyId: spent.company_id });
				await this.flush();
				if (this.redemption(entry.redeem.tokenId)?.outbox_id === spent.outbox_id)
					return withTrips({ status: "pending" });
			}
		}
		// Nothing awaits between the check above and the record below: together they are one step.
		const id = this.record(entry);
		const settled = new Promise<LedgerResult>((resolve) => this.waiting.set(id, resolve));
		await this.setSafetyNet();
		this.reached("afterRecord");
		while (this.waiting.has(id)) await this.flush();
		const result = await settled;
		this.reached("beforeAnswer");
		return withTrips(result);
	}

	/**
	 * Entries that each stand on their own (one token each, say), in one call: each is appended exactly as append()
	 * would, concurrently, so they share D1 batches (group commit) and each token is still spent at most once.
	 */
	async appendAll(entries: LedgerEntry[], hints: HeadHints = {}): Promise<LedgerOutcomes> {
		const tripsBefore = this.trips;
		const outcomes = await Promise.all(entries.map((entry) => this.append(entry, hints)));
		return {
			results: outcomes.map(({ d1RoundTrips: _, ...result }) => result),
			d1RoundTrips: this.trips - tripsBefore,
		};
	}

	override async alarm(): Promise<void> {
		// This alarm is spent: whatever sets the next one must really set it.
		this.alarmSet = false;
		await this.flush();
		this.pruneRedemptions(Date.now());
		if (this.outboxSize() === 0) {
			this.failures = 0;
			return;
		}
		this.failures++;
		await this.setSafetyNet(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failures), true);
	}

	private record(entry: LedgerEntry): number {
		const { id } = this.sql
			.exec<{ id: number }>("INSERT INTO outbox (entry) VALUES (?) RETURNING id", JSON.stringify(entry))
			.one();
		if (entry.redeem) {
			const at = Date.now();
			// An entry kept before expiries were sent along has none: no token outlives a token's whole life from now.
			const expiresAt = entry.redeem.expiresAt ? Date.parse(entry.redeem.expiresAt) : at + LONGEST_TOKEN_LIFE_MS;
			this.sql.exec(
				"INSERT INTO redemptions (token_id, company_id, outbox_id, expires_at) VALUES (?, ?, ?, ?)",
				entry.redeem.tokenId,
				entry.redeem.companyId,
				id,
				expiresAt,
			);
			// One in, the expired ones out: the table holds the tokens that can still be claimed, not every token ever.
			this.pruneRedemptions(at);
		}
		return id;
	}

	/**
	 * Forgets spent tokens a margin after they expired. Never sooner: a replayed token whose record is gone would be
	 * redeemed again (see docs/storage-schema.md). A claim still waiting in the outbox keeps its record.
	 */
	private pruneRedemptions(at: number) {
		this.sql.exec(
			`DELETE FROM redemptions WHERE token_id IN (
				SELECT token_id FROM redemptions WHERE expires_at < ? AND outbox_id IS NULL LIMIT ?
			)`,
			at - REDEMPTION_MARGIN_MS,
			PRUNE_BATCH,
		);
	}

	private redemption(tokenId: string) {
		return this.sql
			.exec<{ company_id: string; outbox_id: number | null }>(
				"SELECT company_id, outbox_id FROM redemptions WHERE token_id = ?",
				tokenId,
			)
			.toArray()[0];
	}

	private outboxSize(): number {
		return this.sql.exec<{ n: number }>("SELECT count(*) AS n FROM outbox").one().n;
	}

	/** One flush at a time; callers arriving meanwhile wait for it and then look again. */
	private flush(): Promise<void> {
		this.flushing ??= this.flushOutbox().finally(() => {
			this.flushing = null;
		});
		return this.flushing;
	}

	private async flushOutbox(): Promise<void> {
		let isolate = false;
		let staleHeads = 0;
		for (;;) {
			const first = this.sql.exec<OutboxRow>("SELECT id, entry, attempted FROM outbox ORDER BY id LIMIT 1").toArray();
			if (first.length === 0) return;
			try {
				if (first[0]?.attempted) {
					await this.settleUnknownOutcome();
					continue;
				}
				const outcome = await this.writeGroup(isolate ? first : this.nextGroup());
				isolate = outcome === "refused";
				if (outcome === "stale_head" && ++staleHeads > MAX_STALE_HEAD_RETRIES)
					throw new Error("chain heads keep moving under the ledger");
			} catch (error) {
				// D1 unreachable or silent: keep everything, tell whoever waits, and let the alarm try again.
				console.error("ledger: D1 write did not complete; retrying from the alarm", error);
				for (const [id, resolve] of this.waiting) {
					this.waiting.delete(id);
					resolve({ status: "pending" });
				}
				await this.setSafetyNet(1000, true);
				return;
			}
		}
	}

	/** The oldest entries whose statements fit one batch (always at least one). */
	private nextGroup(): OutboxRow[] {
		const group: OutboxRow[] = [];
		let statements = 0;
		for (const row of this.sql.exec<OutboxRow>("SELECT id, entry, attempted FROM outbox ORDER BY id")) {
			const entry = JSON.parse(row.entry) as LedgerEntry;
			const size = entry.writes.length + eventInsertCount(entry.events) + (entry.readBack?.length ?? 0);
			if (group.length > 0 && statements + size > STATEMENT_BUDGET) break;
			group.push(row);
			statements += size;
		}
		return group;
	}

	/** Sends rows to D1 as one batch. Returns what happened when D1 said no; throws when the outcome is unknown. */
	private async writeGroup(rows: OutboxRow[]): Promise<"written" | "refused" | "stale_head"> {
		const entries = rows.map((row) => JSON.parse(row.entry) as LedgerEntry);
		// Audit events commit to the access log's head, so both heads of their certificates are needed.
		const heads = await this.heads(
			entries.flatMap((e) =>
				e.events.flatMap((event) =>
					(event.log ?? "audit") === "audit"
						? [headKey("audit", event.certificateId), headKey("access", event.certificateId)]
						: [headKey("access", event.certificateId)],
				),
			),
		);
		const planned: Planned[] = [];
		for (const [i, row] of rows.entries()) {
			const entry = entries[i] as LedgerEntry;
			planned.push({ row, entry, chained: await chainOnto(heads, entry.events) });
		}
		// Kept before sending: if the answer never comes, this is how we will recognise the batch in D1.
		for (const p of planned) {
			this.sql.exec("UPDATE outbox SET attempted = ? WHERE id = ?", JSON.stringify(p.chained), p.row.id);
		}
		const events = planned.flatMap((p) => p.chained);
		const reads = planned.flatMap((p) => p.entry.readBack ?? []);
		const { db, d1 } = this.database(events);
		const statements = [...planned.flatMap((p) => p.entry.writes), ...eventInserts(db, events), ...reads];
		// A session only to learn the bookmark after the write, which callers hand to their clients.
		const session = d1.withSession("first-primary");
		let results: D1Result[];
		try {
			this.reached("beforeBatch");
			this.trips++;
			results = await session.batch(statements.map((s) => session.prepare(s.sql).bind(...s.params)));
		} catch (error) {
			const failure = classifyWriteFailure(error);
			if (failure === "unknown") throw error;
			// D1 refused the whole batch, so none of it landed.
			for (const p of planned) this.sql.exec("UPDATE outbox SET attempted = NULL WHERE id = ?", p.row.id);
			if (failure === "stale_head") {
				this.forgetHeads(events.map((e) => headKey(e.log, e.certificateId)));
				return "stale_head";
			}
			// Alone in its batch, the entry itself is what D1 refuses: drop it (and the token it would have spent).
			const only = planned.length === 1 ? planned[0] : undefined;
			if (only) this.drop(only.row.id, { status: "refused", message: String(error) });
			return "refused";
		}
		this.reached("afterBatch");
		void pokeTransparencyLog(this.env);
		this.settleWritten(planned, results.slice(results.length - reads.length), session.getBookmark() ?? undefined);
		return "written";
	}

	/**
	 * The last batch's answer never came. The ledger is its chains' only writer and a batch is atomic, so D1 holds
	 * either all of that batch or none of it: the batch's last event, at its place with its hash, tells which.
	 */
	private async settleUnknownOutcome(): Promise<void> {
		const rows = this.sql
			.exec<OutboxRow>("SELECT id, entry, attempted FROM outbox WHERE attempted IS NOT NULL ORDER BY id")
			.toArray();
		const planned: Planned[] = rows.map((row) => ({
			row,
			entry: JSON.parse(row.entry) as LedgerEntry,
			chained: JSON.parse(row.attempted ?? "[]") as LedgerChainedEvent[],
		}));
		const last = planned.at(-1)?.chained.at(-1);
		if (!last) throw new Error("an attempted outbox entry without events");
		this.trips++;
		const table = EVENT_TABLES[last.log];
		const { db, d1 } = this.database([last]);
		const [found] = await db
			.select({ hash: table.hash })
			.from(table)
			.where(and(eq(table.certificateId, last.certificateId), eq(table.seq, last.seq)));
		if (found?.hash !== last.hash) {
			for (const p of planned) this.sql.exec("UPDATE outbox SET attempted = NULL WHERE id = ?", p.row.id);
			return;
		}
		const reads = planned.flatMap((p) => p.entry.readBack ?? []);
		let results: D1Result[] = [];
		if (reads.length > 0) {
			this.trips++;
			results = await d1.batch(reads.map((s) => d1.prepare(s.sql).bind(...s.params)));
		}
		this.settleWritten(planned, results);
	}

	/** D1 has these entries: forget them here, move the heads on, answer whoever waits with its reads. */
	private settleWritten(planned: Planned[], readResults: D1Result[], bookmark?: string) {
		let offset = 0;
		for (const p of planned) {
			const count = p.entry.readBack?.length ?? 0;
			const readBack = readResults
				.slice(offset, offset + count)
				.map((r) => (r.results ?? []) as Record<string, unknown>[]);
			offset += count;
			for (const event of p.chained) {
				this.sql.exec(
					"INSERT INTO heads (key, seq, hash) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
					headKey(event.log, event.certificateId),
					event.seq,
					event.hash,
				);
			}
			this.sql.exec("DELETE FROM outbox WHERE id = ?", p.row.id);
			this.sql.exec("UPDATE redemptions SET outbox_id = NULL WHERE outbox_id = ?", p.row.id);
			this.resolve(p.row.id, { status: "written", events: p.chained, readBack, ...(bookmark ? { bookmark } : {}) });
		}
	}

	private drop(outboxId: number, result: LedgerResult) {
		this.sql.exec("DELETE FROM outbox WHERE id = ?", outboxId);
		this.sql.exec("DELETE FROM redemptions WHERE outbox_id = ?", outboxId);
		this.resolve(outboxId, result);
	}

	private resolve(outboxId: number, result: LedgerResult) {
		const resolve = this.waiting.get(outboxId);
		this.waiting.delete(outboxId);
		resolve?.(result);
	}

	/** The heads D1 has, by headKey(): kept here after every write; read from D1 only the first time or after a
	 * surprise. */
	private async heads(keys: string[]): Promise<Map<string, ChainHead>> {
		const heads = new Map<string, ChainHead>();
		const unknown = new Set<string>();
		for (const key of new Set(keys)) {
			const known = this.sql
				.exec<{ seq: number; hash: string }>("SELECT seq, hash FROM heads WHERE key = ?", key)
				.toArray()[0];
			if (known) heads.set(key, known);
			else {
				unknown.add(key);
				heads.set(key, EMPTY_HEAD);
			}
		}
		if (unknown.size === 0) return heads;
		const certificateIds = [...new Set([...unknown].map((key) => key.split(/:(.*)/s)[1] as string))];
		const { db } = this.database(certificateIds.map((certificateId) => ({ certificateId })));
		const [first, ...rest] = chainHeadsQueries(db, certificateIds);
		if (!first) return heads;
		this.trips++;
		const results = await db.batch([first, ...rest]);
		for (const row of results.flat()) {
			const key = headKey(row.log, row.certificateId);
			if (unknown.has(key)) heads.set(key, { seq: row.seq, hash: row.hash });
		}
		return heads;
	}

	/**
	 * The D1 database this ledger writes: its certificates' shard (src/db/shards.ts). A ledger's name makes all its
	 * certificates one shard's (ledgerName); a write naming two would be a bug, refused before anything is sent.
	 */
	private database(of: readonly { certificateId: string }[]): { db: Db; d1: D1Database } {
		const shards = new Set(of.map((e) => certificateShard(e.certificateId)));
		const [shard] = shards;
		if (shard === undefined || shards.size > 1) throw new Error("a ledger writes the certificates of one shard");
		const d1 = shardDatabase(this.env, shard);
		return { db: createDb(d1), d1 };
	}

	private forgetHeads(keys: string[]) {
		for (const key of new Set(keys)) this.sql.exec("DELETE FROM heads WHERE key = ?", key);
	}
}

/**
 * Links one entry's events onto their chains, moving `heads` on as it goes. The first audit event of each
 * certificate in the entry (a share, a claim) also records the access log's head at that moment (`access_log` in
 * its details), so the audit chain commits to every access before it; the events after it stay as given.
 */
async function chainOnto(heads: Map<string, ChainHead>, events: readonly LedgerEvent[]): Promise<LedgerChainedEvent[]> {
	const chained: LedgerChainedEvent[] = [];
	const committed = new Set<string>();
	for (const { certificateId, log = "audit", requestId, ...event } of events) {
		const key = headKey(log, certificateId);
		const accessHead = heads.get(headKey("access", certificateId));
		const commit = log === "audit" && !committed.has(certificateId) && accessHead !== undefined && accessHead.seq > 0;
		if (log === "audit") committed.add(certificateId);
		const details = commit
			? { ...event.details, access_log: { events: accessHead.seq, head_hash: accessHead.hash } }
			: event.details;
		const [linked] = await chainEvents(certificateId, heads.get(key) ?? EMPTY_HEAD, [{ ...event, details }], log);
		if (!linked) throw new Error("chainEvents returned nothing");
		heads.set(key, linked);
		chained.push({ ...linked, log, requestId: requestId ?? null });
	}
	return chained;
}

/** How many statements eventInserts makes of these events. */
function eventInsertCount(events: readonly LedgerEvent[]): number {
	return (["audit", "access"] as const).reduce(
		(count, log) =>
			count +
			chunkRows(
				EVENT_TABLES[log],
				events.filter((e) => (e.log ?? "audit") === log),
			).length,
		0,
	);
}

/** The INSERTs of chained events into their logs' tables, as many rows to a statement as D1's parameters allow. */
function eventInserts(db: Db, events: readonly LedgerChainedEvent[]): SqlStatement[] {
	return (["audit", "access"] as const).flatMap((log) => {
		const table = EVENT_TABLES[log];
		const rows = events
			.filter((e) => (e.log ?? "audit") === log)
			.map((e) => ({
				certificateId: e.certificateId,
				seq: e.seq,
				eventType: e.eventType,
				actorCompanyId: e.actorCompanyId,
				actorUserId: e.actorUserId,
				ip: e.ip,
				details: e.details,
				createdAt: e.createdAt,
				prevHash: e.prevHash,
				hash: e.hash,
				salt: e.salt ?? null, // an entry chained before salts, still in the outbox, keeps its legacy form
				...(log === "access" ? { requestId: e.requestId ?? null } : {}),
			}));
		return chunkRows(table, rows).map((chunk) => toStatement(db.insert(table).values(chunk)));
	});
}
