import { type AnySQLiteColumn, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from './common';

/** Organisational units, nested (sektor > virksomhet > enhet). Archived, never deleted when referenced. */
export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
  headcount: integer('headcount'),
  leaderCount: integer('leader_count'),
  archivedAt: text('archived_at'),
  /** The unit whose archiving took this one along (itself when archived alone); restoring it brings the group back. */
  archivedWithId: integer('archived_with_id'),
  ...timestamps,
  ...versioned,
});
