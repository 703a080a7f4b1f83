import { archivePage } from "../archive/archive-run";
import { backgroundShards } from "../db/background-sessions";
import { DIRECTORY_SHARD } from "../db/shards";
import { leadIndexBackfillPage } from "../lead-lookup/backfill";
import { now } from "../lib/clock";
import { autoShareCertificate } from "./auto-share";
import type { JobMessage } from "./messages";
import { autoShareDone } from "./pending-auto-shares";
import { deadChunk, noteChunkFailure, shareChunk } from "./share-chunk";

/** The queue failed messages end on, after max_retries (wrangler.toml). */
export const DEAD_LETTER_QUEUE = "econsent-jobs-dlq";

// Each message is acked or retried on its own, so one failing certificate or chunk does not replay the others;
// after max_retries a message goes to the dead-letter queue, whose consumer below ends it.
export async function handleJobs(batch: MessageBatch<JobMessage>, env: Cloudflare.Env): Promise<void> {
	if (batch.queue === DEAD_LETTER_QUEUE) return handleDeadLetters(batch, env);
	const shards = backgroundShards(env);
	const db = shards.shard(DIRECTORY_SHARD).db;
	for (const message of batch.messages) {
		try {
			if (message.body.type === "auto_share") {
				await autoShareCertificate(env, shards, message.body.certificate_id);
				await autoShareDone(shards, message.body.certificate_id);
			} else if (message.body.type === "share_chunk") await shareChunk(env, shards, message.body);
			else if (message.body.type === "archive_page") await archivePage(env, message.body, now());
			else if (message.body.type === "lead_index_backfill_page") await leadIndexBackfillPage(env, message.body, now());
			message.ack();
		} catch (error) {
			console.error(`job ${message.id} failed (attempt ${message.attempts})`, error);
			const delaySeconds = Math.min(300, 2 ** message.attempts);
			if (message.body.type === "share_chunk") {
				const { job_id, chunk } = message.body;
				const retryAt = new Date(now().getTime() + delaySeconds * 1000);
				await noteChunkFailure(db, job_id, chunk, message.attempts, error, retryAt).catch((noted: unknown) =>
					console.error(`recording chunk ${chunk} of job ${job_id}'s failure`, noted),
				);
			}
			message.retry({ delaySeconds });
		}
	}
}

// A chunk here kept failing: its certificates are reported not shared, so the job ends (partially_failed, with
// the reason). An auto-share here is only logged: its pending row stays, and the sweep sends it again a few times
// before giving up (src/jobs/pending-auto-shares.ts); the certificate can still be shared by hand.
async function handleDeadLetters(batch: MessageBatch<JobMessage>, env: Cloudflare.Env): Promise<void> {
	const shards = backgroundShards(env);
	for (const message of batch.messages) {
		try {
			if (message.body.type === "share_chunk") await deadChunk(env, shards, message.body, message.attempts);
			else if (message.body.type === "lead_index_backfill_page")
				// Its certificates are indexed all at once or not at all: the next daily run starts the shard again.
				console.error(`lead index backfill page of shard ${message.body.shard} after ${message.body.after} gave up`);
			else if (message.body.type === "archive_page")
				// Nothing is half-done by a failed page (see src/archive/archive-run.ts): the next daily run judges it again.
				console.error(
					`archive page of shard ${message.body.shard} after ${message.body.after} gave up; the next run retries it`,
				);
			else
				console.error(`auto-share of ${message.body.certificate_id} gave up after its retries; the sweep will resend`);
			message.ack();
		} catch (error) {
			console.error(`dead-lettered job ${message.id} could not be ended (attempt ${message.attempts})`, error);
			message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) });
		}
	}
}
