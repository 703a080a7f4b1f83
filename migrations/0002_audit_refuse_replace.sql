-- INSERT OR REPLACE, REPLACE and INSERT … ON CONFLICT DO UPDATE do not fire the UPDATE or DELETE triggers when they
-- overwrite a row: refuse, before any insert, a row whose id or place in its chain is already taken.
CREATE TRIGGER audit_events_no_replace BEFORE INSERT ON audit_events
WHEN EXISTS (SELECT 1 FROM audit_events WHERE id = NEW.id)
	OR EXISTS (SELECT 1 FROM audit_events WHERE certificate_id = NEW.certificate_id AND seq = NEW.seq)
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only: audit event exists');
END;
--> statement-breakpoint
-- A decided claim (claimed, flagged, rejected) is evidence: it never changes, so a token can never be claimed twice
-- even by a write that got past the ledger.
CREATE TRIGGER claims_decided_is_final BEFORE UPDATE ON claims
WHEN OLD.status <> 'pending'
BEGIN
	SELECT RAISE(ABORT, 'claims: a decided claim is final');
END;
