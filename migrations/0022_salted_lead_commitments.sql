ALTER TABLE `certificates` ADD `lead_email_commitment` text;--> statement-breakpoint
ALTER TABLE `certificates` ADD `lead_phone_commitment` text;--> statement-breakpoint
ALTER TABLE `certificates` ADD `lead_salts` text;