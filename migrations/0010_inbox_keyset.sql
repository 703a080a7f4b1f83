CREATE INDEX `claims_buyer_created_idx` ON `claims` (`buyer_company_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `claims_buyer_certificate_idx` ON `claims` (`buyer_company_id`,`certificate_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `claims_buyer_certificate_claimed_idx` ON `claims` (`buyer_company_id`,`certificate_id`,`claimed_at`);--> statement-breakpoint
CREATE INDEX `claims_buyer_claimed_idx` ON `claims` (`buyer_company_id`,`claimed_at`);