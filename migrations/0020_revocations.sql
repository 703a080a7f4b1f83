CREATE TABLE `revocations` (
	`id` text PRIMARY KEY NOT NULL,
	`certificate_id` text NOT NULL,
	`channel` text NOT NULL,
	`received_at` text NOT NULL,
	`honor_by` text NOT NULL,
	`note` text,
	`recorded_by_company_id` text NOT NULL,
	`recorded_by_user_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revocations_unique` ON `revocations` (`certificate_id`,`received_at`,`channel`);--> statement-breakpoint
-- A revocation cannot be undone or changed: SQLite itself refuses it.
CREATE TRIGGER `revocations_no_update` BEFORE UPDATE ON `revocations`
BEGIN
	SELECT RAISE(ABORT, 'revocations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `revocations_no_delete` BEFORE DELETE ON `revocations`
BEGIN
	SELECT RAISE(ABORT, 'revocations is append-only');
END;
