// Shares one chunk of a batch job, the way a batch share does (makeShares, one call per ledger concerned), safely
// under at-least-once delivery, also when the sweep re-sends a chunk it took for lost (src/jobs/recovery.ts). Every
// certificate of a job that is not cancelled ends with exactly one row in share_job_results:
// - a share's row is written by the ledger in the same D1 batch as the token, so "the ledger wrote it but the ack
//   was lost" leaves a row, and the redelivered chunk skips that certificate;
// - two deliveries racing both read "no row" and both ask the ledgers to share: (job, certificate) is the row's
//   key, so the later batch is refused whole and no second token exists;
// - a certificate that is not the caller's gets an error row, written with INSERT OR IGNORE;
// - a chunk that has ended (done, dead, or cancelled with its job) is not run again: a late message is acked.
import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { chainHeadsQueries } from "../audit/append";
import { type Batch, chunkForParams, chunkRows, type Db } from "../db/client";
import { batchNamed } from "../db/named-reads";
import { referenceCopies } from "../db/reference-copies";
import { companies, shareJobChunks, shareJobResults, shareJobs } from "../db/schema";
import { readByShard, readEveryShard, type ShardSessions } from "../db/shard-sessions";
import { DIRECTORY_SHARD } from "../db/shards";
import { headsRead, newLedgerUsage } from "../ledger/ledger";
import { addDays, now } from "../lib/clock";
import { dataKeyRing, seal } from "../lib/sealed";
import { certificatesToShareQueries, readOnlyPartnershipsQuery, resolveShareRequests } from "../sharing/share-requests";
import { type MadeShare, makeShares } from "../sharing/shares";
import { enqueueEvents, enqueueNotedEvents, jobCompletedDeliveries, sharedEventsByShard } from "../webhooks/emit";
import { eventIds } from "../webhooks/event-ids";
import { linkBase } from "../webhooks/payloads";
import type { ShareChunkMessage } from "./messages";

export const RESULTS_KEPT_DAYS = 7;

/** Where a sealed token belongs: it opens only in its own job's row for its own certificate. */
export const resultSealingContext = (jobId: string, certificateId: string) =>
	`share_job_results:${jobId}:${certificateId}`;

type ResultRow = typeof shareJobResults.$inferInsert;
type JobRow = typeof shareJobs.$inferSelect;
type CompanyRow = typeof companies.$inferSelect;

/** Thrown when some of a chunk's certificates could not be settled yet; the message is retried. */
export class ChunkNotSettled extends Error {}

// A job's result rows live on the shard of the certificate id they are about (an id naming no shard: the
// directory), written by that certificate's ledger with its share or, for a failure, directly. Their job_id points
// at the job, so the shard gets a copy of the job's row (and of the companies it points at) in the same batch.
// The copy is never read: the job's state is the directory's.

/** The job's publisher and target, whose rows the job's copy on a shard points at. */
const jobCompaniesQuery = (directory: Db, jobId: string) =>
	directory
		.select()
		.from(companies)
		.where(
			or(
				inArray(companies.id, sql`(select ${shareJobs.companyId} from ${shareJobs} where ${shareJobs.id} = ${jobId})`),
				inArray(
					companies.id,
					sql`(select ${shareJobs.targetCompanyId} from ${shareJobs} where ${shareJobs.id} = ${jobId})`,
				),
			),
		);

/** What a shard needs before it takes a result row of this job. */
interface JobReferences {
	job: JobRow;
	companies: readonly CompanyRow[];
}

const jobCopies = (db: Db, refs: JobReferences) =>
	referenceCopies(db, { companies: refs.companies, shareJobs: [refs.job] });

/**
 * Failure rows, each on its certificate's shard with the job's copy, the shards in parallel. INSERT OR IGNORE: a
 * certificate that has its row (shared, or failed before) keeps it.
 */
async function writeFailureRows(shards: ShardSessions, refs: JobReferences, rows: readonly ResultRow[]) {
	const byShard = new Map<Db, ResultRow[]>();
	for (const row of rows) {
		const { db } = shards.forCertificate(row.certificateId);
		byShard.set(db, [...(byShard.get(db) ?? []), row]);
	}
	await Promise.all(
		[...byShard].map(([db, mine]) =>
			db.batch([
				...(jobCopies(db, refs) as BatchItem<"sqlite">[]),
				...chunkRows(shareJobResults, mine).map((chunk) =>
					db.insert(shareJobResults).values(chunk).onConflictDoNothing(),
				),
			] as Batch),
		),
	);
}

/** What a chunk reads of the certificates it names, each on its shard: the certificates, their result rows in this
 * job, and their chains' heads. */
