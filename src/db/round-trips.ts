// In production every D1 call is a network round trip to the primary, so the hot paths have budgets. This wrapper
// counts them per request; the app reports the count in the X-D1-Round-Trips response header.
const inner = Symbol("inner statement");

type Counted = D1PreparedStatement & { [inner]: D1PreparedStatement };

function wrapStatement(statement: D1PreparedStatement, tick: () => void): Counted {
	return {
		[inner]: statement,
		bind: (...values: unknown[]) => wrapStatement(statement.bind(...values), tick),
		first: (...args: [string?]) => {
			tick();
			return statement.first(...(args as [string]));
		},
		run: () => {
			tick();
			return statement.run();
		},
		all: () => {
			tick();
			return statement.all();
		},
		raw: (options?: { columnNames?: boolean }) => {
			tick();
			return statement.raw(options as { columnNames: true });
		},
	} as unknown as Counted;
}

export function countRoundTrips(d1: D1Database): {
	db: D1Database;
	count: () => number;
} {
	let trips = 0;
	const tick = () => {
		trips++;
	};
	const db = {
		prepare: (query: string) => wrapStatement(d1.prepare(query), tick),
		batch: (statements: D1PreparedStatement[]) => {
			tick();
			return d1.batch(statements.map((s) => (s as Counted)[inner] ?? s));
		},
		exec: (query: string) => {
			tick();
			return d1.exec(query);
		},
		dump: () => d1.dump(),
		withSession: (constraint?: string) => d1.withSession(constraint),
	} as unknown as D1Database;
	return { db, count: () => trips };
}
