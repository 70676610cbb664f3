import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per setting; values are JSON so that each setting keeps its type. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
