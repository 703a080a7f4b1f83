ALTER TABLE `share_job_chunks` ADD `first_position` integer;--> statement-breakpoint
ALTER TABLE `share_job_chunks` ADD `certificate_ids` text;--> statement-breakpoint
ALTER TABLE `share_job_chunks` ADD `due_at` text;--> statement-breakpoint
ALTER TABLE `share_job_chunks` ADD `resends` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `share_job_chunks_due_idx` ON `share_job_chunks` (`status`,`due_at`);