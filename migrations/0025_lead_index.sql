CREATE TABLE `lead_index` (
	`company_id` text NOT NULL,
	`lead_key` text NOT NULL,
	`key_id` text NOT NULL,
	`certificate_id` text NOT NULL,
	`claim_id` integer,
	`certificate_created_at` text NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lead_index_lookup_idx` ON `lead_index` (`company_id`,`lead_key`,`certificate_created_at`,`certificate_id`,`claim_id`);--> statement-breakpoint
CREATE INDEX `lead_index_publisher_rows_idx` ON `lead_index` (`certificate_id`) WHERE "lead_index"."claim_id" is null;