CREATE TABLE `pending_auto_shares` (
	`certificate_id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`due_at` text NOT NULL,
	`resends` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pending_auto_shares_due_idx` ON `pending_auto_shares` (`due_at`);