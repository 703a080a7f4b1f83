// Messages on the WEBHOOKS queue. They only wake the sender: the delivery rows say what is due, so a message
// delivered twice, late or never changes nothing but timing (the sweep covers a lost one).
export type WebhookMessage =
	/** Events just stored: send their deliveries. */
	| { type: "events"; event_ids: string[] }
	/** One delivery due now (a retry after its back-off, a manual retry, or the sweep). */
	| { type: "delivery"; delivery_id: string };
