// A request's D1 sessions: one for the directory and one per shard it touches (src/db/shards.ts), each opened the
// first time it is used, starting the same way (at a replica, at the primary, or at least as fresh as the bookmark
// the client sent back for that database). Round trips are counted over all of them, and the bookmark handed back to
// the client names each database read or written, so a later read of any of them sees this request's writes.
import { createDb, type Db } from "./client";
import { batchNamed, type NamedReads, type NamedResults } from "./named-reads";
import { type CountedSession, isBookmark, openCountedSession, type SessionStart } from "./round-trips";
import { certificateShard, DIRECTORY_SHARD, hasShard, idShard, shardDatabase, tokenShard } from "./shards";

export interface ShardSession {
	shard: number;
	db: Db;
	d1: CountedSession;
}

export interface ShardSessions {
	/** The session of one shard (0: the directory). A shard this Worker has no binding for gets the directory's. */
	shard(shard: number): ShardSession;
	/** The shard session of a certificate's data, by its id. */
	forCertificate(certificateId: string): ShardSession;
	/** The shard session of a claim (or an audit or access event), by its id. */
	forClaim(claimId: number): ShardSession;
	/** The shard session of the certificate a claim token shares. */
	forToken(token: string): ShardSession;
	/** Sessions of every shard certificates may be on, for reads that gather across them (an inbox, a sweep). */
	every(): ShardSession[];
	/** Round trips over every session opened, and how many reached a primary. */
	trips(): { total: number; primary: number };
	/** Whether no session has reached a primary yet. */
	mayReadReplica(): boolean;
	/** Sends every later trip of every session (opened or not yet) to its primary. */
	moveToPrimary(): void;
	/** The bookmark to hand back: each database's latest, with `written` (a ledger's, per shard) taking precedence. */
	bookmark(written?: ReadonlyMap<number, string>): string | null;
}

// The bookmark header and cookie: the directory's bookmark first, as before shards, then "<shard>:<bookmark>" for
// each shard, comma-separated.
const SHARD_BOOKMARK = /^(\d{1,4}):(.+)$/;

export function parseBookmarks(sent: string | undefined | null): Map<number, string> {
	const bookmarks = new Map<number, string>();
	if (!sent || sent.length > 4096) return bookmarks;
	for (const part of sent.split(",")) {
		const tagged = SHARD_BOOKMARK.exec(part.trim());
		const [shard, bookmark] = tagged ? [Number(tagged[1]), tagged[2]] : [DIRECTORY_SHARD, part.trim()];
		if (isBookmark(bookmark)) bookmarks.set(shard, bookmark);
	}
	return bookmarks;
}

export function formatBookmarks(bookmarks: ReadonlyMap<number, string>): string | null {
	const parts = [...bookmarks]
		.sort(([a], [b]) => a - b)
		.map(([shard, bookmark]) => (shard === DIRECTORY_SHARD ? bookmark : `${shard}:${bookmark}`));
	return parts.length > 0 ? parts.join(",") : null;
}

export function openShardSessions(
	env: Cloudflare.Env,
	start: "first-unconstrained" | "first-primary",
	sentBookmarks: ReadonlyMap<number, string>,
	allShards: () => number[],
): ShardSessions {
	const opened = new Map<number, ShardSession>();
	let moved = false;

	const shard = (wanted: number): ShardSession => {
		const number = hasShard(env, wanted) ? wanted : DIRECTORY_SHARD;
		let session = opened.get(number);
		if (!session) {
			const sent = sentBookmarks.get(number);
			// A request that has written (an Idempotency-Key reserved, say) reads every other database at its primary
			// too, as one session would have: what it reads next may be what an earlier attempt of it wrote.
			const wrote = [...opened.values()].some(({ d1 }) => !d1.mayReadReplica());
			const from: SessionStart = moved || wrote ? "first-primary" : sent ? { bookmark: sent } : start;
			const d1 = openCountedSession(shardDatabase(env, number), from);
			session = { shard: number, db: createDb(d1.db), d1 };
			opened.set(number, session);
		}
		return session;
	};

	return {
		shard,
		forCertificate: (certificateId) => shard(certificateShard(certificateId)),
		forClaim: (claimId) => shard(idShard(claimId)),
		forToken: (token) => shard(tokenShard(token)),
		every: () => allShards().map(shard),
		trips: () => {
			let total = 0;
			let primary = 0;
			for (const { d1 } of opened.values()) {
				const trips = d1.trips();
				total += trips.total;
				primary += trips.primary;
			}
			return { total, primary };
		},
		mayReadReplica: () => !moved && [...opened.values()].every(({ d1 }) => d1.mayReadReplica()),
		moveToPrimary: () => {
			moved = true;
			for (const { d1 } of opened.values()) d1.moveToPrimary();
		},
		bookmark: (written) => {
			const bookmarks = new Map<number, string>();
			for (const [number, { d1 }] of opened) {
				if (d1.trips().total === 0) continue;
				const bookmark = d1.bookmark();
				if (bookmark) bookmarks.set(number, bookmark);
			}
			for (const [number, bookmark] of written ?? []) bookmarks.set(number, bookmark);
			return formatBookmarks(bookmarks);
		},
	};
}

/**
 * Named reads (one batch per shard) on each shard holding some of `keys`, the shards in parallel; each key's rows
 * concatenated over the shards. For reads by id: certificates, tokens, claims.
 */
export async function readByShard<K, R extends NamedReads>(
	shards: ShardSessions,
	keys: readonly K[],
	shardOf: (key: K) => ShardSession,
	reads: (db: Db, keys: K[]) => R,
): Promise<NamedResults<R>> {
	const groups = new Map<ShardSession, K[]>();
	for (const key of keys) {
		const session = shardOf(key);
		groups.set(session, [...(groups.get(session) ?? []), key]);
	}
	const answers = await Promise.all(
		[...groups].map(([session, mine]) => batchNamed(session.db, reads(session.db, mine))),
	);
	return concatNamed(answers, () => reads(shards.shard(DIRECTORY_SHARD).db, []));
}

/** Named reads run on every shard, in parallel, one batch each; each key's rows concatenated (in shard order). */
export async function readEveryShard<R extends NamedReads>(
	shards: ShardSessions,
	reads: (db: Db, shard: number) => R,
): Promise<NamedResults<R>> {
	const every = shards.every();
	const answers = await Promise.all(every.map((session) => batchNamed(session.db, reads(session.db, session.shard))));
	return concatNamed(answers, () => reads(shards.shard(DIRECTORY_SHARD).db, DIRECTORY_SHARD));
}

function concatNamed<R extends NamedReads>(answers: NamedResults<R>[], shape: () => R): NamedResults<R> {
	const merged: Record<string, unknown[]> = {};
	for (const key of Object.keys(answers[0] ?? shape())) {
		merged[key] = answers.flatMap((answer) => answer[key] as unknown[]);
	}
	return merged as NamedResults<R>;
}
