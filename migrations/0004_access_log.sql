CREATE TABLE `access_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`certificate_id` text NOT NULL,
	`seq` integer NOT NULL,
	`event_type` text NOT NULL,
	`actor_company_id` text,
	`actor_user_id` text,
	`ip` text,
	`details` text NOT NULL,
	`created_at` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`request_id` text,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `access_events_chain_unique` ON `access_events` (`certificate_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `access_events_request_unique` ON `access_events` (`certificate_id`,`request_id`);--> statement-breakpoint
-- The access log is evidence too: the same refusals as audit_events (see 0001 and 0002).
CREATE TRIGGER access_events_no_update BEFORE UPDATE ON access_events
BEGIN
	SELECT RAISE(ABORT, 'access_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER access_events_no_delete BEFORE DELETE ON access_events
BEGIN
	SELECT RAISE(ABORT, 'access_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER access_events_no_replace BEFORE INSERT ON access_events
WHEN EXISTS (SELECT 1 FROM access_events WHERE id = NEW.id)
	OR EXISTS (SELECT 1 FROM access_events WHERE certificate_id = NEW.certificate_id AND seq = NEW.seq)
BEGIN
	SELECT RAISE(ABORT, 'access_events is append-only: access event exists');
END;