const chunkShardReads = (jobId: string) => (db: Db, ids: string[]) => ({
	certificates: certificatesToShareQueries(db, ids),
	settled: settledQueries(db, jobId, ids),
	heads: chainHeadsQueries(db, ids),
});

export async function shareChunk(
	env: Cloudflare.Env,
	shards: ShardSessions,
	message: ShareChunkMessage,
): Promise<void> {
	const { job_id: jobId } = message;
	const ids = message.certificate_ids;
	const startedAt = now();
	const directory = shards.shard(DIRECTORY_SHARD).db;
	const thisChunk = and(eq(shareJobChunks.jobId, jobId), eq(shareJobChunks.chunk, message.chunk));
	// The job's target, for the read-only partnerships, without waiting for the job's row.
	const jobTarget = sql`(select ${shareJobs.targetCompanyId} from ${shareJobs} where ${shareJobs.id} = ${jobId})`;
	// The job on the directory and the certificates on their shards, all at once.
	const [read, onShards] = await Promise.all([
		batchNamed(directory, {
			jobs: directory.select().from(shareJobs).where(eq(shareJobs.id, jobId)),
			chunks: directory.select({ status: shareJobChunks.status }).from(shareJobChunks).where(thisChunk),
			readOnlyPartnerships: readOnlyPartnershipsQuery(directory, jobTarget),
			companies: jobCompaniesQuery(directory, jobId),
			markRunning: directory
				.update(shareJobs)
				.set({ status: "running", startedAt: startedAt.toISOString() })
				.where(and(eq(shareJobs.id, jobId), eq(shareJobs.status, "queued"))),
			// The message arrived: the sweep takes the chunk for lost only if it is not ended a while from now.
			markArrived: directory
				.update(shareJobChunks)
				.set({ dueAt: startedAt.toISOString() })
				.where(and(thisChunk, inArray(shareJobChunks.status, ["queued", "retrying"]))),
		}),
		readByShard(shards, ids, (id) => shards.forCertificate(id), chunkShardReads(jobId)),
	]);
	const job = read.jobs[0];
	// No job (it never committed), or one that has ended (every chunk of it ended, or it was cancelled): this is a
	// redelivery or a chunk not to run, and after the cleanup its result rows would no longer show what it shared.
	if (!job || job.completedAt) return;
	// This chunk ended already (a redelivery, or the sweep's re-send of a chunk that was only slow).
	const chunkStatus = read.chunks[0]?.status;
	if (chunkStatus && !["queued", "retrying"].includes(chunkStatus)) return;
	const refs: JobReferences = { job, companies: read.companies };
	const settled = new Set(onShards.settled.map((r) => r.certificateId));

	const positionOf = new Map(ids.map((id, i) => [id, message.first_position + i]));
	const pending = ids.filter((id) => !settled.has(id));
	const { requests, notOwned } = resolveShareRequests(
		job.companyId,
		pending.map((id) => ({ certificateId: id, targetCompanyId: job.targetCompanyId })),
		{ certificates: onShards.certificates, readOnlyPartnerships: read.readOnlyPartnerships },
	);
	const createdAt = startedAt.toISOString();

	await writeFailureRows(
		shards,
		refs,
		notOwned.map((id) => ({
			jobId,
			certificateId: id,
			position: positionOf.get(id) as number,
			errorCode: "NOT_FOUND",
			errorMessage: "No certificate of yours has this id",
			createdAt,
		})),
	);

	if (requests.length > 0) {
		const ring = await dataKeyRing(env);
		// Written by each ledger in its batch, on its certificates' shard, after the job's copy (makeShares' references),
		// with no OR IGNORE: a row already there refuses the whole batch, and so the second share.
		const resultRows = async (made: readonly MadeShare[]) => {
			const rows: ResultRow[] = await Promise.all(
				made.map(async (share) => ({
					jobId,
					certificateId: share.certificateId,
					position: positionOf.get(share.certificateId) as number,
					claimTokenId: share.tokenId,
					sealedToken: await seal(ring, share.token, resultSealingContext(jobId, share.certificateId)),
					expiresAt: share.expiresAt,
					createdAt,
				})),
			);
			return chunkRows(shareJobResults, rows).map((chunk) => directory.insert(shareJobResults).values(chunk));
		};
		const { made, unconfirmed, webhookEvents } = await makeShares(
			env,
			newLedgerUsage(),
			directory,
			requests,
			{ companyId: job.companyId, userId: job.createdByUserId, ip: null },
			headsRead(
				requests.map((r) => r.certificateId),
				onShards.heads,
			),
			startedAt,
			resultRows,
			// The job its result rows point at, and the companies the job's copy points at (the target among them).
			{ companies: refs.companies, shareJobs: [job] },
		);
		await enqueueNotedEvents(env, sharedEventsByShard(made, webhookEvents));
		// "refused" is what a racing delivery that got there first looks like, and "pending" lands later: either
		// way the rows tell. A certificate still without one is retried, and in the end dead-lettered.
		if (unconfirmed.length > 0) {
			const stillOpen = await unsettled(
				shards,
				jobId,
				unconfirmed.map((u) => u.certificateId),
			);
			if (stillOpen.length > 0) {
				const reasons = [...new Set(unconfirmed.map((u) => u.outcome.status))].join(", ");
				throw new ChunkNotSettled(`${stillOpen.length} certificates not shared yet (ledger answered ${reasons})`);
			}
		}
	}
	await endChunk(env, shards, jobId, message.chunk, "done", null, 0);
}

