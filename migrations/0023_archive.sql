CREATE TABLE `archived_certificates` (
	`certificate_id` text PRIMARY KEY NOT NULL,
	`object_key` text NOT NULL,
	`sha256` text NOT NULL,
	`bytes` integer NOT NULL,
	`audit_cut_seq` integer NOT NULL,
	`access_cut_seq` integer NOT NULL,
	`archived_at` text NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- The locator is what makes an archived certificate findable: once written it never changes or goes.
CREATE TRIGGER archived_certificates_no_update BEFORE UPDATE ON archived_certificates
BEGIN
	SELECT RAISE(ABORT, 'archived_certificates is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER archived_certificates_no_delete BEFORE DELETE ON archived_certificates
BEGIN
	SELECT RAISE(ABORT, 'archived_certificates is append-only');
END;
--> statement-breakpoint
-- The chains stay append-only (0001, 0004) with one exception: an event that is in its certificate's archive object,
-- below the cut its locator row names, may go, in the batch that writes that row (src/archive/). Nothing else can
-- delete an event, and the cut event and every later one stay.
DROP TRIGGER audit_events_no_delete;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN NOT EXISTS (
	SELECT 1 FROM archived_certificates
	WHERE certificate_id = OLD.certificate_id AND OLD.seq < audit_cut_seq
)
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
DROP TRIGGER access_events_no_delete;
--> statement-breakpoint
CREATE TRIGGER access_events_no_delete BEFORE DELETE ON access_events
WHEN NOT EXISTS (
	SELECT 1 FROM archived_certificates
	WHERE certificate_id = OLD.certificate_id AND OLD.seq < access_cut_seq
)
BEGIN
	SELECT RAISE(ABORT, 'access_events is append-only');
END;
