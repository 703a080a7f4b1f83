// A shard's rows point at rows of the directory (src/db/shards.ts): a certificate at its publisher and property, a
// token at its target company and auto-share partnership, a claim at its buyer, a job's result at its job. D1
// enforces foreign keys, and claims, summaries and evidence join a share with its publisher's name and property's
// domain, so the shard holds a copy of each directory row its rows point at, written (if not there yet) in the same
// batch as the first row pointing at it. Companies and properties never change once created, so their copies are
// always true. A partnership's or a job's copy keeps the state it had when copied and is never read: their state is
// read from the directory only.
import type { BatchItem } from "drizzle-orm/batch";
import type { Batch, Db } from "./client";
import { companies, partners, properties, shareJobs } from "./schema";

export interface ReferencedRows {
	companies?: readonly (typeof companies.$inferSelect)[];
	properties?: readonly (typeof properties.$inferSelect)[];
	partners?: readonly (typeof partners.$inferSelect)[];
	shareJobs?: readonly (typeof shareJobs.$inferSelect)[];
}

/** Inserts of the referenced rows a shard may not have yet, parents first; a row already there is left as it is. */
export function referenceCopies(db: Db, rows: ReferencedRows) {
	const unique = <T extends { id: string | number }>(list: readonly T[] | undefined) => [
		...new Map((list ?? []).map((row) => [row.id, row])).values(),
	];
	return [
		...unique(rows.companies).map((row) => db.insert(companies).values(row).onConflictDoNothing()),
		...unique(rows.properties).map((row) => db.insert(properties).values(row).onConflictDoNothing()),
		...unique(rows.partners).map((row) => db.insert(partners).values(row).onConflictDoNothing()),
		...unique(rows.shareJobs).map((row) => db.insert(shareJobs).values(row).onConflictDoNothing()),
	];
}

/** A batch's statements after the copies of the rows they point at. */
export function afterReferenceCopies(db: Db, rows: ReferencedRows, statements: Batch): Batch {
	return [...(referenceCopies(db, rows) as BatchItem<"sqlite">[]), ...statements] as Batch;
}