/** Which of these certificates have their result row in this job, chunked under D1's parameter limit (the job's id
 * takes one parameter of each statement). */
const settledQueries = (db: Db, jobId: string, ids: readonly string[]) =>
	chunkForParams(ids, 1.01).map((chunk) =>
		db
			.select({ certificateId: shareJobResults.certificateId })
			.from(shareJobResults)
			.where(and(eq(shareJobResults.jobId, jobId), inArray(shareJobResults.certificateId, chunk))),
	);

async function unsettled(shards: ShardSessions, jobId: string, ids: readonly string[]): Promise<string[]> {
	const { settled } = await readByShard(
		shards,
		ids,
		(id) => shards.forCertificate(id),
		(db, mine) => ({ settled: settledQueries(db, jobId, mine) }),
	);
	const found = new Set(settled.map((r) => r.certificateId));
	return ids.filter((id) => !found.has(id));
}

/**
 * Keeps the last error of a chunk being retried, for the job's reason if it ends on the dead-letter queue, and when
 * the retry is due (the queue's delay), so the sweep does not take a chunk waiting out its back-off for lost.
 */
export async function noteChunkFailure(
	db: Db,
	jobId: string,
	chunk: number,
	attempts: number,
	error: unknown,
	retryAt: Date,
) {
	const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
	const updatedAt = now().toISOString();
	const dueAt = retryAt.toISOString();
	await db
		.insert(shareJobChunks)
		.values({ jobId, chunk, status: "retrying", attempts, lastError, updatedAt, dueAt })
		.onConflictDoUpdate({
			target: [shareJobChunks.jobId, shareJobChunks.chunk],
			set: { status: "retrying", attempts, lastError, updatedAt, dueAt },
			where: inArray(shareJobChunks.status, ["queued", "retrying"]),
		});
}

/**
 * A chunk that came off the dead-letter queue: its certificates without a result get a SHARE_FAILED row. A share
 * the ledger still holds and writes later is then refused whole by that row, so "failed" stays true.
 */
export async function deadChunk(
	env: Cloudflare.Env,
	shards: ShardSessions,
	message: ShareChunkMessage,
	attempts: number,
	lostReason?: string,
) {
	const directory = shards.shard(DIRECTORY_SHARD).db;
	const read = await batchNamed(directory, {
		chunks: directory
			.select({ status: shareJobChunks.status, lastError: shareJobChunks.lastError, attempts: shareJobChunks.attempts })
			.from(shareJobChunks)
			.where(and(eq(shareJobChunks.jobId, message.job_id), eq(shareJobChunks.chunk, message.chunk))),
		jobs: directory.select().from(shareJobs).where(eq(shareJobs.id, message.job_id)),
		companies: jobCompaniesQuery(directory, message.job_id),
	});
	const chunkRow = read.chunks[0];
	const job = read.jobs[0];
	// Ended already: done by a re-send that got through, dead before, or cancelled with its job. Failing its
	// certificates now would report as failed what was shared, or what the company chose not to run. No job: it
	// never committed, and there is nothing to report on.
	const status = chunkRow?.status;
	if (!job || status === "done" || status === "dead" || status === "cancelled") return;
	const reason = lostReason ?? chunkRow?.lastError ?? "the chunk could not be processed";
	const tries = Math.max(attempts, chunkRow?.attempts ?? 0);
	const createdAt = now().toISOString();
	await writeFailureRows(
		shards,
		{ job, companies: read.companies },
		message.certificate_ids.map((id, i) => ({
			jobId: message.job_id,
			certificateId: id,
			position: message.first_position + i,
			errorCode: "SHARE_FAILED",
			errorMessage: (lostReason ? `Not shared: ${reason}` : `Not shared after ${tries} attempts: ${reason}`).slice(
				0,
				500,
			),
			createdAt,
		})),
	);
	await endChunk(env, shards, message.job_id, message.chunk, "dead", reason, tries);
}

