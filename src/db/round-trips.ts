// Every request talks to D1 through one session of the Sessions API, and counts its round trips. A session started
// "first-unconstrained" may be served by any read replica (close to the caller, in production); one started
// "first-primary", or from a bookmark, at least as fresh as that. A trip that has to reach the primary — a write, or
// any trip of a session that has written or started at the primary — is counted apart, because from far away it is
// the expensive kind: the app reports both counts in response headers and the tests assert them.
const inner = Symbol("inner statement");

type Counted = D1PreparedStatement & { [inner]: D1PreparedStatement; [isWrite]: boolean };
const isWrite = Symbol("writes");

// drizzle and our own SQL start every write with one of these; everything else we send is a read.
const WRITE = /^\s*(insert|update|delete|replace)\b/i;

export type SessionStart = "first-unconstrained" | "first-primary" | { bookmark: string };

export interface CountedSession {
	db: D1Database;
	/** Round trips so far, and how many of them had to reach the primary. */
	trips(): { total: number; primary: number };
	/** The session's bookmark: hand it back in a later request to read at least this state. */
	bookmark(): string | null;
	/** Whether every trip so far may have been served by a replica (none had to reach the primary). */
	mayReadReplica(): boolean;
	/** Sends every later trip to the primary: for a read a replica answered, but perhaps from behind. */
	moveToPrimary(): void;
}

// D1 bookmarks look like 00000000-00000006-00000000-<32 hex>; anything else a client sends is ignored.
const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

export const isBookmark = (value: string | undefined | null): value is string => !!value && BOOKMARK.test(value);

export function openCountedSession(d1: D1Database, start: SessionStart): CountedSession {
	let session = d1.withSession(typeof start === "string" ? start : start.bookmark);
	let total = 0;
	let primary = 0;
	let atPrimary = start === "first-primary";
	const tick = (writes: boolean) => {
		total++;
		if (writes) atPrimary = true;
		if (atPrimary) primary++;
	};

	const wrap = (statement: D1PreparedStatement, writes: boolean): Counted =>
		({
			[inner]: statement,
			[isWrite]: writes,
			bind: (...values: unknown[]) => wrap(statement.bind(...values), writes),
			first: (...args: [string?]) => {
				tick(writes);
				return statement.first(...(args as [string]));
			},
			run: () => {
				tick(writes);
				return statement.run();
			},
			all: () => {
				tick(writes);
				return statement.all();
			},
			raw: (options?: { columnNames?: boolean }) => {
				tick(writes);
				return statement.raw(options as { columnNames: true });
			},
		}) as unknown as Counted;

	const db = {
		prepare: (query: string) => wrap(session.prepare(query), WRITE.test(query)),
		batch: (statements: D1PreparedStatement[]) => {
			tick(statements.some((s) => (s as Counted)[isWrite]));
			return session.batch(statements.map((s) => (s as Counted)[inner] ?? s));
		},
	} as unknown as D1Database;

	return {
		db,
		trips: () => ({ total, primary }),
		bookmark: () => session.getBookmark(),
		mayReadReplica: () => !atPrimary,
		moveToPrimary: () => {
			if (atPrimary) return;
			// A new session at the primary; the old one's bookmark is behind it, so nothing read is lost.
			session = d1.withSession("first-primary");
			atPrimary = true;
		},
	};
}
