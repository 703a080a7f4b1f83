CREATE TABLE `log_entries` (
	`log_index` integer PRIMARY KEY NOT NULL,
	`event_table` text NOT NULL,
	`event_id` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `log_entries_event_unique` ON `log_entries` (`event_table`,`event_id`);--> statement-breakpoint
-- A log index, once given, is never taken back or moved.
CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
BEGIN
	SELECT RAISE(ABORT, 'log_entries is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
BEGIN
	SELECT RAISE(ABORT, 'log_entries is append-only');
END;