export interface JobCounts {
	succeeded: number;
	failed: number;
}

/** A job's outcomes as its result rows tell them, summed over every shard. */
export async function countResults(shards: ShardSessions, jobId: string): Promise<JobCounts> {
	const { counts } = await readEveryShard(shards, (db) => ({
		counts: db
			.select({ rows: sql<number>`count(*)`, failed: sql<number>`count(${shareJobResults.errorCode})` })
			.from(shareJobResults)
			.where(eq(shareJobResults.jobId, jobId)),
	}));
	const rows = counts.reduce((sum, c) => sum + Number(c.rows), 0);
	const failed = counts.reduce((sum, c) => sum + Number(c.failed), 0);
	return { succeeded: rows - failed, failed };
}

/**
 * Sets a job's counts from its result rows: what was written is what is counted, however often a chunk ran. The
 * rows are on several shards, so they are counted before the job's row is written, and two chunks ending at once
 * may each have counted before the other's rows landed. A job's rows only ever grow while it runs, so a count is
 * never lowered: the chunk that counted last saw every row written before it counted, and its count stands.
 */
export function recountJob(db: Db, jobId: string, counts: JobCounts) {
	return db
		.update(shareJobs)
		.set({
			succeeded: sql`max(${shareJobs.succeeded}, ${counts.succeeded})`,
			failed: sql`max(${shareJobs.failed}, ${counts.failed})`,
		})
		.where(eq(shareJobs.id, jobId));
}

/**
 * Ends a job that has not ended, if `when` holds: its status from its counts (so after recountJob in the same
 * batch), or "cancelled"; the reason for failed certificates (the first dead chunk's, else ids that were not the
 * company's); results kept 7 days from now.
 */
export function endJob(db: Db, jobId: string, at: Date, options: { cancelled?: boolean; when?: SQL } = {}) {
	const firstDeadReason = sql`(select ${shareJobChunks.lastError} from ${shareJobChunks} where ${shareJobChunks.jobId} = ${jobId} and ${shareJobChunks.status} = 'dead' order by ${shareJobChunks.chunk} limit 1)`;
	return db
		.update(shareJobs)
		.set({
			status: options.cancelled
				? "cancelled"
				: sql`case when ${shareJobs.failed} = 0 then 'completed' when ${shareJobs.succeeded} = 0 then 'failed' else 'partially_failed' end`,
			errorCode: sql`case when ${shareJobs.failed} = 0 then null when ${firstDeadReason} is not null then 'SHARE_FAILED' else 'NOT_FOUND' end`,
			errorMessage: sql`case when ${shareJobs.failed} = 0 then null when ${firstDeadReason} is not null then 'Some certificates could not be shared: ' || ${firstDeadReason} else 'Some ids are not certificates of yours' end`,
			completedAt: at.toISOString(),
			resultsExpireAt: addDays(at, RESULTS_KEPT_DAYS).toISOString(),
		})
		.where(and(eq(shareJobs.id, jobId), isNull(shareJobs.completedAt), options.when));
}

/**
 * Marks a chunk ended, recounts the job from its result rows and, once every chunk has ended, settles its status.
 * All statements are idempotent: running them twice gives the same job. The job.completed event is made in the same
 * batch as the job's end, and only once (its id is the job's).
 */
async function endChunk(
	env: Cloudflare.Env,
	shards: ShardSessions,
	jobId: string,
	chunk: number,
	status: "done" | "dead",
	reason: string | null,
	attempts: number,
) {
	const counts = await countResults(shards, jobId);
	const db = shards.shard(DIRECTORY_SHARD).db;
	const at = now();
	const ended = sql`(select count(*) from ${shareJobChunks} where ${shareJobChunks.jobId} = ${jobId} and ${shareJobChunks.status} in ('done', 'dead'))`;
	const { completedEvent } = await batchNamed(db, {
		chunkEnded: db
			.insert(shareJobChunks)
			.values({ jobId, chunk, status, attempts, lastError: reason, updatedAt: at.toISOString() })
			.onConflictDoUpdate({
				target: [shareJobChunks.jobId, shareJobChunks.chunk],
				set: { status, updatedAt: at.toISOString(), lastError: sql`coalesce(${reason}, ${shareJobChunks.lastError})` },
				where: inArray(shareJobChunks.status, ["queued", "retrying"]),
			}),
		recount: recountJob(db, jobId, counts),
		jobEnded: endJob(db, jobId, at, { when: sql`${ended} >= ${shareJobs.chunkCount}` }),
		completedEvent: jobCompletedDeliveries(db, linkBase(env), jobId),
	});
	if ((completedEvent.meta.changes ?? 0) > 0) await enqueueEvents(env, [eventIds.job(jobId)]);
}
