ALTER TABLE `api_keys` ADD `scopes` text DEFAULT '["certificates:write","certificates:read","sharing:write","claims:write","evidence:read","rules:write","partners:write"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `expires_at` text;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `last_used_at` text;