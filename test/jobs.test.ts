import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../src/index";
import { CERTIFICATES_PER_CHUNK } from "../src/jobs/jobs.routes";
import type { JobMessage, ShareChunkMessage } from "../src/jobs/messages";
import { chunkMessages, jobProgress } from "../src/jobs/share-jobs";
import { sendGroups } from "../src/lib/queues";
import { type Actor, call, captureCertificate, createApiKey, createProperty, signup } from "./helpers";
import { allRows } from "./shard-databases";

async function publisherWith(count: number) {
	const publisher = await signup("Batch Publisher");
	const property = await createProperty(publisher);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) ids.push((await captureCertificate(publisher, property.id)).certificate_id);
	return { publisher, property, ids };
}

async function createJob(actor: Actor, body: Record<string, unknown>, headers: Record<string, string> = {}) {
	return call("POST", "/certificate-sharing/jobs", { as: actor, headers, body: { type: "batch_share", ...body } });
}

async function waitForEnd(actor: Actor, jobId: string) {
	return vi.waitFor(
		async () => {
			const res = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: actor });
			expect(res.status).toBe(200);
			expect(res.json.completed_at).not.toBeNull();
			return res.json;
		},
		{ timeout: 30_000, interval: 100 },
	);
}

async function results(actor: Actor, jobId: string, accept = "application/x-ndjson") {
	return call("GET", `/certificate-sharing/jobs/${jobId}/results`, { as: actor, headers: { accept } });
}

const ndjson = (text: string) =>
	text
		.split("\n")
		.filter(Boolean)
		.map((line) => JSON.parse(line));

