import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** The current time as an ISO UTC timestamp, computed by SQLite. */
export const NOW_UTC = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const timestamps = {
  createdAt: text('created_at').notNull().default(NOW_UTC),
  updatedAt: text('updated_at').notNull().default(NOW_UTC),
};
