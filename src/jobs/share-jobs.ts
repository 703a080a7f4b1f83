// Creating a batch job and reading it back. The request only checks the body, resolves a filter to ids, stores the
// job and queues its chunks; whether each id is a certificate of the caller's is the consumer's business, and is
// reported per certificate in the results. The job and its chunks are on the directory; a filter is matched on every
// shard, once authentication has named the caller's company.

import type { z } from "@hono/zod-openapi";
import { and, asc, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import { authenticate } from "../auth/authenticate";
import type { Db } from "../db/client";
import { certificates, companies, shareJobChunks, shareJobs } from "../db/schema";
import { readEveryShard } from "../db/shard-sessions";
import { deriveHex } from "../idempotency/retry-scope";
import { now } from "../lib/clock";
import { newId } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import type { AppContext } from "../lib/http";
import { before } from "../lib/pagination";
import { bytesOf, MAX_BYTES_PER_MESSAGE, sendGroups } from "../lib/queues";
import { jobCompletedDeliveries, noteEvents } from "../webhooks/emit";
import { eventIds } from "../webhooks/event-ids";
import { linkBase } from "../webhooks/payloads";
import {
	CERTIFICATES_PER_CHUNK,
	type CreateJobBodySchema,
	MAX_JOB_CERTIFICATES,
	type ShareJobSchema,
} from "./jobs.routes";
import type { ShareChunkMessage } from "./messages";

/**
 * A chunk's bytes, counted as its message's JSON. The same ids are stored in the chunk's D1 row (one statement per
 * row, ids in one bound value), so this stays below a message's 128 KB and a D1 statement's 100 KB even if the
 * bound value counted toward the statement.
 */
const MAX_BYTES_PER_CHUNK = Math.min(MAX_BYTES_PER_MESSAGE, 90_000);

/** Splits a job's ids into messages of at most 1,000 ids and 90 KB each, positions counted across the job. */
export function chunkMessages(jobId: string, ids: readonly string[]): ShareChunkMessage[] {
	const messages: ShareChunkMessage[] = [];
	let current: ShareChunkMessage | null = null;
	let bytes = 0;
	ids.forEach((id, position) => {
		const idBytes = bytesOf(id) + 1;
		if (!current || current.certificate_ids.length >= CERTIFICATES_PER_CHUNK || bytes + idBytes > MAX_BYTES_PER_CHUNK) {
			current = {
				type: "share_chunk",
				job_id: jobId,
				chunk: messages.length,
				first_position: position,
				certificate_ids: [],
			};
			messages.push(current);
			bytes = bytesOf(current);
		}
		current.certificate_ids.push(id);
		bytes += idBytes;
	});
	return messages;
}

type CreateJobBody = z.infer<typeof CreateJobBodySchema>;
type Filter = NonNullable<CreateJobBody["filter"]>;

function filterConditions(company: string, filter: Filter): SQL | undefined {
	return and(
		eq(certificates.companyId, company),
		filter.property_id ? eq(certificates.propertyId, filter.property_id) : undefined,
		filter.captured_after
			? gt(certificates.consentCapturedAt, new Date(filter.captured_after).toISOString())
			: undefined,
		filter.captured_before
			? lt(certificates.consentCapturedAt, new Date(filter.captured_before).toISOString())
			: undefined,
	);
}

/**
 * The caller's certificates a filter matches, oldest first, over every shard (each shard's in parallel), one more
 * than allowed to tell "too many" from "exactly the limit".
 */
async function matchFilter(c: AppContext, companyId: string, filter: Filter) {
	const { matched } = await readEveryShard(c.var.shards, (db) => ({
		matched: db
			.select({ id: certificates.id, createdAt: certificates.createdAt })
			.from(certificates)
			.where(filterConditions(companyId, filter))
			.orderBy(asc(certificates.createdAt), asc(certificates.id))
			.limit(MAX_JOB_CERTIFICATES + 1),
	}));
	return matched
		.sort((a, b) =>
			a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
		)
		.slice(0, MAX_JOB_CERTIFICATES + 1);
}

export async function createShareJob(c: AppContext, body: CreateJobBody) {
	const db = c.var.db;
	// A keyed request's job id is derived from its Idempotency-Key: a retry after a crash finds the job its dead
	// attempt stored (whose chunks the sweep sends) and answers it, instead of creating a second job.
	const scope = c.var.retryScope;
	const jobId = scope ? await deriveHex(scope, "job-id", "", 12) : newId();
	const { caller, results } = await authenticate(c, (company) => ({
		madeBefore: db
			.select()
			.from(shareJobs)
			.where(and(eq(shareJobs.id, scope ? jobId : ""), eq(shareJobs.companyId, company))),
		targetRows: db
			.select({ id: companies.id })
			.from(companies)
			.where(eq(companies.id, body.target_company_id ?? "")),
	}));
	const { targetRows } = results;
	const madeBefore = results.madeBefore[0];
	if (madeBefore) {
		const { id, type, status, total, created_at } = toJobJson(madeBefore);
		return { id, type, status, total, created_at };
	}
	if (body.target_company_id === caller.companyId) {
		throw new ApiError("VALIDATION_FAILED", "A company cannot share with itself", {
			fields: [{ field: "target_company_id", message: "must be another company" }],
		});
	}
	if (body.target_company_id && !targetRows[0]) throw new ApiError("NOT_FOUND", "Target company not found");
	const matched = body.filter ? await matchFilter(c, caller.companyId, body.filter) : [];
	if (matched.length > MAX_JOB_CERTIFICATES) {
		throw new ApiError("VALIDATION_FAILED", "The filter matches more than 100,000 certificates", {
			fields: [{ field: "filter", message: "must match at most 100,000 certificates; narrow it" }],
		});
	}
	const ids = [...new Set(body.certificate_ids ?? matched.map((m) => m.id))];
	const createdAt = now().toISOString();
	const messages = chunkMessages(jobId, ids);
	const nothingMatched = ids.length === 0;
	const insertJob = db.insert(shareJobs).values({
		id: jobId,
		companyId: caller.companyId,
		createdByUserId: caller.userId,
		type: "batch_share",
		targetCompanyId: body.target_company_id ?? null,
		status: nothingMatched ? "failed" : "queued",
		total: ids.length,
		chunkCount: messages.length,
		errorCode: nothingMatched ? "NO_CERTIFICATES_MATCHED" : null,
		errorMessage: nothingMatched ? "The filter matches no certificate of yours" : null,
		createdAt,
		completedAt: nothingMatched ? createdAt : null,
	});
	if (nothingMatched) {
		// Ended as it was made: its job.completed goes with it.
		await db.batch([insertJob, jobCompletedDeliveries(db, linkBase(c.env), jobId)]);
		noteEvents(c, eventIds.job(jobId));
	} else {
		// The chunks' rows land with the job or not at all: a job never exists with ids the sweep could not re-send.
		await db.batch([insertJob, ...chunkRows(db, messages, createdAt)]);
	}
	await enqueue(c.env, messages);
	return {
		id: jobId,
		type: "batch_share" as const,
		status: nothingMatched ? "failed" : "queued",
		total: ids.length,
		created_at: createdAt,
	} as const;
}

/** One statement per chunk: a row holds up to 90 KB of ids (see MAX_BYTES_PER_CHUNK), so rows are not combined. */
function chunkRows(db: Db, messages: readonly ShareChunkMessage[], sentAt: string) {
	return messages.map((message) =>
		db.insert(shareJobChunks).values({
			jobId: message.job_id,
			chunk: message.chunk,
			status: "queued",
			attempts: 0,
			updatedAt: sentAt,
			firstPosition: message.first_position,
			certificateIds: message.certificate_ids,
			dueAt: sentAt,
		}),
	);
}

/**
 * Sends the chunks, all sendBatch calls at once: the answer waits for the slowest, not for their sum. A send the
 * queue refuses fails nothing: the chunk's row is there, and the sweep re-sends it once it is overdue.
 */
async function enqueue(env: Cloudflare.Env, messages: ShareChunkMessage[]) {
	const groups = sendGroups(messages);
	const sent = await Promise.allSettled(
		groups.map((group) => env.JOBS.sendBatch(group.map((body) => ({ body, contentType: "json" as const })))),
	);
	for (const outcome of sent) {
		if (outcome.status === "rejected") {
			console.error("queueing a job's chunks failed; the sweep will send them again", outcome.reason);
		}
	}
}

type JobRow = typeof shareJobs.$inferSelect;

/**
 * How far a job is, from its row alone so that a status poll never waits on the job: the share of its certificates
 * that have a result (succeeded or failed), which each chunk's end brings up to date. Rounded down to 4 places, so it
 * says 1 only once every certificate has its result; a job that ended with nothing to share (no match) is 1 too. A
 * cancelled job keeps the share it had reached.
 */
export function jobProgress(row: Pick<JobRow, "total" | "succeeded" | "failed" | "completedAt">): number {
	if (row.total === 0) return row.completedAt ? 1 : 0;
	const settled = Math.min(row.succeeded + row.failed, row.total);
	return Math.floor((settled / row.total) * 10_000) / 10_000;
}

export function toJobJson(row: JobRow): z.infer<typeof ShareJobSchema> {
	return {
		id: row.id,
		type: row.type,
		status: row.status,
		target_company_id: row.targetCompanyId,
		total: row.total,
		succeeded: row.succeeded,
		failed: row.failed,
		progress: jobProgress(row),
		error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? "" } : null,
		created_at: row.createdAt,
		started_at: row.startedAt,
		completed_at: row.completedAt,
		results_expire_at: row.resultsExpireAt,
	};
}

/**
 * The caller's job by id: another company's and a made-up id are the same 404. One read of the job's row by its key,
 * in authentication's own round trip: nothing here waits on a chunk being shared.
 */
export async function readJob(c: AppContext, jobId: string): Promise<JobRow> {
	const { results } = await authenticate(c, (company) => ({
		job: c.var.db
			.select()
			.from(shareJobs)
			.where(and(eq(shareJobs.id, jobId), eq(shareJobs.companyId, company))),
	}));
	const job = results.job[0];
	if (!job) throw new ApiError("NOT_FOUND", "Job not found");
	return job;
}

export async function listJobs(c: AppContext, limit: number, from: readonly [string, string] | null) {
	const { results } = await authenticate(c, (company) => ({
		jobs: c.var.db
			.select()
			.from(shareJobs)
			.where(
				and(eq(shareJobs.companyId, company), from ? before([shareJobs.createdAt, shareJobs.id], from) : undefined),
			)
			.orderBy(desc(shareJobs.createdAt), desc(shareJobs.id))
			.limit(limit + 1),
	}));
	return results.jobs;
}
