-- A token of a certificate whose consent was revoked cannot be claimed, even by a claim whose checks ran before the
-- revocation landed (both go through the certificate's ledger, one batch after the other): SQLite itself refuses to
-- decide a claim of a revoked certificate. A pending row (a targeted share) may still be written; it never leaves
-- pending.
CREATE TRIGGER `claims_refuse_revoked_insert` BEFORE INSERT ON `claims`
WHEN NEW.`status` <> 'pending' AND EXISTS (SELECT 1 FROM `revocations` WHERE `certificate_id` = NEW.`certificate_id`)
BEGIN
	SELECT RAISE(ABORT, 'CONSENT_REVOKED: the consent this certificate records was revoked');
END;
--> statement-breakpoint
CREATE TRIGGER `claims_refuse_revoked_update` BEFORE UPDATE OF `status` ON `claims`
WHEN NEW.`status` <> 'pending' AND EXISTS (SELECT 1 FROM `revocations` WHERE `certificate_id` = NEW.`certificate_id`)
BEGIN
	SELECT RAISE(ABORT, 'CONSENT_REVOKED: the consent this certificate records was revoked');
END;
