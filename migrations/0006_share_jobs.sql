CREATE TABLE `share_job_chunks` (
	`job_id` text NOT NULL,
	`chunk` integer NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`last_error` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`job_id`, `chunk`),
	FOREIGN KEY (`job_id`) REFERENCES `share_jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `share_job_results` (
	`job_id` text NOT NULL,
	`certificate_id` text NOT NULL,
	`position` integer NOT NULL,
	`claim_token_id` text,
	`sealed_token` text,
	`expires_at` text,
	`error_code` text,
	`error_message` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`job_id`, `certificate_id`),
	FOREIGN KEY (`job_id`) REFERENCES `share_jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_job_results_position_unique` ON `share_job_results` (`job_id`,`position`);--> statement-breakpoint
CREATE INDEX `share_job_results_outcome_idx` ON `share_job_results` (`job_id`,`error_code`);--> statement-breakpoint
CREATE TABLE `share_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`created_by_user_id` text,
	`type` text NOT NULL,
	`target_company_id` text,
	`status` text NOT NULL,
	`total` integer NOT NULL,
	`chunk_count` integer NOT NULL,
	`succeeded` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`error_code` text,
	`error_message` text,
	`created_at` text NOT NULL,
	`started_at` text,
	`completed_at` text,
	`results_expire_at` text,
	`results_deleted_at` text,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `share_jobs_company_created_idx` ON `share_jobs` (`company_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `share_jobs_results_expire_idx` ON `share_jobs` (`results_expire_at`);