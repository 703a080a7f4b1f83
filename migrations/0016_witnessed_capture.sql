CREATE TABLE `capture_chunks` (
	`session_id` text NOT NULL,
	`seq` integer NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`received_at` text NOT NULL,
	PRIMARY KEY(`session_id`, `seq`),
	FOREIGN KEY (`session_id`) REFERENCES `capture_sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `capture_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`property_id` text NOT NULL,
	`company_id` text NOT NULL,
	`origin` text NOT NULL,
	`page_url` text NOT NULL,
	`key_sha256` text NOT NULL,
	`status` text NOT NULL,
	`chunk_count` integer DEFAULT 0 NOT NULL,
	`recorded_bytes` integer DEFAULT 0 NOT NULL,
	`started_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `capture_sessions_expiry_idx` ON `capture_sessions` (`status`,`expires_at`);--> statement-breakpoint
ALTER TABLE `certificates` ADD `source` text;--> statement-breakpoint
ALTER TABLE `certificates` ADD `witness` text;--> statement-breakpoint
ALTER TABLE `consent_rules` ADD `require_witnessed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `consent_rules` ADD `min_font_size_px` real;--> statement-breakpoint
ALTER TABLE `consent_rules` ADD `min_contrast_ratio` real;--> statement-breakpoint
ALTER TABLE `consent_rules` ADD `forbid_prechecked_optin` integer DEFAULT false NOT NULL;