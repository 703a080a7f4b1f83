// Batch jobs that must end although the process died: job and chunk rows committed with their queue messages lost,
// a chunk consumed halfway, a chunk that keeps being lost; and cancelling a job.
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import type { JobMessage, ShareChunkMessage } from "../src/jobs/messages";
import { CHUNK_LOST_AFTER_MS, MAX_CHUNK_RESENDS } from "../src/jobs/recovery";
import { SWEEP_CRON } from "../src/lib/crons";
import { type Actor, call, captureCertificate, createApiKey, createProperty, signup } from "./helpers";
import { allRows } from "./shard-databases";
import { startReceiver } from "./webhooks/receiver";

async function publisherWith(count: number) {
	const publisher = await signup("Recovery Publisher");
	const property = await createProperty(publisher);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
	return { publisher, ids };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * A job as creating it commits it (the job row and one row per chunk holding its ids, in one batch) whose queue
 * messages were then lost: the process died before the sends, or the local queue's memory went with it.
 */
async function jobWithLostMessages(
	companyId: string,
	ids: string[],
	perChunk: number,
	options: { dueAt?: string; resends?: number[] } = {},
) {
	const jobId = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
	const createdAt = options.dueAt ?? minutesAgo(10);
	const chunks: ShareChunkMessage[] = [];
	for (let i = 0; i < ids.length; i += perChunk) {
		chunks.push({
			type: "share_chunk",
			job_id: jobId,
			chunk: chunks.length,
			first_position: i,
			certificate_ids: ids.slice(i, i + perChunk),
		});
	}
	await env.DB.batch([
		env.DB.prepare(
			"INSERT INTO share_jobs (id, company_id, type, status, total, chunk_count, created_at) VALUES (?, ?, 'batch_share', 'queued', ?, ?, ?)",
		).bind(jobId, companyId, ids.length, chunks.length, createdAt),
		...chunks.map((c) =>
			env.DB.prepare(
				"INSERT INTO share_job_chunks (job_id, chunk, status, attempts, updated_at, first_position, certificate_ids, due_at, resends) VALUES (?, ?, 'queued', 0, ?, ?, ?, ?, ?)",
			).bind(
				jobId,
				c.chunk,
				createdAt,
				c.first_position,
				JSON.stringify(c.certificate_ids),
				createdAt,
				options.resends?.[c.chunk] ?? 0,
			),
		),
	]);
	return { jobId, chunks };
}

async function deliver(queue: string, messages: JobMessage[], attempts = 1) {
	const batch = createMessageBatch<JobMessage>(
		queue,
		messages.map((body) => ({ id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body })),
	);
	const ctx = createExecutionContext();
	await worker.queue(batch, env);
	return getQueueResult(batch, ctx);
}

const sweep = (at = Date.now()) =>
	worker.scheduled(createScheduledController({ cron: SWEEP_CRON, scheduledTime: at }), env);

async function getJob(actor: Actor, jobId: string) {
	const res = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: actor });
	expect(res.status).toBe(200);
	return res.json;
}

async function waitForEnd(actor: Actor, jobId: string) {
	return vi.waitFor(
		async () => {
			const job = await getJob(actor, jobId);
			expect(job.completed_at).not.toBeNull();
			return job;
		},
		{ timeout: 30_000, interval: 100 },
	);
}

/** What the job left in D1: its result rows by outcome and the tokens of each of its certificates. */
async function leftBehind(jobId: string, ids: string[]) {
	// Summed over every database: the rows and tokens are on the shards of their certificates.
	const rows = await allRows<{ total: number; shared: number }>(
		"SELECT count(*) AS total, count(claim_token_id) AS shared FROM share_job_results WHERE job_id = ?",
		jobId,
	);
	const tokens = await allRows<{ certificate_id: string; n: number }>(
		`SELECT certificate_id, count(*) AS n FROM claim_tokens WHERE certificate_id IN (${ids.map(() => "?").join(",")}) GROUP BY certificate_id`,
		...ids,
	);
	return {
		resultRows: rows.reduce((sum, r) => sum + r.total, 0),
		sharedRows: rows.reduce((sum, r) => sum + r.shared, 0),
		tokensPerCertificate: ids.map((id) => tokens.find((t) => t.certificate_id === id)?.n ?? 0),
	};
}

