import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { MEASURES } from './codes';
import { timestamps, versioned } from './common';
import { units } from './units';

/** The editable catalogue of counted indicators. Archived, never deleted, once it has numbers. */
export const statisticsIndicators = sqliteTable('statistics_indicators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  description: text('description'),
  measure: text('measure', { enum: MEASURES }).notNull().default('flow'),
  sortOrder: integer('sort_order').notNull().default(0),
  archivedAt: text('archived_at'),
  ...timestamps,
  ...versioned,
});

/** One anonymised count per indicator, unit and quarter. No row means "not reported", which is not the same as 0. */
export const statisticsCounts = sqliteTable(
  'statistics_counts',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => statisticsIndicators.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    value: integer('value').notNull(),
    ...timestamps,
    ...versioned,
  },
  (table) => [
    primaryKey({ columns: [table.year, table.quarter, table.unitId, table.indicatorId] }),
    index('statistics_counts_indicator').on(table.indicatorId),
    check('statistics_counts_quarter', sql`${table.quarter} between 1 and 4`),
    check('statistics_counts_value', sql`${table.value} >= 0`),
  ],
);

/**
 * Relations in the catalogue: the indicator `indicatorId` is worked out from `termId` with `sign` (+1 adds, -1 takes).
 * For a count at the period's end (stock): end of this period = end of the period before + adds − takes. For a
 * count over the period (flow): the whole = adds − takes in the same period.
 */
export const statisticsIndicatorTerms = sqliteTable(
  'statistics_indicator_terms',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => statisticsIndicators.id),
    termId: integer('term_id')
      .notNull()
      .references(() => statisticsIndicators.id),
    sign: integer('sign').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.indicatorId, table.termId] }),
    index('statistics_indicator_terms_term').on(table.termId),
    check('statistics_indicator_terms_sign', sql`${table.sign} in (1, -1)`),
    check('statistics_indicator_terms_self', sql`${table.indicatorId} <> ${table.termId}`),
  ],
);
