// Messages on the WEBHOOKS queue. They only wake the relay and the sender: the outbox and delivery rows say what is
// due, so a message delivered twice, late or never changes nothing but timing (the sweep covers a lost one).
export type WebhookMessage =
	/**
	 * Events just stored on `shard` (src/db/shards.ts): relay that shard's outbox rows of them into deliveries, then
	 * send their deliveries. "every": the sender did not know the shard, and each shard's outbox is looked at (one
	 * message, so that the deliveries are attempted once). Messages queued before shards have no `shard`: their events
	 * are on the directory.
	 */
	| { type: "events"; event_ids: string[]; shard?: number | "every" }
	/** One delivery due now (a retry after its back-off, a manual retry, or the sweep). */
	| { type: "delivery"; delivery_id: string };
