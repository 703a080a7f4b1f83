import { createDb } from "../db/client";
import { autoShareCertificate } from "./auto-share";
import type { JobMessage } from "./messages";

// Each message is acked or retried on its own, so one failing certificate does not replay the others;
// after max_retries (wrangler.toml) a message goes to the dead-letter queue.
export async function handleJobs(batch: MessageBatch<JobMessage>, env: Cloudflare.Env): Promise<void> {
	const db = createDb(env.DB);
	for (const message of batch.messages) {
		try {
			if (message.body.type === "auto_share") await autoShareCertificate(env, db, message.body.certificate_id);
			message.ack();
		} catch (error) {
			console.error(`job ${message.id} failed (attempt ${message.attempts})`, error);
			message.retry({ delaySeconds: Math.min(300, 2 ** message.attempts) });
		}
	}
}
