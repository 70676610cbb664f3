import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** The current time as an ISO UTC timestamp, computed by SQLite. */
export const NOW_UTC = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const timestamps = {
  createdAt: text('created_at').notNull().default(NOW_UTC),
  updatedAt: text('updated_at').notNull().default(NOW_UTC),
};

/**
 * Optimistic concurrency for a record people edit: every change through the contract raises `version` and names who
 * made it, so a change made from a stale copy is refused instead of overwriting someone else's work.
 */
export const versioned = {
  version: integer('version').notNull().default(1),
  updatedBy: text('updated_by'),
};
