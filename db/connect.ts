import fs from 'node:fs';
import Database from 'better-sqlite3';

export interface ConnectOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * Every connection the app makes goes through here. `trusted_schema = OFF`: functions with side effects can never run
 * from a file's own schema (triggers, views, defaults, generated columns), whatever file is opened.
 * `secure_delete = ON`: what is deleted is overwritten with zeros, not left readable in free space.
 */
export function connect(file: string, options: ConnectOptions = {}): Database.Database {
  const sqlite = new Database(file, options);
  try {
    sqlite.pragma('trusted_schema = OFF');
    if (!options.readonly) sqlite.pragma('secure_delete = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

/** Bytes 18 and 19 of an SQLite file: 2 for a file in WAL mode, 1 for rollback-journal mode. */
const WAL_HEADER = [18, 19] as const;

/**
 * A read-only copy in memory of a file that SQLite cannot open in place because the folder can take no `-shm` beside
 * it (a write-protected folder, a disk mounted read-only). Only for a file with no `-wal` to replay: one with
 * changes waiting in its `-wal` cannot be read right this way, so `null` then. The copy is marked as a rollback-journal
 * file (memory cannot hold a WAL); nothing is written anywhere.
 */
export function connectSnapshot(file: string): Database.Database | null {
  if ((fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) > 0) return null;
  const bytes = fs.readFileSync(file);
  if (bytes.length < 100) return null;
  for (const at of WAL_HEADER) if (bytes[at] === 2) bytes[at] = 1;
  const sqlite = new Database(bytes, { readonly: true });
  sqlite.pragma('trusted_schema = OFF');
  return sqlite;
}
