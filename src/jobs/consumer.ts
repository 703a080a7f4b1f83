import type { JobMessage } from "./messages";

export async function handleJobs(batch: MessageBatch<JobMessage>, _env: Cloudflare.Env): Promise<void> {
	for (const message of batch.messages) message.ack();
}
