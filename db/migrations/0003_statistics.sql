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
