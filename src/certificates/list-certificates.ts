// The publisher's certificates, newest first, one page at a time. They are spread over every shard (a certificate's
// shard is picked at random when it is made), so each shard gives its own newest-first run and the runs are merged
// by the list's order, (created_at, id) descending. The merged list is the one a single database would give: a page
// by cursor starts after the cursor's key on every shard; a page by number needs the rows before it from every
// shard, which only their keys are read for, then the page's rows by id.
import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import { chunkForParams, type Db } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { certificates } from "../db/schema";
import { readByShard } from "../db/shard-sessions";
import { DIRECTORY_SHARD } from "../db/shards";
import type { AppContext } from "../lib/http";
import { before, type CursorKey, decodeCursor, encodeCursor, offsetOf, refuseTooDeepPage } from "../lib/pagination";
import type { CertificateRow } from "./record";

export interface ListQuery {
	limit: number;
	page: number;
	cursor?: string;
	property_id?: string;
}

type Key = { createdAt: string; id: string };

/** The list's order: newest first, the id breaking ties, as `before()` and the index read it. */
export function newestFirst(a: Key, b: Key): number {
	if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
	return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

const keyOf = (row: Key): CursorKey => [row.createdAt, row.id];

/**
 * One page from rows merged over the shards: the `limit` rows from `offset` on, in the list's order, and the cursor
 * to the next page when there is a row after them. Pure, so the merge is tested on its own.
 */
export function mergedPage<Row extends Key>(rows: readonly Row[], offset: number, limit: number) {
	const window = [...rows].sort(newestFirst).slice(offset, offset + limit + 1);
	const served = window.slice(0, limit);
	const last = served.at(-1);
	return { rows: served, next_cursor: window.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

export async function listCertificates(c: AppContext, query: ListQuery) {
	const from = decodeCursor(query.cursor, ["string", "string"]);
	// A cursor says where the page starts; page numbers are the older way of saying it.
	const offset = from ? 0 : offsetOf(query);
	if (!from) refuseTooDeepPage(query, "certificate");
	// Each shard's run, newest first from the cursor: every row the merged page could take from it (all of the rows
	// before the page and the page's own, plus one to tell whether a next page exists), and its count.
	const perShard = offset + query.limit + 1;
	const newest = [desc(certificates.createdAt), desc(certificates.id)] as const;
	const runOn = (db: Db, company: SQL | string) => {
		const mine = and(
			eq(certificates.companyId, company),
			query.property_id ? eq(certificates.propertyId, query.property_id) : undefined,
		);
		const where = and(mine, from ? before([certificates.createdAt, certificates.id], from) : undefined);
		return {
			rows:
				offset === 0
					? [
							db
								.select()
								.from(certificates)
								.where(where)
								.orderBy(...newest)
								.limit(perShard),
						]
					: [],
			// A page by number past the first reads keys only, and the page's own rows by id afterwards.
			keys:
				offset === 0
					? []
					: [
							db
								.select({ createdAt: certificates.createdAt, id: certificates.id })
								.from(certificates)
								.where(where)
								.orderBy(...newest)
								.limit(perShard),
						],
			totals: db.select({ total: count() }).from(certificates).where(mine),
		};
	};
	// The directory (shard 0) is read with authentication, scoped by the credential's company; the other shards
	// cannot see the credential, so they are read once the caller's company is known, in parallel.
	const { caller, results: directoryRun } = await authenticate(c, (company) => runOn(c.var.db, company));
	const shardRuns = await Promise.all(
		c.var.shards
			.every()
			.filter((session) => session.shard !== DIRECTORY_SHARD)
			.map((session) => batchNamed(session.db, runOn(session.db, caller.companyId))),
	);
	const runs = [directoryRun, ...shardRuns];
	const rows = runs.flatMap((run) => run.rows);
	const keys = runs.flatMap((run) => run.keys);
	const totals = runs.flatMap((run) => run.totals);
	const total = totals.reduce((sum, row) => sum + row.total, 0);
	if (offset === 0) return { ...mergedPage(rows, 0, query.limit), total };

	const page = mergedPage(keys, offset, query.limit);
	const ids = page.rows.map((row) => row.id);
	const { found } = await readByShard(
		c.var.shards,
		ids,
		(id) => c.var.shards.forCertificate(id),
		(db, wanted) => ({
			found: chunkForParams(wanted, 1).map((chunk) =>
				db.select().from(certificates).where(inArray(certificates.id, chunk)),
			),
		}),
	);
	const byId = new Map(found.map((row) => [row.id, row]));
	const served = ids.map((id) => byId.get(id)).filter((row): row is CertificateRow => row !== undefined);
	return { rows: served, next_cursor: page.next_cursor, total };
}
