// Cancelling a job: one batch ends it "cancelled" with the counts of its result rows, marks the chunks not yet ended
// so neither a late message nor the sweep runs them, and makes its job.completed event. A chunk already running
// finishes its certificates (its shares are made by the ledgers in one call) and recounts the job when it ends, so
// the counts always equal the result rows; the event reports the counts at the moment of cancelling. The result rows
// are on the certificates' shards: they are counted there while the job is read, and the batch writes the counts.
import { and, eq, inArray } from "drizzle-orm";
import { batchNamed } from "../db/named-reads";
import { shareJobChunks, shareJobs } from "../db/schema";
import { now } from "../lib/clock";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { jobCompletedDeliveries, noteEvents } from "../webhooks/emit";
import { eventIds } from "../webhooks/event-ids";
import { linkBase } from "../webhooks/payloads";
import { countResults, endJob, recountJob } from "./share-chunk";
import { readJob, toJobJson } from "./share-jobs";

const alreadyEnded = (status: string) =>
	new ApiError("CONFLICT", `This job has already ended (${status}); only a job that has not ended can be cancelled`);

export async function cancelShareJob(c: AppContext, jobId: string) {
	// Another company's job is counted too, and the count thrown away with the 404: counting it alongside costs no
	// round trip of waiting.
	const [job, counts] = await Promise.all([readJob(c, jobId), countResults(c.var.shards, jobId)]);
	if (job.completedAt) throw alreadyEnded(job.status);
	const db = c.var.db;
	const at = now();
	const { ended, after } = await batchNamed(db, {
		recount: recountJob(db, job.id, counts),
		ended: endJob(db, job.id, at, { cancelled: true }),
		chunksCancelled: db
			.update(shareJobChunks)
			.set({ status: "cancelled", updatedAt: at.toISOString() })
			.where(and(eq(shareJobChunks.jobId, job.id), inArray(shareJobChunks.status, ["queued", "retrying"]))),
		completedEvent: jobCompletedDeliveries(db, linkBase(c.env), job.id),
		after: db.select().from(shareJobs).where(eq(shareJobs.id, job.id)),
	});
	const row = after[0];
	// Its last chunk ended it between the read and this batch: that end stands (the chunk updates changed nothing).
	if ((ended.meta.changes ?? 0) === 0 || !row) throw alreadyEnded(row?.status ?? job.status);
	noteEvents(c, eventIds.job(job.id));
	return toJobJson(row);
}
