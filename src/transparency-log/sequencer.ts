// The transparency log's one sequencer: a single Durable Object that gives every audit and access event a log index
// and integrates them into the Merkle tree in batches, writes the tiles to R2 and publishes a signed checkpoint.
//
// It pulls events instead of being sent them: D1 runs one write at a time, so rows of audit_events and access_events
// become visible in id order on each database, and an id watermark per shard and table sees each event exactly once,
// including a certificate's first events, which capture writes without a ledger. Events live on their certificate's
// shard (src/db/shards.ts), so a pass reads every shard (in parallel) and orders what it read by shard, then table,
// then id: deterministic for the pass, which is all the log's order needs. Each event's log index is written to
// log_entries on the event's own shard, next to the event, so a bundle reads it with the chain. Writers only poke it
// (fire-and-forget) to cut the wait.
//
// Two steps, each atomic in the object's storage, so a crash anywhere loses and repeats nothing:
//   1. sequence: new rows read from the shards' primaries become pending entries with their indexes and shards, and
//      the watermarks move, in one transaction;
//   2. integrate: pending entries grow the tree (deterministic in the stored edge and the entries), tiles go to R2,
//      the indexes to each entry's shard (insert-or-ignore), and only then the edge advances and the pending rows go,
//      in one transaction. A step re-run after a crash writes the same bytes again.
// A full tile is written once: if one exists with other bytes, integration stops rather than rewrite history.
import { DurableObject } from "cloudflare:workers";
import { allShards, DIRECTORY_SHARD, shardDatabase } from "../db/shards";
import { logSigner } from "./log-key";
import { CHECKPOINT_CACHE, CHECKPOINT_OBJECT, IMMUTABLE_CACHE, PARTIAL_CACHE } from "./log-objects";
import { fromBase64, fromHex, toBase64 } from "./merkle";
import { checkpointBody, signNote } from "./note";
import { edgeRoot, emptyEdge, growTree, type TreeEdge } from "./tiles";

/** Rows read per shard and table per pass: one D1 round trip per shard reads both tables. */
const ROWS_PER_TABLE = 500;
/** Entries integrated per batch: a few tiles of writes. */
const ENTRIES_PER_BATCH = 1024;
/** A poke waits this long so that the writes around it share a batch. */
const POKE_DELAY_MS = 200;
/** While entries keep coming, look again this often even without pokes (well inside the 10 s promise). */
const BUSY_INTERVAL_MS = 1_000;
/** A failed pass is tried again after this long. */
const RETRY_MS = 5_000;
/** log_entries rows per INSERT: 3 bound parameters each, under D1's 100. */
const INDEX_ROWS_PER_STATEMENT = 33;

/** The steps of a pass, named where the sequencer reaches them; the tests' subclass makes one of them fail. */
export type SequencerStep = "beforeSequence" | "afterSequence" | "afterTiles" | "afterIndex" | "afterState";

export interface PassResult {
	/** Entries integrated by this pass. */
	integrated: number;
	size: number;
	/** More rows or pending entries are waiting. */
	more: boolean;
}

interface StoredEdge {
	size: number;
	frontier: (string | null)[];
	tiles: string[][];
	entries: string[];
}

function encodeEdge(edge: TreeEdge): string {
	const stored: StoredEdge = {
		size: edge.size,
		frontier: edge.frontier.map((h) => (h ? toBase64(h) : null)),
		tiles: edge.tiles.map((t) => t.map(toBase64)),
		entries: edge.entries.map(toBase64),
	};
	return JSON.stringify(stored);
}

