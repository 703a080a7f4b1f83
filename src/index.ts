// Wires the Worker: the HTTP app, the certificate ledger Durable Object and the jobs queue consumer.
import { createApp } from "./app";
import { handleJobs } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";

export { CertificateLedger } from "./ledger/certificate-ledger";
export { AttemptWindow } from "./lib/attempt-window";

const app = createApp();

export default {
	fetch: app.fetch,
	queue: handleJobs,
} satisfies ExportedHandler<Cloudflare.Env, JobMessage>;
