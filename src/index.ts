// Wires the Worker: the HTTP app, the Durable Object classes, the queue consumers (jobs, access events, webhooks) and
// the Cron Triggers (daily cleanup and token.expiring; every 5 minutes the sweeps of webhook outboxes and deliveries,
// job chunks and auto-shares whose queue messages were lost, and of capture sessions never submitted, and the deletion
// of webhook rows past their retention; daily, the start of the archive run).

import { type AccessEventMessage, handleAccessEvents, isAccessEventsQueue } from "./access-log/access-events";
import { createApp } from "./app";
import { startArchiveRun } from "./archive/archive-run";
import { deleteExpiredSessionsOnEveryShard } from "./capture-sessions/expired-sessions";
import { createDb } from "./db/client";
import { deleteExpiredResults } from "./jobs/cleanup";
import { handleJobs } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";
import { resendPendingAutoShares } from "./jobs/pending-auto-shares";
import { requeueLostChunks } from "./jobs/recovery";
import { startLeadIndexBackfill } from "./lead-lookup/backfill";
import { ARCHIVE_CRON, SWEEP_CRON } from "./lib/crons";
import { pokeTransparencyLog } from "./transparency-log/log-client";
import { handleWebhooks, WEBHOOKS_DEAD_LETTER_QUEUE, WEBHOOKS_QUEUE } from "./webhooks/consumer";
import type { WebhookMessage } from "./webhooks/messages";
import { deleteExpiredWebhookRows } from "./webhooks/retention";
import { noticeExpiringTokens, sweepWebhooks } from "./webhooks/sweep";

export { AttemptWindow } from "./auth/attempt-window";
export { CertificateLedger } from "./ledger/certificate-ledger";
export { RateBudget } from "./rate-limits/rate-budget";
export { TransparencyLog } from "./transparency-log/sequencer";

const app = createApp();

export default {
	fetch: app.fetch,
	queue: async (batch, env) => {
		if (isAccessEventsQueue(batch.queue)) return handleAccessEvents(batch as MessageBatch<AccessEventMessage>, env);
		if (batch.queue === WEBHOOKS_QUEUE || batch.queue === WEBHOOKS_DEAD_LETTER_QUEUE) {
			return handleWebhooks(batch as MessageBatch<WebhookMessage>, env);
		}
		return handleJobs(batch as MessageBatch<JobMessage>, env);
	},
	scheduled: async (controller, env) => {
		const db = createDb(env.DB);
		const at = new Date(controller.scheduledTime);
		if (controller.cron === SWEEP_CRON) {
			// Independent sweeps: one failing must not keep the others from running.
			const swept = await Promise.allSettled([
				requeueLostChunks(env, db, at),
				resendPendingAutoShares(env, at),
				sweepWebhooks(env, db, at),
				deleteExpiredWebhookRows(env, db, at),
				deleteExpiredSessionsOnEveryShard(env, at),
				// A lost poke only delays inclusion; this bounds the delay even if every poke were lost.
				pokeTransparencyLog(env),
			]);
			const failure = swept.find((s) => s.status === "rejected");
			if (failure) throw failure.reason;
			return;
		}
		if (controller.cron === ARCHIVE_CRON) {
			await startArchiveRun(env, at);
			return;
		}
		await deleteExpiredResults(env, db, at);
		await noticeExpiringTokens(env, at);
		await startLeadIndexBackfill(env);
	},
} satisfies ExportedHandler<Cloudflare.Env, JobMessage | AccessEventMessage | WebhookMessage>;
