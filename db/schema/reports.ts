import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from './common';

/** The committee's own words for the annual report to AMU, one row per report year. */
export const annualReports = sqliteTable('annual_reports', {
  year: integer('year').primaryKey(),
  summaryText: text('summary_text'),
  ...timestamps,
  ...versioned,
});
