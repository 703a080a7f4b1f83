-- Salted chain leaves: a random salt per event, disclosed only with the event. Rows chained before it keep salt NULL
-- and their legacy hash form; nothing already stored changes (the append-only triggers refuse any UPDATE anyway).
ALTER TABLE `access_events` ADD `salt` text;--> statement-breakpoint
ALTER TABLE `audit_events` ADD `salt` text;