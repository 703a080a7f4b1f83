// A batch job killed mid-work: the whole `wrangler dev` process group is SIGKILLed while a job of a few thousand
// certificates runs (the local queue's unconsumed messages die with it), then the server starts again on the same
// state. The sweep Cron Trigger, fired at start and every minute as `npm run dev` does, must find the chunks whose
// messages were lost: the job ends within 2 minutes of the restart, with counts equal to its result rows and no
// certificate shared twice.
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { SWEEP_CRON as FIRED_LOCALLY } from "../scripts/crons.mjs";
import { SWEEP_CRON } from "../src/lib/crons";
import { httpClient } from "./http-client";
import { copyCertificates, localD1File, type RunningApi, startApi } from "./server";

const JOB_SIZE = 4000;
const RECOVERY_LIMIT_MS = 120_000;

/** What the job has in D1: its row, its chunk rows, its result rows by outcome, and tokens per certificate. */
function leftBehind(api: RunningApi, jobId: string, propertyId: string) {
	const db = new DatabaseSync(localD1File(api.scratchDir), { readOnly: true });
	try {
		const job = db
			.prepare("SELECT status, total, succeeded, failed, error_code, completed_at FROM share_jobs WHERE id = ?")
			.get(jobId) as Record<string, unknown>;
		const results = db
			.prepare(
				"SELECT count(*) AS rows, count(claim_token_id) AS shared, count(error_code) AS failed FROM share_job_results WHERE job_id = ?",
			)
			.get(jobId) as { rows: number; shared: number; failed: number };
		const chunks = (
			db.prepare("SELECT status, resends FROM share_job_chunks WHERE job_id = ? ORDER BY chunk").all(jobId) as {
				status: string;
				resends: number;
			}[]
		).map((c) => `${c.status}${c.resends ? ` (re-sent ${c.resends})` : ""}`);
		const tokens = db
			.prepare(
				`SELECT count(*) AS tokens, count(DISTINCT t.certificate_id) AS certificates, coalesce(max(n), 0) AS most
				FROM claim_tokens t JOIN certificates c ON c.id = t.certificate_id
				JOIN (SELECT certificate_id, count(*) AS n FROM claim_tokens GROUP BY certificate_id) m ON m.certificate_id = t.certificate_id
				WHERE c.property_id = ?`,
			)
			.get(propertyId) as { tokens: number; certificates: number; most: number };
		return { job, results, chunks, tokens };
	} finally {
		db.close();
	}
}

describe("a batch job killed mid-work", () => {
	it("ends after a restart, within 2 minutes, with counts equal to its result rows and nothing shared twice", {
		tags: ["stress"],
		timeout: 180_000,
	}, async () => {
		expect(FIRED_LOCALLY).toBe(SWEEP_CRON);
		let api = await startApi({ name: "job-crash" });
		const stateDir = api.scratchDir;
		try {
			const client = httpClient(api.baseUrl);
			const cookie = await client.signup("Crashed Jobs");
			// The server comes back on another port after each restart: each call asks for the current one.
			const call = (method: string, urlPath: string, body?: unknown) =>
				httpClient(api.baseUrl).call(method, urlPath, cookie, body);
			const property = (await call("POST", "/properties", { domain: "forms.jobs.crash.example" })).json;
			const templateProperty = (await call("POST", "/properties", { domain: "template.jobs.crash.example" })).json;
			const template = await call("POST", "/certificates", {
				property_id: templateProperty.id,
				consent_text: "I agree that Crash Buyer may call me.",
				page_url: "https://forms.jobs.crash.example/",
			});
			expect(template.status).toBe(201);
			await api.kill();
			await copyCertificates(api, template.json.certificate_id, property.id, JOB_SIZE, "EC-crashjob-");
			api = await startApi({ name: "job-crash-run", stateDir });

			const created = await call("POST", "/certificate-sharing/jobs", {
				type: "batch_share",
				filter: { property_id: property.id },
			});
			expect(created.status, created.text).toBe(202);
			expect(created.json.total).toBe(JOB_SIZE);
			const jobId = created.json.id as string;

			// Killed as soon as its first shares are in D1 (read from the database file: the API is busy with the
			// job and would answer late): chunk 0 half done, the others still on the in-memory queue.
			const queuedAt = Date.now();
			const watch = new DatabaseSync(localD1File(stateDir), { readOnly: true });
			const resultRows = watch.prepare("SELECT count(*) AS n FROM share_job_results WHERE job_id = ?");
			try {
				while ((resultRows.get(jobId) as { n: number }).n === 0) {
					if (Date.now() - queuedAt > 60_000) throw new Error("no result row within a minute");
					await new Promise((r) => setTimeout(r, 10));
				}
			} finally {
				watch.close();
			}
			await api.kill();
			const killedAfterMs = Date.now() - queuedAt;
			const before = leftBehind(api, jobId, property.id);
			console.log(
				`killed ${(killedAfterMs / 1000).toFixed(1)} s after queueing; left behind: ${JSON.stringify(before)}`,
			);
			expect(before.job.completed_at).toBeNull(); // the kill came before the end: there is something to recover

			api = await startApi({ name: "job-crash-recovered", stateDir });
			const restartedAt = Date.now();
			let ended: Record<string, unknown> | null = null;
			while (Date.now() - restartedAt < RECOVERY_LIMIT_MS) {
				const job = (await call("GET", `/certificate-sharing/jobs/${jobId}`)).json;
				if (job.completed_at) {
					ended = job;
					break;
				}
				await new Promise((r) => setTimeout(r, 500));
			}
			const recoveredInMs = Date.now() - restartedAt;
			const download = await fetch(`${api.baseUrl}/certificate-sharing/jobs/${jobId}/results`, {
				headers: { cookie, origin: api.baseUrl, accept: "application/x-ndjson" },
			});
			const lines = (await download.text())
				.split("\n")
				.filter(Boolean)
				.map((line) => JSON.parse(line) as { certificate_id: string; claim_token?: string });
			await api.kill();
			const after = leftBehind(api, jobId, property.id);
			console.log(
				`after the restart: ${ended ? `ended in ${(recoveredInMs / 1000).toFixed(1)} s` : "not ended within 2 minutes"}; ${JSON.stringify(after)}`,
			);

			expect(ended, "the job did not end within 2 minutes of the restart").toMatchObject({
				status: "completed",
				total: JOB_SIZE,
				succeeded: JOB_SIZE,
				failed: 0,
			});
			expect(after.results).toEqual({ rows: JOB_SIZE, shared: JOB_SIZE, failed: 0 });
			expect(after.tokens).toEqual({ tokens: JOB_SIZE, certificates: JOB_SIZE, most: 1 });
			expect(lines).toHaveLength(JOB_SIZE);
			expect(new Set(lines.map((l) => l.certificate_id)).size).toBe(JOB_SIZE);
			expect(new Set(lines.map((l) => l.claim_token)).size).toBe(JOB_SIZE);
		} finally {
			await api.stop();
		}
	});
});
