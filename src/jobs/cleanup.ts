// Results (sealed tokens) are kept 7 days after a job ends; then they are deleted and the job keeps its counts.
// Run daily by the Cron Trigger; each run deletes in bounded steps so it fits a scheduled invocation's limits.
// A job's result rows are on the shards of its certificates (src/jobs/share-chunk.ts), so each shard is cleared;
// the job is marked once every shard has none left.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { backgroundShards } from "../db/background-sessions";
import type { Db } from "../db/client";
import { shareJobChunks, shareJobResults, shareJobs } from "../db/schema";

const ROWS_PER_DELETE = 5000;
const MAX_DELETES_PER_RUN = 200;

export async function deleteExpiredResults(
	env: Cloudflare.Env,
	db: Db,
	at: Date,
): Promise<{ jobs: number; rows: number }> {
	const due = await db
		.select({ id: shareJobs.id })
		.from(shareJobs)
		.where(and(lte(shareJobs.resultsExpireAt, at.toISOString()), isNull(shareJobs.resultsDeletedAt)))
		.limit(100);
	const shards = due.length > 0 ? backgroundShards(env).every() : [];
	let rows = 0;
	let deletes = 0;
	let jobs = 0;
	for (const { id } of due) {
		for (const shard of shards) {
			for (;;) {
				if (deletes++ >= MAX_DELETES_PER_RUN) return { jobs, rows }; // the next run carries on
				const changed = await deleteSomeResults(shard.db, id);
				rows += changed;
				if (changed < ROWS_PER_DELETE) break;
			}
		}
		await db.batch([
			db.delete(shareJobChunks).where(eq(shareJobChunks.jobId, id)),
			db.update(shareJobs).set({ resultsDeletedAt: at.toISOString() }).where(eq(shareJobs.id, id)),
		]);
		jobs++;
	}
	return { jobs, rows };
}

/** Deletes up to ROWS_PER_DELETE of a job's result rows on one database; how many it deleted. */
async function deleteSomeResults(db: Db, jobId: string): Promise<number> {
	const deleted = await db
		.delete(shareJobResults)
		.where(
			and(
				eq(shareJobResults.jobId, jobId),
				inArray(
					shareJobResults.position,
					sql`(select ${shareJobResults.position} from ${shareJobResults} where ${shareJobResults.jobId} = ${jobId} limit ${ROWS_PER_DELETE})`,
				),
			),
		)
		.run();
	return deleted.meta.changes ?? 0;
}
