-- Claim events queued before the publisher's payload was narrowed to the claim's outcome still carry the buyer's
-- compliance summary (phrases, score, grade, lead match). Those not yet delivered are narrowed the same way before
-- they are sent (again); delivered and dead ones stay as the record of what was sent.
UPDATE `webhook_deliveries`
SET `payload` = json_set(`payload`, '$.data.compliance', json_object('status', json_extract(`payload`, '$.data.compliance.status')))
WHERE `status` = 'pending'
	AND `event_type` IN ('certificate.claimed', 'certificate.rejected')
	AND json_type(`payload`, '$.data.compliance.score') IS NOT NULL;
