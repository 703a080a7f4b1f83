// Results (sealed tokens) are kept 7 days after a job ends; then they are deleted and the job keeps its counts.
// Run daily by the Cron Trigger; each run deletes in bounded steps so it fits a scheduled invocation's limits.
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { shareJobChunks, shareJobResults, shareJobs } from "../db/schema";

const ROWS_PER_DELETE = 5000;
const MAX_DELETES_PER_RUN = 200;

export async function deleteExpiredResults(db: Db, at: Date): Promise<{ jobs: number; rows: number }> {
	const due = await db
		.select({ id: shareJobs.id })
		.from(shareJobs)
		.where(and(lte(shareJobs.resultsExpireAt, at.toISOString()), isNull(shareJobs.resultsDeletedAt)))
		.limit(100);
	let rows = 0;
	let deletes = 0;
	let jobs = 0;
	for (const { id } of due) {
		for (;;) {
			if (deletes++ >= MAX_DELETES_PER_RUN) return { jobs, rows }; // the next run carries on
			const deleted = await db
				.delete(shareJobResults)
				.where(
					and(
						eq(shareJobResults.jobId, id),
						inArray(
							shareJobResults.position,
							sql`(select ${shareJobResults.position} from ${shareJobResults} where ${shareJobResults.jobId} = ${id} limit ${ROWS_PER_DELETE})`,
						),
					),
				)
				.run();
			const changed = deleted.meta.changes ?? 0;
			rows += changed;
			if (changed < ROWS_PER_DELETE) break;
		}
		await db.batch([
			db.delete(shareJobChunks).where(eq(shareJobChunks.jobId, id)),
			db.update(shareJobs).set({ resultsDeletedAt: at.toISOString() }).where(eq(shareJobs.id, id)),
		]);
		jobs++;
	}
	return { jobs, rows };
}
