CREATE TABLE `campaign_audiences` (
	`campaign_id` integer NOT NULL,
	`audience` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `audience`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campaign_channels` (
	`campaign_id` integer NOT NULL,
	`channel` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `channel`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campaign_materials` (
	`campaign_id` integer NOT NULL,
	`position` integer NOT NULL,
	`url` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `position`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campaign_themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `campaign_units` (
	`campaign_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`campaign_id`, `unit_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`theme_id` integer NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text NOT NULL,
	`estimated_reach` integer,
	`evaluation` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `campaign_themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaigns_period` ON `campaigns` (`period_start`,`period_end`);--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`activity` text NOT NULL,
	`kind` text NOT NULL,
	`responsible_member_id` integer,
	`due_date` text,
	`due_quarter` integer,
	`status` text NOT NULL,
	`campaign_id` integer,
	`training_id` integer,
	`notes` text,
	`copied_from_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`responsible_member_id`) REFERENCES `committee_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`copied_from_id`) REFERENCES `plan_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `plan_items_year` ON `plan_items` (`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `plan_items_copied_from` ON `plan_items` (`copied_from_id`);--> statement-breakpoint
CREATE TABLE `amu_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`report_year` integer,
	`meeting_date` text,
	`case_number` text,
	`status` text NOT NULL,
	`decision_text` text,
	`decision_date` text,
	`appointment_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`appointment_id`) REFERENCES `appointments`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `amu_cases_kind` ON `amu_cases` (`kind`,`status`);--> statement-breakpoint
CREATE TABLE `training_audiences` (
	`training_id` integer NOT NULL,
	`audience` text NOT NULL,
	PRIMARY KEY(`training_id`, `audience`),
	FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `training_participants` (
	`training_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`audience` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`training_id`, `unit_id`, `audience`),
	FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "training_participants_count_not_negative" CHECK("training_participants"."count" >= 0)
);
--> statement-breakpoint
CREATE INDEX `training_participants_unit` ON `training_participants` (`unit_id`);--> statement-breakpoint
CREATE TABLE `training_topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_topics_key_unique` ON `training_topics` (`key`);--> statement-breakpoint
CREATE TABLE `training_units` (
	`training_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`training_id`, `unit_id`),
	FOREIGN KEY (`training_id`) REFERENCES `trainings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`topic_id` integer NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`location` text,
	`video_link` text,
	`facilitators` text,
	`capacity` integer,
	`description` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`cancel_reason` text,
	`evaluation_score` real,
	`evaluation_text` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	`series_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `training_topics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trainings_starts_at` ON `trainings` (`starts_at`);--> statement-breakpoint
CREATE INDEX `trainings_topic` ON `trainings` (`topic_id`);--> statement-breakpoint
CREATE TABLE `annual_reports` (
	`year` integer PRIMARY KEY NOT NULL,
	`summary_text` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statistics_counts` (
	`indicator_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`year` integer NOT NULL,
	`quarter` integer NOT NULL,
	`value` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`year`, `quarter`, `unit_id`, `indicator_id`),
	FOREIGN KEY (`indicator_id`) REFERENCES `statistics_indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statistics_counts_quarter" CHECK("statistics_counts"."quarter" between 1 and 4),
	CONSTRAINT "statistics_counts_value" CHECK("statistics_counts"."value" >= 0)
);
--> statement-breakpoint
CREATE INDEX `statistics_counts_indicator` ON `statistics_counts` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `statistics_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`measure` text DEFAULT 'flow' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `units` ADD `archived_with_id` integer;