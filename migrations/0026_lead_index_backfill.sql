CREATE TABLE `finished_backfills` (
	`name` text NOT NULL,
	`shard` integer NOT NULL,
	`finished_at` text NOT NULL,
	PRIMARY KEY(`name`, `shard`)
);
--> statement-breakpoint
CREATE INDEX `certificates_plain_lead_idx` ON `certificates` (`id`) WHERE "certificates"."lead_email_sha256" is not null or "certificates"."lead_phone_sha256" is not null;