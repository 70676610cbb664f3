import type Database from 'better-sqlite3';
import type { RecordGuard } from './guard';

/** Who changed a record last and when (ISO UTC), and the version it is at now. */
export interface LastChange {
  version: number;
  by: string | null;
  at: string;
}

/** Thrown inside the write's transaction when the record has moved on since the form read it; nothing is written. */
export class StaleRecord extends Error {
  constructor(
    readonly guard: RecordGuard,
    readonly key: unknown,
    readonly last: LastChange,
  ) {
    super(`stale ${guard.table} ${String(key)}`);
    this.name = 'StaleRecord';
  }
}

/**
 * Inside the write's transaction: refuses a stale version, then raises the version and names `user` before the
 * handler runs, so what the handler returns already carries the new version. A record that does not exist is left
 * to the handler (which answers "not found", or creates a record keyed by year).
 */
export function claimVersion(
  sqlite: Database.Database,
  guard: RecordGuard,
  input: Record<string, unknown>,
  user: string,
) {
  const key = input[guard.key];
  const last = sqlite
    .prepare(`SELECT version, updated_by AS "by", updated_at AS "at" FROM ${guard.table} WHERE ${guard.key} = ?`)
    .get(key) as LastChange | undefined;
  const { version, ...rest } = input;
  if (!last) return { data: rest, created: true };
  if (last.version !== version) throw new StaleRecord(guard, key, last);
  sqlite
    .prepare(`UPDATE ${guard.table} SET version = version + 1, updated_by = ? WHERE ${guard.key} = ?`)
    .run(user, key);
  return { data: rest, created: false };
}

/** Names who made a record that the write created (a summary written for a year for the first time). */
export function nameCreator(sqlite: Database.Database, guard: RecordGuard, key: unknown, user: string): void {
  sqlite.prepare(`UPDATE ${guard.table} SET updated_by = ? WHERE ${guard.key} = ?`).run(user, key);
}
