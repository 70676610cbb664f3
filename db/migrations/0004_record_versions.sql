ALTER TABLE `committee_members` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `committee_members` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `units` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `units` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `appointments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `appointments` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `campaign_themes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `campaign_themes` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `plan_items` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `plan_items` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `amu_cases` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `amu_cases` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `training_topics` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `training_topics` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `trainings` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `trainings` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `annual_reports` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `annual_reports` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `statistics_counts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `statistics_counts` ADD `updated_by` text;--> statement-breakpoint
ALTER TABLE `statistics_indicators` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `statistics_indicators` ADD `updated_by` text;