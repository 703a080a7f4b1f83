// Wires the Worker: the HTTP app, the claim-token Durable Object and the jobs queue consumer.
import { createApp } from "./app";
import { handleJobs } from "./jobs/consumer";
import type { JobMessage } from "./jobs/messages";

export { AttemptWindow } from "./lib/attempt-window";
export { ClaimTokenRedeemer } from "./sharing/claim-token-redeemer";

const app = createApp();

export default {
	fetch: app.fetch,
	queue: handleJobs,
} satisfies ExportedHandler<Cloudflare.Env, JobMessage>;
