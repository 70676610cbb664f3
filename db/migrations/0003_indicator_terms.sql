CREATE TABLE `statistics_indicator_terms` (
	`indicator_id` integer NOT NULL,
	`term_id` integer NOT NULL,
	`sign` integer NOT NULL,
	PRIMARY KEY(`indicator_id`, `term_id`),
	FOREIGN KEY (`indicator_id`) REFERENCES `statistics_indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`term_id`) REFERENCES `statistics_indicators`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statistics_indicator_terms_sign" CHECK("statistics_indicator_terms"."sign" in (1, -1)),
	CONSTRAINT "statistics_indicator_terms_self" CHECK("statistics_indicator_terms"."indicator_id" <> "statistics_indicator_terms"."term_id")
);
--> statement-breakpoint
CREATE INDEX `statistics_indicator_terms_term` ON `statistics_indicator_terms` (`term_id`);--> statement-breakpoint
-- A data file that already has the default catalogue gets its relation: active at the end = before + new − ended.
INSERT INTO `statistics_indicator_terms` (`indicator_id`, `term_id`, `sign`)
SELECT s.`id`, t.`id`, CASE t.`name` WHEN 'Nye individuelle Akan-avtaler' THEN 1 ELSE -1 END
FROM `statistics_indicators` s JOIN `statistics_indicators` t
  ON t.`name` IN ('Nye individuelle Akan-avtaler', 'Avsluttede Akan-avtaler – fullført', 'Avsluttede Akan-avtaler – avbrutt eller overført til personalsak')
 AND t.`measure` = 'flow'
WHERE s.`name` = 'Aktive Akan-avtaler ved periodens slutt' AND s.`measure` = 'stock';
