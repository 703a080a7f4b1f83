// Wires the Worker: the HTTP app, the Durable Object classes, the queue consumers (jobs, access events) and the daily
// cleanup.
import { createApp } from "./app";
import { createDb } from "./db/client";
import { type AccessEventMessage, handleAccessEvents, isAccessEventsQueue } from "./jobs/access-events";
import { deleteExpiredResults } from "./jobs/cleanup";
import { handleJobs } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";

export { CertificateLedger } from "./ledger/certificate-ledger";
export { AttemptWindow } from "./lib/attempt-window";

const app = createApp();

export default {
	fetch: app.fetch,
	queue: (batch, env) =>
		isAccessEventsQueue(batch.queue)
			? handleAccessEvents(batch as MessageBatch<AccessEventMessage>, env)
			: handleJobs(batch as MessageBatch<JobMessage>, env),
	scheduled: async (controller, env) => {
		await deleteExpiredResults(createDb(env.DB), new Date(controller.scheduledTime));
	},
} satisfies ExportedHandler<Cloudflare.Env, JobMessage | AccessEventMessage>;
