import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { campaigns } from './campaigns';
import { committeeMembers } from './committee';
import { PLAN_KINDS, PLAN_STATUSES } from './codes';
import { timestamps, versioned } from './common';
import { trainings } from './trainings';

/** One activity in the committee's plan for a year (framdriftsplan). */
export const planItems = sqliteTable(
  'plan_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    activity: text('activity').notNull(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    responsibleMemberId: integer('responsible_member_id').references(() => committeeMembers.id),
    /** A due date, or else a quarter (1–4) of the year, or neither. */
    dueDate: text('due_date'),
    dueQuarter: integer('due_quarter'),
    status: text('status', { enum: PLAN_STATUSES }).notNull(),
    /** The campaign or training that fulfils the item; the item counts as done once it is completed or held. */
    campaignId: integer('campaign_id').references(() => campaigns.id),
    trainingId: integer('training_id').references(() => trainings.id, { onDelete: 'set null' }),
    notes: text('notes'),
    /** The item of the year before that this one was carried over from (so a carry-over never duplicates). */
    copiedFromId: integer('copied_from_id').references((): AnySQLiteColumn => planItems.id, { onDelete: 'set null' }),
    ...timestamps,
    ...versioned,
  },
  (table) => [index('plan_items_year').on(table.year), uniqueIndex('plan_items_copied_from').on(table.copiedFromId)],
);