function decodeEdge(text: string): TreeEdge {
	const stored = JSON.parse(text) as StoredEdge;
	return {
		size: stored.size,
		frontier: stored.frontier.map((h) => (h ? fromBase64(h) : null)),
		tiles: stored.tiles.map((t) => t.map(fromBase64)),
		entries: stored.entries.map(fromBase64),
	};
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

interface EventRow extends Record<string, unknown> {
	id: number;
	hash: string;
}

type EventTable = "audit" | "access";
const EVENT_TABLES: readonly EventTable[] = ["audit", "access"];

/**
 * Where a shard's table was read up to. Shard 0 keeps the keys it had before shards, so an object from then goes on
 * where it stopped.
 */
export function watermarkKey(shard: number, table: EventTable): string {
	return shard === DIRECTORY_SHARD ? `${table}_watermark` : `${table}_watermark:${shard}`;
}

type PendingEntry = {
	log_index: number;
	shard: number;
	event_table: string;
	event_id: number;
	hash: ArrayBuffer;
};

/**
 * The object's own tables, made or brought up to date where they are. An object made before shards has log_pending
 * without the shard: its pending entries are the directory's events (shard 0), which the column's default says.
 */
export function createSequencerTables(sql: SqlStorage): void {
	sql.exec(`CREATE TABLE IF NOT EXISTS log_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
	sql.exec(
		`CREATE TABLE IF NOT EXISTS log_pending (log_index INTEGER PRIMARY KEY, shard INTEGER NOT NULL DEFAULT 0, event_table TEXT NOT NULL, event_id INTEGER NOT NULL, hash BLOB NOT NULL)`,
	);
	const columns = sql.exec<{ name: string }>(`PRAGMA table_info(log_pending)`).toArray();
	if (!columns.some((column) => column.name === "shard"))
		sql.exec(`ALTER TABLE log_pending ADD COLUMN shard INTEGER NOT NULL DEFAULT 0`);
}

export class TransparencyLog extends DurableObject<Cloudflare.Env> {
	private passes: Promise<unknown> = Promise.resolve();

	constructor(ctx: DurableObjectState, env: Cloudflare.Env) {
		super(ctx, env);
		ctx.blockConcurrencyWhile(async () => createSequencerTables(ctx.storage.sql));
	}

	/** Where a step of a pass is reached: nothing here; the tests' subclass makes it fail. */
	protected reached(_step: SequencerStep): void {}

	/** Asks for a pass soon. Cheap and idempotent: writers call it without waiting for the answer. */
	async poke(): Promise<void> {
		if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + POKE_DELAY_MS);
	}

	override async alarm(): Promise<void> {
		let result: PassResult;
		try {
			result = await this.integrate();
		} catch (error) {
			// Nothing of a failed pass is lost (see above); try again soon, and keep saying why until it passes (a full
			// tile in R2 with other bytes needs a person: the log stops rather than rewrite it).
			console.error("a transparency log pass failed; trying again", error);
			await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
			return;
		}
		if (result.more) await this.ctx.storage.setAlarm(Date.now());
		else if (result.integrated > 0) await this.ctx.storage.setAlarm(Date.now() + BUSY_INTERVAL_MS);
	}

	/** One pass: sequence what is new, integrate one batch, publish the checkpoint. Passes never overlap. */
	integrate(): Promise<PassResult> {
		const pass = this.passes.then(() => this.pass());
		this.passes = pass.catch(() => undefined);
		return pass;
	}

	/** The tree size and the latest signed checkpoint, publishing one first if there is none yet. */
	async checkpoint(): Promise<{ size: number; note: string }> {
		await this.integrate();
		return { size: this.edge().size, note: this.state("checkpoint") ?? "" };
	}

	private state(key: string): string | null {
		const row = this.ctx.storage.sql
			.exec<{ value: string }>(`SELECT value FROM log_state WHERE key = ?`, key)
			.toArray()[0];
		return row ? row.value : null;
	}

	private setState(key: string, value: string): void {
		this.ctx.storage.sql.exec(`INSERT OR REPLACE INTO log_state (key, value) VALUES (?, ?)`, key, value);
	}

	private edge(): TreeEdge {
		const stored = this.state("edge");
		return stored ? decodeEdge(stored) : emptyEdge();
	}

	private pendingCount(): number {
		return this.ctx.storage.sql.exec<{ n: number }>(`SELECT count(*) AS n FROM log_pending`).one().n;
	}

	private async pass(): Promise<PassResult> {
		this.reached("beforeSequence");
		const moreRows = await this.sequence();
		this.reached("afterSequence");
		const integrated = await this.integratePending();
		await this.publishCheckpoint();
		return { integrated, size: this.edge().size, more: moreRows || this.pendingCount() > 0 };
	}

	/**
	 * Reads rows past the watermarks from every shard's primary and makes them pending entries. True when more are
	 * waiting on some shard.
	 */
	private async sequence(): Promise<boolean> {
		const shards = allShards(this.env);
		const watermarks = new Map(
			shards.flatMap((shard) =>
				EVENT_TABLES.map((table) => {
					const key = watermarkKey(shard, table);
					return [key, Number(this.state(key) ?? 0)] as const;
				}),
			),
		);
		const read = await Promise.all(
			shards.map(async (shard) => {
				const session = shardDatabase(this.env, shard).withSession("first-primary");
				const answers = await session.batch<EventRow>(
					EVENT_TABLES.map((table) =>
						session
							.prepare(`SELECT id, hash FROM ${table}_events WHERE id > ? ORDER BY id LIMIT ?`)
							.bind(watermarks.get(watermarkKey(shard, table)), ROWS_PER_TABLE),
					),
				);
				return EVENT_TABLES.map((table, i) => ({ shard, table, rows: answers[i]?.results ?? [] }));
			}),
		);
		// Shards in ascending order, audit before access, ids ascending: the order of this pass's entries.
		const batches = read.flat().filter((batch) => batch.rows.length > 0);
		if (batches.length === 0) return false;
		for (const { shard, table, rows } of batches)
			for (const row of rows)
				if (!/^[0-9a-f]{64}$/.test(row.hash))
					throw new Error(`${table} event ${row.id} on shard ${shard} has no SHA-256 hash`);
		this.ctx.storage.transactionSync(() => {
			// Passes never overlap, but a watermark that moved would mean rows sequenced twice: refuse rather than guess.
			for (const [key, from] of watermarks)
				if (Number(this.state(key) ?? 0) !== from) throw new Error("the watermarks moved during a pass");
			let next = this.edge().size + this.pendingCount();
			for (const { shard, table, rows } of batches) {
				for (const row of rows)
					this.ctx.storage.sql.exec(
						`INSERT INTO log_pending (log_index, shard, event_table, event_id, hash) VALUES (?, ?, ?, ?, ?)`,
						next++,
						shard,
						table,
						row.id,
						fromHex(row.hash),
					);
				this.setState(watermarkKey(shard, table), String(rows.at(-1)?.id));
			}
		});
		return batches.some((batch) => batch.rows.length === ROWS_PER_TABLE);
	}

	private async integratePending(): Promise<number> {
		const pending = this.ctx.storage.sql
			.exec<PendingEntry>(
				`SELECT log_index, shard, event_table, event_id, hash FROM log_pending ORDER BY log_index LIMIT ?`,
				ENTRIES_PER_BATCH,
			)
			.toArray();
		if (pending.length === 0) return 0;
		const edge = this.edge();
		if (pending[0]?.log_index !== edge.size)
			throw new Error(`pending entries start at ${pending[0]?.log_index}, the tree has ${edge.size}`);
		const grown = await growTree(
			edge,
			pending.map((p) => new Uint8Array(p.hash)),
		);
		for (const write of grown.writes) {
			if (write.full) {
				const existing = await this.env.LOG.get(write.path);
				if (existing) {
					if (!equalBytes(new Uint8Array(await existing.arrayBuffer()), write.bytes))
						throw new Error(`${write.path} is already written with other hashes: the log will not rewrite it`);
					continue;
				}
			}
			await this.env.LOG.put(write.path, write.bytes, {
				httpMetadata: {
					contentType: "application/octet-stream",
					cacheControl: write.full ? IMMUTABLE_CACHE : PARTIAL_CACHE,
				},
			});
		}
		this.reached("afterTiles");
		// Each entry's index goes to its event's shard; the shards are written in parallel, each in one batch. A shard
		// written before a crash is written again with the same rows, which insert-or-ignore leaves as they are.
		const byShard = new Map<number, PendingEntry[]>();
		for (const entry of pending) {
			const entries = byShard.get(entry.shard);
			if (entries) entries.push(entry);
			else byShard.set(entry.shard, [entry]);
		}
		await Promise.all(
			[...byShard].map(([shard, entries]) => {
				const d1 = shardDatabase(this.env, shard);
				const statements: D1PreparedStatement[] = [];
				for (let i = 0; i < entries.length; i += INDEX_ROWS_PER_STATEMENT) {
					const chunk = entries.slice(i, i + INDEX_ROWS_PER_STATEMENT);
					statements.push(
						d1
							.prepare(
								`INSERT OR IGNORE INTO log_entries (log_index, event_table, event_id) VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}`,
							)
							.bind(...chunk.flatMap((p) => [p.log_index, p.event_table, p.event_id])),
					);
				}
				return d1.batch(statements);
			}),
		);
		this.reached("afterIndex");
		const last = pending.at(-1)?.log_index as number;
		this.ctx.storage.transactionSync(() => {
			this.setState("edge", encodeEdge(grown.edge));
			this.ctx.storage.sql.exec(`DELETE FROM log_pending WHERE log_index <= ?`, last);
		});
		this.reached("afterState");
		return pending.length;
	}

	/** Signs and publishes a checkpoint for the current tree unless the published one already has its size. */
	private async publishCheckpoint(): Promise<void> {
		const edge = this.edge();
		if (this.state("checkpoint_size") === String(edge.size)) return;
		const signer = await logSigner(this.env);
		const note = await signNote(
			checkpointBody({ origin: signer.name, size: edge.size, root: await edgeRoot(edge) }),
			signer,
		);
		await this.env.LOG.put(CHECKPOINT_OBJECT, note, {
			httpMetadata: { contentType: "text/plain; charset=utf-8", cacheControl: CHECKPOINT_CACHE },
		});
		this.ctx.storage.transactionSync(() => {
			this.setState("checkpoint", note);
			this.setState("checkpoint_size", String(edge.size));
		});
	}
}
