-- Shares (claim_tokens, and the pending inbox row of a targeted share) and claims are evidence as much as the audit
-- chain that records them (see 0001 and 0002): the ledger writes each row once, in the batch of the audit events
-- that record it, and the one change it ever makes is deciding a pending claim. SQLite itself refuses the rest.
-- REPLACE, INSERT OR REPLACE and INSERT … ON CONFLICT DO UPDATE overwrite a row without firing the UPDATE or DELETE
-- triggers, so each table also refuses, before any insert, a row that any of its unique keys already names.
-- Every message says "append-only" or "is final": the ledger reads those as D1 refusing the write, not as an outage.
CREATE TRIGGER claim_tokens_no_update BEFORE UPDATE ON claim_tokens
BEGIN
	SELECT RAISE(ABORT, 'claim_tokens is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER claim_tokens_no_delete BEFORE DELETE ON claim_tokens
BEGIN
	SELECT RAISE(ABORT, 'claim_tokens is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER claim_tokens_no_replace BEFORE INSERT ON claim_tokens
WHEN EXISTS (SELECT 1 FROM claim_tokens WHERE id = NEW.id)
	OR EXISTS (SELECT 1 FROM claim_tokens WHERE token_hash = NEW.token_hash)
	OR EXISTS (
		SELECT 1 FROM claim_tokens
		WHERE certificate_id = NEW.certificate_id AND auto_share_partner_id = NEW.auto_share_partner_id
	)
BEGIN
	SELECT RAISE(ABORT, 'claim_tokens is append-only: claim token exists');
END;
--> statement-breakpoint
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
BEGIN
	SELECT RAISE(ABORT, 'claims is append-only');
END;
--> statement-breakpoint
-- A pending claim (a targeted share's inbox row) is decided in place, and that is all that ever happens to it: it
-- stays the row of its token, certificate and buyer. A decided claim changes no more (claims_decided_is_final).
CREATE TRIGGER claims_pending_is_only_decided BEFORE UPDATE ON claims
WHEN OLD.status = 'pending' AND (
	NEW.status = 'pending'
	OR NEW.id IS NOT OLD.id
	OR NEW.claim_token_id IS NOT OLD.claim_token_id
	OR NEW.certificate_id IS NOT OLD.certificate_id
	OR NEW.buyer_company_id IS NOT OLD.buyer_company_id
	OR NEW.created_at IS NOT OLD.created_at
)
BEGIN
	SELECT RAISE(ABORT, 'claims is append-only: a pending claim can only be decided');
END;
--> statement-breakpoint
CREATE TRIGGER claims_no_replace BEFORE INSERT ON claims
WHEN EXISTS (SELECT 1 FROM claims WHERE id = NEW.id)
	OR EXISTS (SELECT 1 FROM claims WHERE claim_token_id = NEW.claim_token_id)
BEGIN
	SELECT RAISE(ABORT, 'claims is append-only: a claim of this token exists');
END;
--> statement-breakpoint
-- access_events_no_replace (0004) covers id and the chain position; this covers the request key. Its own message:
-- a request recorded twice is a duplicate delivery to acknowledge, not a chain head that moved.
CREATE TRIGGER access_events_no_replace_by_request BEFORE INSERT ON access_events
WHEN NEW.request_id IS NOT NULL
	AND EXISTS (SELECT 1 FROM access_events WHERE certificate_id = NEW.certificate_id AND request_id = NEW.request_id)
BEGIN
	SELECT RAISE(ABORT, 'access_events is append-only: request already recorded');
END;