async function chunkRows(jobId: string) {
	return (
		await env.DB.prepare(
			"SELECT chunk, status, resends, due_at, first_position, certificate_ids FROM share_job_chunks WHERE job_id = ? ORDER BY chunk",
		)
			.bind(jobId)
			.all<{
				chunk: number;
				status: string;
				resends: number;
				due_at: string;
				first_position: number;
				certificate_ids: string;
			}>()
	).results;
}

describe("a job whose chunks' messages were lost", () => {
	it("is found by the sweep, re-queued, and ends completed with counts equal to its result rows and one token per certificate", async () => {
		const { publisher, ids } = await publisherWith(6);
		const { jobId, chunks } = await jobWithLostMessages(publisher.company.id, ids, 3);
		// Chunk 0 consumed halfway: the ledgers wrote two shares and their result rows, then the process died before
		// the chunk was ended and the job's counts updated.
		const half: ShareChunkMessage = { ...(chunks[0] as ShareChunkMessage), certificate_ids: ids.slice(0, 2) };
		expect((await deliver("econsent-jobs", [half])).explicitAcks).toHaveLength(1);
		await env.DB.batch([
			env.DB.prepare("UPDATE share_job_chunks SET status = 'queued', due_at = ? WHERE job_id = ? AND chunk = 0").bind(
				minutesAgo(10),
				jobId,
			),
			env.DB.prepare("UPDATE share_jobs SET succeeded = 0, failed = 0 WHERE id = ?").bind(jobId),
		]);
		const before = await getJob(publisher, jobId);
		expect(before).toMatchObject({ status: "running", succeeded: 0, completed_at: null });
		expect((await leftBehind(jobId, ids)).resultRows).toBe(2);

		await sweep();
		const job = await waitForEnd(publisher, jobId);
		const after = await leftBehind(jobId, ids);
		expect(job).toMatchObject({ status: "completed", total: 6, succeeded: 6, failed: 0, error: null });
		expect(after).toEqual({ resultRows: 6, sharedRows: 6, tokensPerCertificate: [1, 1, 1, 1, 1, 1] });
		expect((await chunkRows(jobId)).map((c) => [c.status, c.resends])).toEqual([
			["done", 1],
			["done", 1],
		]);
		// The sweep again, later: nothing of an ended job is sent or shared again.
		await sweep(Date.now() + 10 * 60_000);
		expect(await leftBehind(jobId, ids)).toEqual(after);
	});

	it("leaves chunks alone whose message is not overdue yet", async () => {
		const { publisher, ids } = await publisherWith(2);
		const { jobId } = await jobWithLostMessages(publisher.company.id, ids, 1, { dueAt: new Date().toISOString() });
		await sweep(Date.now() + CHUNK_LOST_AFTER_MS - 5_000);
		expect((await chunkRows(jobId)).map((c) => [c.status, c.resends])).toEqual([
			["queued", 0],
			["queued", 0],
		]);
		expect((await getJob(publisher, jobId)).status).toBe("queued");
		await sweep(Date.now() + CHUNK_LOST_AFTER_MS + 5_000);
		expect((await waitForEnd(publisher, jobId)).status).toBe("completed");
	});

	it("ends the job partially_failed with the reason when a chunk keeps being lost", async () => {
		const { publisher, ids } = await publisherWith(4);
		const { jobId } = await jobWithLostMessages(publisher.company.id, ids, 2, { resends: [0, MAX_CHUNK_RESENDS] });
		await sweep();
		const job = await waitForEnd(publisher, jobId);
		expect(job).toMatchObject({ status: "partially_failed", succeeded: 2, failed: 2 });
		expect(job.error.code).toBe("SHARE_FAILED");
		expect(job.error.message).toContain("lost");
		const after = await leftBehind(jobId, ids);
		expect(after).toEqual({ resultRows: 4, sharedRows: 2, tokensPerCertificate: [1, 1, 0, 0] });
		expect((await chunkRows(jobId)).map((c) => c.status)).toEqual(["done", "dead"]);
	});
});

describe("creating a job", () => {
	it("stores every chunk's ids in the batch that stores the job, so a lost message can be rebuilt", async () => {
		const { publisher, ids } = await publisherWith(1);
		const madeUp = Array.from({ length: 1500 }, (_, i) => `EC-made-up-${i}`);
		const res = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: [...ids, ...madeUp] },
		});
		expect(res.status).toBe(202);
		expect(res.roundTrips).toBe(2);
		const rows = await chunkRows(res.json.id);
		expect(rows.map((r) => r.first_position)).toEqual([0, 1000]);
		expect(rows.flatMap((r) => JSON.parse(r.certificate_ids))).toEqual([...ids, ...madeUp]);
		await waitForEnd(publisher, res.json.id);
	});
});

