import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIENCES, TRAINING_STATUSES } from './codes';
import { timestamps, versioned } from './common';
import { units } from './units';

/** The catalogue of training topics. `key` marks the built-in ones (coverage finds "Den nødvendige samtalen" by it). */
export const trainingTopics = sqliteTable('training_topics', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  key: text('key').unique(),
  name: text('name').notNull(),
  archivedAt: text('archived_at'),
  ...timestamps,
  ...versioned,
});

/** A training session. Start and end are Europe/Oslo wall-clock times, `YYYY-MM-DDTHH:mm`. */
export const trainings = sqliteTable(
  'trainings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    topicId: integer('topic_id')
      .notNull()
      .references(() => trainingTopics.id),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    location: text('location'),
    videoLink: text('video_link'),
    facilitators: text('facilitators'),
    capacity: integer('capacity'),
    description: text('description'),
    status: text('status', { enum: TRAINING_STATUSES }).notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    evaluationScore: real('evaluation_score'),
    evaluationText: text('evaluation_text'),
    /** iCalendar SEQUENCE: raised whenever what the calendar shows changes. */
    sequence: integer('sequence').notNull().default(0),
    /** The first session of the series this one was created with. */
    seriesId: integer('series_id'),
    ...timestamps,
    ...versioned,
  },
  (table) => [index('trainings_starts_at').on(table.startsAt), index('trainings_topic').on(table.topicId)],
);

export const trainingAudiences = sqliteTable(
  'training_audiences',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.trainingId, table.audience] })],
);

/** The units invited to a session. */
export const trainingUnits = sqliteTable(
  'training_units',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (table) => [primaryKey({ columns: [table.trainingId, table.unitId] })],
);

/** How many took part, per unit and audience. Counts only: never names. */
export const trainingParticipants = sqliteTable(
  'training_participants',
  {
    trainingId: integer('training_id')
      .notNull()
      .references(() => trainings.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    count: integer('count').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.trainingId, table.unitId, table.audience] }),
    index('training_participants_unit').on(table.unitId),
    check('training_participants_count_not_negative', sql`${table.count} >= 0`),
  ],
);
