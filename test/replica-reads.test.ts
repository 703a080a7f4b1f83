// A read a replica answered from behind is run once more at the primary. There are no replicas on one machine, so a
// replica that has not seen any write yet stands in for one that is behind.
import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app";
import { readFreshOnMiss, readsFromReplica } from "../src/db/replica-reads";
import { type CountedSession, openCountedSession } from "../src/db/round-trips";
import { ApiError } from "../src/lib/errors";
import type { AppContext } from "../src/lib/http";

/** A D1 whose replicas answer every read with no rows; the primary is the real local database. */
function d1WithEmptyReplica(): D1Database {
	const empty = { results: [], success: true, meta: {} };
	const statement: Record<string, unknown> = {
		bind: () => statement,
		all: async () => empty,
		first: async () => null,
		run: async () => empty,
		raw: async () => [],
	};
	const replica = {
		prepare: () => statement,
		batch: async (statements: unknown[]) => statements.map(() => empty),
		getBookmark: () => null,
	};
	return {
		withSession: (start: string) => (start === "first-primary" ? env.DB.withSession("first-primary") : replica),
	} as unknown as D1Database;
}

// The request's sessions, here the one session under test (readFreshOnMiss moves them all to the primary).
const contextOf = (d1: CountedSession) =>
	({
		var: { d1, shards: { mayReadReplica: d1.mayReadReplica, moveToPrimary: d1.moveToPrimary } },
	}) as unknown as AppContext;

/**
 * Whether a request may read from a replica, decided as the app decides it: routed by Hono through the app's own
 * routes, and answered before any of them runs.
 */
async function readsFromReplicaFor(method: string, path: string): Promise<boolean> {
	const probe = new Hono();
	probe.use(async (c, _next) => c.json(readsFromReplica(c)));
	probe.route("/", createApp());
	return (await probe.request(path, { method })).json();
}
const readOne = (d1: CountedSession) => () => d1.db.prepare("SELECT 1 AS one").all<{ one: number }>();

describe("reads a replica may serve", () => {
	it("runs a read that found nothing at a replica once more at the primary, and counts that trip there", async () => {
		const d1 = openCountedSession(d1WithEmptyReplica(), "first-unconstrained");
		const found = await readFreshOnMiss(contextOf(d1), readOne(d1), (r) => r.results.length === 0);
		expect(found.results).toEqual([{ one: 1 }]);
		expect(d1.trips()).toEqual({ total: 2, primary: 1 });
		expect(d1.mayReadReplica()).toBe(false);
	});

	it("keeps an answer the replica had, with no trip to the primary", async () => {
		const d1 = openCountedSession(env.DB, "first-unconstrained");
		const found = await readFreshOnMiss(contextOf(d1), readOne(d1), (r) => r.results.length === 0);
		expect(found.results).toEqual([{ one: 1 }]);
		expect(d1.trips()).toEqual({ total: 1, primary: 0 });
	});

	it("asks the primary again when a replica does not know the credential, and only then answers 401", async () => {
		const d1 = openCountedSession(d1WithEmptyReplica(), "first-unconstrained");
		let attempts = 0;
		const read = async () => {
			attempts++;
			const { results } = await d1.db.prepare("SELECT 1 AS one").all();
			if (results.length === 0) throw new ApiError("UNAUTHORIZED", "no such credential");
			return results;
		};
		expect(await readFreshOnMiss(contextOf(d1), read, () => false)).toEqual([{ one: 1 }]);
		expect(attempts).toBe(2);
		const other = openCountedSession(d1WithEmptyReplica(), "first-unconstrained");
		const never = () =>
			other.db
				.prepare("SELECT 1")
				.all()
				.then(() => Promise.reject(new ApiError("UNAUTHORIZED", "no")));
		await expect(readFreshOnMiss(contextOf(other), never, () => false)).rejects.toThrow("no");
		expect(other.trips()).toEqual({ total: 2, primary: 1 });
	});

	it("reads once at the primary when the session is there already", async () => {
		const d1 = openCountedSession(env.DB, "first-primary");
		await readFreshOnMiss(contextOf(d1), readOne(d1), () => true);
		expect(d1.trips()).toEqual({ total: 1, primary: 1 });
	});

	it("lets reads and the writes the ledgers decide read from a replica, and no other write", async () => {
		expect(await readsFromReplicaFor("GET", "/certificate-sharing/partner-certificates")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/certificates/claim/clm_abc")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/partner-certificates/12/claim")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/certificates/EC-1/share")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificates")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/certificates/batch-verify")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/certificates/batch-claim")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/certificates/batch-share")).toBe(true);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/jobs")).toBe(false);
		expect(await readsFromReplicaFor("POST", "/auth/signup")).toBe(false);
		expect(await readsFromReplicaFor("POST", "/certificate-sharing/consent-rules")).toBe(false);
		expect(await readsFromReplicaFor("POST", "/certificates/EC-1/verify/extra")).toBe(false);
		expect(await readsFromReplicaFor("DELETE", "/certificate-sharing/certificates/claim/clm_abc")).toBe(false);
	});
});
