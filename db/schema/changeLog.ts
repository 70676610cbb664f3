import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { NOW_UTC } from './common';

/** Who changed what and when, one row per write through the contract. Holds no free text from the data. */
export const changeLog = sqliteTable(
  'change_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(NOW_UTC),
    user: text('user').notNull(),
    method: text('method').notNull(),
    label: text('label').notNull(),
    entityId: integer('entity_id'),
  },
  (table) => [index('change_log_at').on(table.at)],
);
