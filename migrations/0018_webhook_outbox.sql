CREATE TABLE `webhook_events` (
	`event_id` text PRIMARY KEY NOT NULL,
	`event_type` text NOT NULL,
	`recipient_company_id` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` text NOT NULL,
	`relayed_at` text
);
--> statement-breakpoint
CREATE INDEX `webhook_events_unrelayed_idx` ON `webhook_events` (`created_at`) WHERE "webhook_events"."relayed_at" is null;