CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`key_prefix` text NOT NULL,
	`created_by_user_id` text,
	`created_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_company_idx` ON `api_keys` (`company_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
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
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_events_chain_unique` ON `audit_events` (`certificate_id`,`seq`);--> statement-breakpoint
CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`property_id` text NOT NULL,
	`consent_text` text NOT NULL,
	`page_url` text NOT NULL,
	`consent_captured_at` text NOT NULL,
	`consumer_ip` text,
	`consumer_user_agent` text,
	`geo_country` text,
	`geo_state` text,
	`geo_city` text,
	`recording_url` text,
	`lead_email_sha256` text,
	`lead_phone_sha256` text,
	`created_at` text NOT NULL,
	`hmac_key_id` text NOT NULL,
	`hmac_signature` text NOT NULL,
	`ed25519_key_id` text,
	`ed25519_signature` text,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `certificates_company_created_idx` ON `certificates` (`company_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `claim_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`certificate_id` text NOT NULL,
	`publisher_company_id` text NOT NULL,
	`target_company_id` text,
	`access_level` text NOT NULL,
	`auto_share_partner_id` integer,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`publisher_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`auto_share_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_tokens_hash_unique` ON `claim_tokens` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `claim_tokens_auto_share_unique` ON `claim_tokens` (`certificate_id`,`auto_share_partner_id`);--> statement-breakpoint
CREATE INDEX `claim_tokens_target_idx` ON `claim_tokens` (`target_company_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_token_id` text NOT NULL,
	`certificate_id` text NOT NULL,
	`buyer_company_id` text NOT NULL,
	`status` text NOT NULL,
	`compliance` text,
	`claimed_by_user_id` text,
	`claim_ip` text,
	`claimed_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`claim_token_id`) REFERENCES `claim_tokens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`buyer_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_token_unique` ON `claims` (`claim_token_id`);--> statement-breakpoint
CREATE INDEX `claims_buyer_idx` ON `claims` (`buyer_company_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `consent_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` text NOT NULL,
	`rule_name` text NOT NULL,
	`mode` text NOT NULL,
	`required_phrases` text NOT NULL,
	`forbidden_phrases` text NOT NULL,
	`consent_text` text,
	`states` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consent_rules_company_idx` ON `consent_rules` (`company_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`property_id` text NOT NULL,
	`publisher_company_id` text NOT NULL,
	`partner_company_id` text NOT NULL,
	`access_level` text NOT NULL,
	`auto_share` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`property_id`) REFERENCES `properties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`publisher_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partners_active_unique` ON `partners` (`property_id`,`partner_company_id`) WHERE status = 'active';--> statement-breakpoint
CREATE INDEX `partners_publisher_idx` ON `partners` (`publisher_company_id`);--> statement-breakpoint
CREATE INDEX `partners_partner_idx` ON `partners` (`partner_company_id`);--> statement-breakpoint
CREATE TABLE `properties` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`domain` text NOT NULL,
	`name` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `properties_company_idx` ON `properties` (`company_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`company_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`company_id` text NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);