async function deliver(queue: string, messages: JobMessage[], attempts = 1, workerEnv: Cloudflare.Env = env) {
	const batch = createMessageBatch<JobMessage>(
		queue,
		messages.map((body) => ({ id: `m-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body })),
	);
	const ctx = createExecutionContext();
	await worker.queue(batch, workerEnv);
	return getQueueResult(batch, ctx);
}

/** Rows counted on every database: a job's certificates, tokens and result rows are spread over the shards. */
async function countEverywhere(sql: string, ...params: unknown[]) {
	const counts = await allRows<{ n: number }>(sql, ...params);
	return counts.reduce((sum, row) => sum + row.n, 0);
}

async function tokensOf(certificateIds: string[]) {
	const placeholders = certificateIds.map(() => "?").join(", ");
	return countEverywhere(
		`SELECT count(*) AS n FROM claim_tokens WHERE certificate_id IN (${placeholders})`,
		...certificateIds,
	);
}

/** A queued job whose chunks only the test delivers: the row as the API writes it, with no messages sent. */
async function jobRow(companyId: string, total: number, chunkCount: number) {
	const id = crypto.randomUUID().replaceAll("-", "").slice(0, 24);
	await env.DB.prepare(
		"INSERT INTO share_jobs (id, company_id, type, status, total, chunk_count, created_at) VALUES (?, ?, 'batch_share', 'queued', ?, ?, ?)",
	)
		.bind(id, companyId, total, chunkCount, new Date().toISOString())
		.run();
	return id;
}

describe("batch share jobs", () => {
	it("shares every certificate, reports ids that are not the caller's in the results, in input order", async () => {
		const { publisher, ids } = await publisherWith(3);
		const other = await publisherWith(1);
		const asked = [ids[0], other.ids[0], ids[1], "EC-made-up", ids[2], ids[0]] as string[];
		const res = await createJob(publisher, { certificate_ids: asked });
		expect(res.status).toBe(202);
		expect(res.json).toMatchObject({ type: "batch_share", status: "queued", total: 5 });
		expect(res.headers.get("location")).toBe(`/certificate-sharing/jobs/${res.json.id}`);
		// Authentication with its reads, then the job row; the queue is not the database.
		expect(res.roundTrips).toBe(2);

		const job = await waitForEnd(publisher, res.json.id);
		expect(job).toMatchObject({ status: "partially_failed", total: 5, succeeded: 3, failed: 2 });
		expect(job.error.code).toBe("NOT_FOUND");
		expect(job.started_at).not.toBeNull();

		const lines = ndjson((await results(publisher, res.json.id)).text);
		expect(lines.map((l) => l.certificate_id)).toEqual(asked.slice(0, 5));
		expect(lines[1]).toEqual({
			certificate_id: other.ids[0],
			error: { code: "NOT_FOUND", message: "No certificate of yours has this id" },
		});
		expect(lines[0].claim_token).toMatch(/^clm_/);
		expect(lines[0].claim_url).toContain(lines[0].claim_token);
		// The other publisher's certificate got no token from this job.
		expect(await tokensOf(other.ids)).toBe(0);

		// A token from the results works like any other.
		const buyer = await signup("Batch Buyer");
		const claim = await call("POST", `/certificate-sharing/certificates/claim/${lines[0].claim_token}`, { as: buyer });
		expect(claim.status).toBe(200);
	});

	it("ends completed when every certificate was shared, and targets the buyer's inbox", async () => {
		const { publisher, ids } = await publisherWith(2);
		const buyer = await signup("Target Buyer");
		const res = await createJob(publisher, { certificate_ids: ids, target_company_id: buyer.company.id });
		const job = await waitForEnd(publisher, res.json.id);
		expect(job).toMatchObject({
			status: "completed",
			succeeded: 2,
			failed: 0,
			error: null,
			target_company_id: buyer.company.id,
		});
		const inbox = await call("GET", "/certificate-sharing/partner-certificates?status=pending", { as: buyer });
		expect(inbox.json.data.map((d: { certificate_id: string }) => d.certificate_id).sort()).toEqual([...ids].sort());
	});

	it("streams the results as CSV with a header row", async () => {
		const { publisher, ids } = await publisherWith(2);
		const res = await createJob(publisher, { certificate_ids: [...ids, "=HYPERLINK(1)"] });
		await waitForEnd(publisher, res.json.id);
		const csv = await results(publisher, res.json.id, "text/csv");
		expect(csv.status).toBe(200);
		expect(csv.headers.get("content-type")).toContain("text/csv");
		const rows = csv.text.trimEnd().split("\r\n");
		expect(rows[0]).toBe("certificate_id,claim_token,claim_url,expires_at,error_code,error_message");
		expect(rows).toHaveLength(4);
		expect(rows[1]?.startsWith(`${ids[0]},clm_`)).toBe(true);
		// A spreadsheet must not run an id as a formula.
		expect(rows[3]?.startsWith("'=HYPERLINK(1),,,,NOT_FOUND,")).toBe(true);
	});

	it("picks the results format by the Accept header's q-values, and answers 406 when it allows neither", async () => {
		const { publisher, ids } = await publisherWith(1);
		const res = await createJob(publisher, { certificate_ids: ids });
		await waitForEnd(publisher, res.json.id);
		const typeFor = async (accept: string) => {
			const answer = await results(publisher, res.json.id, accept);
			return answer.status === 200 ? answer.headers.get("content-type")?.split(";")[0] : answer.status;
		};
		expect(await typeFor("text/csv;q=0, application/x-ndjson")).toBe("application/x-ndjson");
		expect(await typeFor("text/csv; q=0.0, */*")).toBe("application/x-ndjson");
		expect(await typeFor("application/x-ndjson;q=0.5, text/csv")).toBe("text/csv");
		expect(await typeFor("text/*")).toBe("text/csv");
		expect(await typeFor("*/*")).toBe("application/x-ndjson");
		expect(await typeFor("")).toBe("application/x-ndjson");
		expect(await typeFor("text/csv, application/x-ndjson")).toBe("text/csv");
		const refused = await results(publisher, res.json.id, "application/json, text/csv;q=0");
		expect(refused.status).toBe(406);
		expect(refused.json.error.code).toBe("NOT_ACCEPTABLE");
	});

	it("refuses a filter whose captured_after is later than its captured_before, naming the field", async () => {
		const { publisher } = await publisherWith(1);
		const res = await createJob(publisher, {
			filter: { captured_after: "2026-06-02T00:00:00Z", captured_before: "2026-06-01T00:00:00Z" },
		});
		expect(res.status).toBe(400);
		expect(res.json.error.code).toBe("VALIDATION_FAILED");
		expect(res.json.error.fields).toEqual([
			{ field: "filter.captured_after", message: expect.stringContaining("captured_before") },
		]);
		const jobs = await call("GET", "/certificate-sharing/jobs", { as: publisher });
		expect(jobs.json.data).toEqual([]);
	});

	it("selects certificates by filter, and a filter matching nothing is a failed job, not a failed request", async () => {
		const { publisher, property, ids } = await publisherWith(2);
		const other = await createProperty(publisher, "forms.other.example");
		await captureCertificate(publisher, other.id);
		const res = await createJob(publisher, { filter: { property_id: property.id } });
		expect(res.status).toBe(202);
		expect(res.json.total).toBe(2);
		await waitForEnd(publisher, res.json.id);
		const lines = ndjson((await results(publisher, res.json.id)).text);
		expect(lines.map((l) => l.certificate_id).sort()).toEqual([...ids].sort());

		const none = await createJob(publisher, { filter: { captured_before: "2001-01-01T00:00:00Z" } });
		expect(none.status).toBe(202);
		expect(none.json).toMatchObject({ status: "failed", total: 0 });
		const job = await call("GET", `/certificate-sharing/jobs/${none.json.id}`, { as: publisher });
		expect(job.json.error.code).toBe("NO_CERTIFICATES_MATCHED");
	});

	it("refuses an invalid body with 400 and creates no job", async () => {
		const { publisher, property, ids } = await publisherWith(1);
		const count = async () =>
			(
				await env.DB.prepare("SELECT count(*) AS n FROM share_jobs WHERE company_id = ?")
					.bind(publisher.company.id)
					.first<{ n: number }>()
			)?.n;
		const bodies = [
			{},
			{ certificate_ids: [] },
			{ certificate_ids: ids, filter: { property_id: property.id } },
			{ type: "batch_delete", certificate_ids: ids },
			{ filter: { captured_after: "yesterday" } },
			{ certificate_ids: ids, extra: 1 },
		];
		for (const body of bodies) {
			const res = await call("POST", "/certificate-sharing/jobs", {
				as: publisher,
				body: { type: "batch_share", ...body },
			});
			expect(res.status, JSON.stringify(body)).toBe(400);
			expect(res.json.error.code).toBe("VALIDATION_FAILED");
		}
		expect(await count()).toBe(0);
		const self = await createJob(publisher, { certificate_ids: ids, target_company_id: publisher.company.id });
		expect(self.status).toBe(400);
		expect(await count()).toBe(0);
	});

	it("replays the same job for a repeated Idempotency-Key", async () => {
		const { publisher, ids } = await publisherWith(1);
		const first = await createJob(publisher, { certificate_ids: ids }, { "idempotency-key": "job-1" });
		const again = await createJob(publisher, { certificate_ids: ids }, { "idempotency-key": "job-1" });
		expect(again.status).toBe(202);
		expect(again.json.id).toBe(first.json.id);
		expect(again.headers.get("idempotency-replayed")).toBe("true");
	});

	it("shows a job, its results and the list to the creating company only", async () => {
		const { publisher, ids } = await publisherWith(1);
		const stranger = await signup("Stranger");
		const res = await createJob(publisher, { certificate_ids: ids });
		for (const path of [
			`/certificate-sharing/jobs/${res.json.id}`,
			`/certificate-sharing/jobs/${res.json.id}/results`,
		]) {
			const denied = await call("GET", path, { as: stranger });
			expect(denied.status).toBe(404);
			expect(denied.json.error.code).toBe("NOT_FOUND");
		}
		expect((await call("GET", "/certificate-sharing/jobs", { as: stranger })).json.data).toEqual([]);
		const key = await createApiKey(publisher, { scopes: ["certificates:read"] });
		expect((await call("GET", `/certificate-sharing/jobs/${res.json.id}`, { as: key })).status).toBe(403);
	});

	it("lists the caller's jobs newest first, a page at a time", async () => {
		const { publisher, ids } = await publisherWith(1);
		const made: string[] = [];
		for (let i = 0; i < 3; i++) made.push((await createJob(publisher, { certificate_ids: ids })).json.id);
		const first = await call("GET", "/certificate-sharing/jobs?limit=2", { as: publisher });
		expect(first.json.data.map((j: { id: string }) => j.id)).toEqual([made[2], made[1]]);
		const second = await call("GET", `/certificate-sharing/jobs?limit=2&cursor=${first.json.next_cursor}`, {
			as: publisher,
		});
		expect(second.json.data.map((j: { id: string }) => j.id)).toEqual([made[0]]);
		expect(second.json.next_cursor).toBeNull();
	});

	it("keeps tokens sealed in D1: the stored value is neither the token nor opens elsewhere", async () => {
		const { publisher, ids } = await publisherWith(1);
		const res = await createJob(publisher, { certificate_ids: ids });
		await waitForEnd(publisher, res.json.id);
		const [line] = ndjson((await results(publisher, res.json.id)).text);
		const [row] = await allRows<{ sealed_token: string }>(
			"SELECT sealed_token FROM share_job_results WHERE job_id = ?",
			res.json.id,
		);
		expect(row?.sealed_token).toBeTruthy();
		expect(row?.sealed_token).not.toContain(line.claim_token.slice(4));
	});
});

describe("chunks on the queue", () => {
	it("splits a job into chunks of at most 1,000 ids and sends them within the queue's count and size limits", () => {
		const ids = Array.from({ length: 2500 }, (_, i) => `EC-${i}`);
		const messages = chunkMessages("job", ids);
		expect(messages.map((m) => m.certificate_ids.length)).toEqual([
			CERTIFICATES_PER_CHUNK,
			CERTIFICATES_PER_CHUNK,
			500,
		]);
		expect(messages.map((m) => m.first_position)).toEqual([0, 1000, 2000]);
		expect(messages.flatMap((m) => m.certificate_ids)).toEqual(ids);

		// Long ids of 4-byte characters: a 1,000-id chunk would be 256 KB, over a message's 128 KB.
		const wide = Array.from({ length: 3000 }, (_, i) => `${"𝔘".repeat(30)}${i}`);
		const wideMessages = chunkMessages("job", wide);
		const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
		for (const m of wideMessages) expect(bytes(m)).toBeLessThanOrEqual(100 * 1024);
		expect(wideMessages.flatMap((m) => m.certificate_ids)).toEqual(wide);

		const many = chunkMessages(
			"job",
			Array.from({ length: 100_000 }, (_, i) => `EC-${String(i).padStart(36, "0")}`),
		);
		expect(many).toHaveLength(100);
		const groups = sendGroups(many);
		for (const group of groups) {
			expect(group.length).toBeLessThanOrEqual(100);
			expect(bytes(group)).toBeLessThanOrEqual(256 * 1024);
		}
		expect(groups.flat()).toEqual(many);
	});

	it("shares nothing twice when a chunk is delivered again after it landed, or by deliveries racing", async () => {
		const { publisher, ids } = await publisherWith(4);
		const jobId = await jobRow(publisher.company.id, ids.length, 1);
		const [chunk] = chunkMessages(jobId, ids) as [ShareChunkMessage];
		// Three deliveries at once, as after a lost ack and a retry overlapping.
		const outcomes = await Promise.all([1, 2, 3].map((attempt) => deliver("econsent-jobs", [chunk], attempt)));
		for (const outcome of outcomes) expect(outcome.explicitAcks.length + outcome.retryMessages.length).toBe(1);
		expect(await tokensOf(ids)).toBe(4);
		// Whichever were retried (a ledger still storing), a later delivery settles them.
		const again = await deliver("econsent-jobs", [chunk], 4);
		expect(again.explicitAcks).toHaveLength(1);
		expect(await tokensOf(ids)).toBe(4);

		const job = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher });
		expect(job.json).toMatchObject({ status: "completed", succeeded: 4, failed: 0 });
		const audit = await countEverywhere(
			`SELECT count(*) AS n FROM audit_events WHERE event_type = 'shared' AND certificate_id IN (${ids.map(() => "?").join(",")})`,
			...ids,
		);
		expect(audit).toBe(4);
		const lines = ndjson((await results(publisher, jobId)).text);
		expect(new Set(lines.map((l) => l.claim_token)).size).toBe(4);
	});

	it("reports progress and current counts after each chunk, from a poll that reads only the job's row", async () => {
		const { publisher, ids } = await publisherWith(4);
		const other = await publisherWith(1);
		const jobId = await jobRow(publisher.company.id, 5, 3);
		const chunk = (n: number, firstPosition: number, certificateIds: string[]): ShareChunkMessage => ({
			type: "share_chunk",
			job_id: jobId,
			chunk: n,
			first_position: firstPosition,
			certificate_ids: certificateIds,
		});
		const chunks = [
			chunk(0, 0, ids.slice(0, 2)),
			chunk(1, 2, [ids[2] as string, other.ids[0] as string]),
			chunk(2, 4, ids.slice(3)),
		];
		const poll = async () => {
			const res = await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher });
			expect(res.status).toBe(200);
			// Authentication with the job's row in one D1 round trip; no ledger, no count over the result rows.
			expect(res.roundTrips).toBe(1);
			expect(Number(res.headers.get("x-durable-object-calls") ?? 0)).toBe(0);
			return res.json;
		};
		expect(await poll()).toMatchObject({ status: "queued", succeeded: 0, failed: 0, progress: 0 });

		await deliver("econsent-jobs", [chunks[0] as ShareChunkMessage]);
		expect(await poll()).toMatchObject({
			status: "running",
			succeeded: 2,
			failed: 0,
			progress: 0.4,
			completed_at: null,
		});

		// A poll while a chunk is being shared answers at once, with the counts of the chunks ended so far.
		const delivering = deliver("econsent-jobs", [chunks[1] as ShareChunkMessage]);
		const during = await poll();
		expect(during.status).toBe("running");
		expect([0.4, 0.8]).toContain(during.progress);
		await delivering;
		expect(await poll()).toMatchObject({ status: "running", succeeded: 3, failed: 1, progress: 0.8 });

		await deliver("econsent-jobs", [chunks[2] as ShareChunkMessage]);
		const ended = await poll();
		expect(ended).toMatchObject({ status: "partially_failed", succeeded: 4, failed: 1, progress: 1 });
		expect(ended.completed_at).not.toBeNull();
		// The list shows the same progress.
		const listed = await call("GET", "/certificate-sharing/jobs", { as: publisher });
		expect(listed.json.data.find((j: { id: string }) => j.id === jobId)?.progress).toBe(1);
	});

	it("rounds progress down, so that it says 1 only when every certificate has its result", () => {
		const at = (succeeded: number, failed: number, total: number, completedAt: string | null = null) =>
			jobProgress({ succeeded, failed, total, completedAt });
		expect(at(1, 0, 3)).toBe(0.3333);
		expect(at(99_999, 0, 100_000)).toBe(0.9999);
		expect(at(60_000, 40_000, 100_000)).toBe(1);
		// A job that matched nothing has ended with nothing to do.
		expect(at(0, 0, 0, new Date().toISOString())).toBe(1);
		expect(at(0, 0, 0)).toBe(0);
	});

	it("ends a job partially_failed with the reason when a chunk keeps failing and comes off the dead-letter queue", async () => {
		const { publisher, ids } = await publisherWith(3);
		const jobId = await jobRow(publisher.company.id, ids.length, 2);
		const first: ShareChunkMessage = {
			type: "share_chunk",
			job_id: jobId,
			chunk: 0,
			first_position: 0,
			certificate_ids: ids.slice(0, 2),
		};
		const second: ShareChunkMessage = { ...first, chunk: 1, first_position: 2, certificate_ids: ids.slice(2) };
		expect((await deliver("econsent-jobs", [first])).explicitAcks).toHaveLength(1);
		// Delivered again while the job still runs (its ack was lost): the result rows say it is done.
		expect((await deliver("econsent-jobs", [first], 2)).explicitAcks).toHaveLength(1);
		expect(await tokensOf(ids.slice(0, 2))).toBe(2);
		// Without its data encryption keys the Worker cannot seal tokens, so it shares nothing and retries.
		const broken = { ...env, DATA_ENCRYPTION_KEYS: undefined } as unknown as Cloudflare.Env;
		const failing = await deliver("econsent-jobs", [second], 6, broken);
		expect(failing.retryMessages).toHaveLength(1);
		expect((await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher })).json.status).toBe("running");

		expect((await deliver("econsent-jobs-dlq", [second], 6)).explicitAcks).toHaveLength(1);
		const job = (await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher })).json;
		expect(job).toMatchObject({ status: "partially_failed", succeeded: 2, failed: 1 });
		expect(job.error.code).toBe("SHARE_FAILED");
		expect(job.error.message).toContain("DATA_ENCRYPTION_KEYS");
		const lines = ndjson((await results(publisher, jobId)).text);
		expect(lines[2]).toMatchObject({ certificate_id: ids[2], error: { code: "SHARE_FAILED" } });
		expect(await tokensOf(ids.slice(2))).toBe(0);
		// The dead-letter message delivered again changes nothing.
		await deliver("econsent-jobs-dlq", [second], 7);
		expect((await call("GET", `/certificate-sharing/jobs/${jobId}`, { as: publisher })).json).toMatchObject({
			succeeded: 2,
			failed: 1,
		});
	});

	it("deletes results 7 days after the job ended and keeps the counts", async () => {
		const { publisher, ids } = await publisherWith(2);
		const res = await createJob(publisher, { certificate_ids: ids });
		const ended = await waitForEnd(publisher, res.json.id);
		expect(Date.parse(ended.results_expire_at) - Date.parse(ended.completed_at)).toBe(7 * 86_400_000);

		// A day before expiry nothing goes.
		await worker.scheduled(
			createScheduledController({ scheduledTime: Date.parse(ended.results_expire_at) - 86_400_000 }),
			env,
		);
		expect((await results(publisher, res.json.id)).status).toBe(200);
		await worker.scheduled(
			createScheduledController({ scheduledTime: Date.parse(ended.results_expire_at) + 1000 }),
			env,
		);
		const gone = await results(publisher, res.json.id);
		expect(gone.status).toBe(410);
		expect(gone.json.error.code).toBe("RESULTS_EXPIRED");
		expect(await countEverywhere("SELECT count(*) AS n FROM share_job_results WHERE job_id = ?", res.json.id)).toBe(0);
		const job = await call("GET", `/certificate-sharing/jobs/${res.json.id}`, { as: publisher });
		expect(job.json).toMatchObject({ status: "completed", total: 2, succeeded: 2, failed: 0 });
	});
});

// Last in the file: its 100 chunks of made-up ids keep the local queue busy for a while after it returns.
describe("the largest job", () => {
	it("accepts 100,000 ids in one body and no more", async () => {
		const { publisher } = await publisherWith(0);
		const ids = Array.from({ length: 100_000 }, (_, i) => `EC-${String(i).padStart(36, "0")}`);
		const res = await createJob(publisher, { certificate_ids: ids });
		expect(res.status).toBe(202);
		expect(res.json.total).toBe(100_000);
		const tooMany = await createJob(publisher, { certificate_ids: [...ids, "EC-one-more"] });
		expect(tooMany.status).toBe(400);
	}, 60_000);
});