describe("cancelling a job", () => {
	it("runs no chunk not yet started, keeps the counts of what was shared, and reports the end by webhook", async () => {
		const { publisher, ids } = await publisherWith(4);
		const hooks = startReceiver(`jobs-${crypto.randomUUID().slice(0, 8)}.example.com`);
		const hook = await call("POST", "/webhooks", {
			as: publisher,
			body: { url: hooks.url(), events: ["job.completed"] },
		});
		expect(hook.status).toBe(201);
		const { jobId, chunks } = await jobWithLostMessages(publisher.company.id, ids, 2, {
			dueAt: new Date().toISOString(),
		});
		expect((await deliver("econsent-jobs", [chunks[0] as ShareChunkMessage])).explicitAcks).toHaveLength(1);

		const cancelled = await call("POST", `/certificate-sharing/jobs/${jobId}/cancel`, { as: publisher });
		expect(cancelled.status).toBe(200);
		expect(cancelled.json).toMatchObject({ id: jobId, status: "cancelled", total: 4, succeeded: 2, failed: 0 });
		expect(cancelled.json.completed_at).not.toBeNull();

		// The second chunk's message arrives after all, from the queue or off the dead-letter queue, and the sweep runs
		// later: none of them shares anything or reports its certificates failed.
		expect((await deliver("econsent-jobs", [chunks[1] as ShareChunkMessage])).explicitAcks).toHaveLength(1);
		expect((await deliver("econsent-jobs-dlq", [chunks[1] as ShareChunkMessage], 6)).explicitAcks).toHaveLength(1);
		await sweep(Date.now() + 10 * 60_000);
		expect(await leftBehind(jobId, ids)).toEqual({ resultRows: 2, sharedRows: 2, tokensPerCertificate: [1, 1, 0, 0] });
		expect(await getJob(publisher, jobId)).toMatchObject({ status: "cancelled", succeeded: 2, failed: 0 });
		expect((await chunkRows(jobId)).map((c) => [c.status, c.resends])).toEqual([
			["done", 0],
			["cancelled", 0],
		]);

		await vi.waitFor(() => expect(hooks.received).toHaveLength(1), { timeout: 10_000, interval: 50 });
		expect(JSON.parse(hooks.received[0]?.body ?? "{}")).toMatchObject({
			id: `evt_job_${jobId}`,
			type: "job.completed",
			data: { job_id: jobId, status: "cancelled", total: 4, succeeded: 2, failed: 0 },
		});
		hooks.stop();

		const again = await call("POST", `/certificate-sharing/jobs/${jobId}/cancel`, { as: publisher });
		expect(again.status).toBe(409);
		expect(again.json.error.code).toBe("CONFLICT");
	});

	it("answers 409 for a job that has ended, and 404 for another company's job or an unknown id", async () => {
		const { publisher, ids } = await publisherWith(1);
		const res = await call("POST", "/certificate-sharing/jobs", {
			as: publisher,
			body: { type: "batch_share", certificate_ids: ids },
		});
		const ended = await waitForEnd(publisher, res.json.id);
		const late = await call("POST", `/certificate-sharing/jobs/${res.json.id}/cancel`, { as: publisher });
		expect(late.status).toBe(409);
		expect(late.json.error.code).toBe("CONFLICT");
		expect(await getJob(publisher, res.json.id)).toEqual(ended);

		const { jobId } = await jobWithLostMessages(publisher.company.id, ids, 1, { dueAt: new Date().toISOString() });
		const stranger = await signup("Stranger");
		for (const [actor, id] of [
			[stranger, jobId],
			[publisher, "5f0c2a9e8b7d6c5b4a392817"],
		] as const) {
			const denied = await call("POST", `/certificate-sharing/jobs/${id}/cancel`, { as: actor });
			expect(denied.status).toBe(404);
			expect(denied.json.error.code).toBe("NOT_FOUND");
		}
		const readOnly = await createApiKey(publisher, { scopes: ["certificates:read"] });
		expect((await call("POST", `/certificate-sharing/jobs/${jobId}/cancel`, { as: readOnly })).status).toBe(403);
		expect((await getJob(publisher, jobId)).status).toBe("queued");
	});
});
