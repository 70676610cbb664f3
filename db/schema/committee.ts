import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from './common';

export const committeeMembers = sqliteTable('committee_members', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  committeeRole: text('committee_role').notNull(),
  email: text('email'),
  activeFrom: text('active_from'),
  activeTo: text('active_to'),
  ...timestamps,
  ...versioned,
});
