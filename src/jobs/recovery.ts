// Batch jobs always end, even when a chunk's queue message is lost: the process died between committing the job and
// sending its chunks, or (under `wrangler dev`) the queue's memory went with a killed process. Every chunk has a row
// holding its ids, written with the job; the sweep (SWEEP_CRON, every 5 minutes) re-sends, from those rows, chunks
// that have not ended and whose message is overdue. The consumer is idempotent (results keyed by job and
// certificate, a chunk that has ended is skipped), so a re-send of a chunk that was only slow costs reads, never a
// second token. A chunk lost again and again is ended as failed, so the job still ends, partially_failed with why.
import { and, asc, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { backgroundShards } from "../db/background-sessions";
import type { Batch, Db } from "../db/client";
import { shareJobChunks, shareJobs } from "../db/schema";
import { sendGroups } from "../lib/queues";
import type { ShareChunkMessage } from "./messages";
import { deadChunk } from "./share-chunk";

/**
 * A chunk not ended this long after its message was due (sent, re-sent, started by the consumer, or a retry's delay
 * over) is taken for lost. One minute, because:
 * - under `npm run dev` the sweep is fired once at start and then every minute (Cron Triggers do not fire locally by
 *   themselves): every chunk a killed server left behind was due before the restart, so the sweep a minute after
 *   start at the latest re-sends it, and a 1,000-certificate chunk takes a few seconds: the job ends within 2 minutes.
 * - in production a healthy chunk is never that overdue in the ways we can see: the consumer refreshes due_at when
 *   the message arrives, a retry sets it to the end of its back-off, and a chunk takes seconds. What we cannot see is
 *   a message waiting behind a backlog on the queue; such a chunk may be sent twice, which is harmless (see above),
 *   and it is not failed for it before MAX_CHUNK_RESENDS sweeps (25 minutes at the 5-minute schedule) found it
 *   overdue each time.
 */
export const CHUNK_LOST_AFTER_MS = 60_000;
/** Re-sends of one chunk before the sweep gives up on it and ends it as failed. */
export const MAX_CHUNK_RESENDS = 5;
/** Chunk rows read per run (each up to 90 KB of ids); more carry on at the next run. */
const MAX_CHUNKS_PER_RUN = 100;

export async function requeueLostChunks(
	env: Cloudflare.Env,
	db: Db,
	at: Date,
): Promise<{ resent: number; failed: number }> {
	const lostBefore = new Date(at.getTime() - CHUNK_LOST_AFTER_MS).toISOString();
	const overdue = await db
		.select({
			jobId: shareJobChunks.jobId,
			chunk: shareJobChunks.chunk,
			firstPosition: shareJobChunks.firstPosition,
			certificateIds: shareJobChunks.certificateIds,
			dueAt: shareJobChunks.dueAt,
			resends: shareJobChunks.resends,
		})
		.from(shareJobChunks)
		.innerJoin(shareJobs, eq(shareJobs.id, shareJobChunks.jobId))
		.where(
			and(
				inArray(shareJobChunks.status, ["queued", "retrying"]),
				lte(shareJobChunks.dueAt, lostBefore),
				isNotNull(shareJobChunks.certificateIds),
				isNull(shareJobs.completedAt),
			),
		)
		.orderBy(asc(shareJobChunks.dueAt))
		.limit(MAX_CHUNKS_PER_RUN);

	const messageOf = (row: (typeof overdue)[number]): ShareChunkMessage => ({
		type: "share_chunk",
		job_id: row.jobId,
		chunk: row.chunk,
		first_position: row.firstPosition ?? 0,
		certificate_ids: row.certificateIds ?? [],
	});
	const givingUp = overdue.filter((row) => row.resends >= MAX_CHUNK_RESENDS);
	const resending = overdue.filter((row) => row.resends < MAX_CHUNK_RESENDS);

	// The chunks stay on the directory; the failure rows of one given up go to its certificates' shards.
	const shards = backgroundShards(env);
	for (const row of givingUp) {
		const reason = `its queue message was lost ${row.resends + 1} times (not picked up within ${CHUNK_LOST_AFTER_MS / 1000} s of being sent)`;
		await deadChunk(env, shards, messageOf(row), 0, reason);
	}

	// Claimed before sending, each only if no other run took it since the read (its due_at unchanged): a crash after
	// this batch leaves the chunk overdue again a minute later, not forgotten.
	const claims =
		resending.length === 0
			? []
			: await db.batch(
					resending.map<BatchItem<"sqlite">>((row) =>
						db
							.update(shareJobChunks)
							.set({ dueAt: at.toISOString(), resends: row.resends + 1 })
							.where(
								and(
									eq(shareJobChunks.jobId, row.jobId),
									eq(shareJobChunks.chunk, row.chunk),
									eq(shareJobChunks.dueAt, row.dueAt ?? ""),
									inArray(shareJobChunks.status, ["queued", "retrying"]),
								),
							),
					) as Batch,
				);
	const claimed = resending.filter((_, i) => ((claims[i] as D1Result | undefined)?.meta.changes ?? 0) > 0);
	const sends = await Promise.allSettled(
		sendGroups(claimed.map(messageOf)).map((group) =>
			env.JOBS.sendBatch(group.map((body) => ({ body, contentType: "json" as const }))),
		),
	);
	for (const outcome of sends) {
		if (outcome.status === "rejected") console.error("re-sending lost job chunks failed; next sweep", outcome.reason);
	}
	if (overdue.length > 0) {
		console.log(`job sweep: ${claimed.length} lost chunks re-sent, ${givingUp.length} given up`);
	}
	return { resent: claimed.length, failed: givingUp.length };
}
