import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { type BackupInfo, backupDatabase, fileStamp } from './backup';
import { connect, connectSnapshot } from './connect';
import { DatabaseError } from './errors';
import { makeFolder } from './makeFolder';
import { appliedCount, migrationState, runMigrations } from './migrate';
import { findMigrationsDir } from './migrationsDir';
import { applyPragmas, BUSY_TIMEOUT_MS } from './pragmas';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedDatabase {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** The backup taken before pending migrations were applied, if any were. */
  migrationBackup: string | null;
  /** Open for reading only (the file, its folder or its disk is write-protected): every save answers `readonly`. */
  readOnly: boolean;
}

export interface OpenOptions {
  /** Refuse to create the file when it does not exist (read-only faces such as the CLI). */
  mustExist?: boolean;
  migrationsDir?: string;
  /** Where backups before migrations go; defaults to `backups/` beside the data file. */
  backupDir?: string;
  /** Written into the backup taken before migrations (what it is, who and which app version made it). */
  backupInfo?: BackupInfo;
  /** The file name of that backup, given the file about to be migrated; defaults to `for-migrering-<time>.sqlite`. */
  backupName?: (sqlite: Database.Database) => string;
  now?: () => Date;
}

function hasForeignTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .get() as { n: number };
  return row.n > 0;
}

const LOCKED = /SQLITE_BUSY|database is locked/i;
const READ_ONLY = /SQLITE_READONLY|readonly database|read-only file system|EROFS/i;

const CANT_OPEN = /SQLITE_CANTOPEN|unable to open/i;

/**
 * A read-only connection to an existing file: in place, or — where SQLite cannot open it in place because no `-shm`
 * can be made beside it (a write-protected folder, a disk mounted read-only) — a copy in memory (`connectSnapshot`).
 * Null when neither can read it.
 */
function readOnlyConnection(file: string): Database.Database | null {
  let direct: Database.Database;
  try {
    direct = connect(file, { readonly: true, fileMustExist: true });
  } catch {
    return connectSnapshot(file);
  }
  try {
    direct.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    direct.prepare('SELECT count(*) FROM sqlite_master').get();
    return direct;
  } catch (error) {
    direct.close();
    if (CANT_OPEN.test(String(error))) return connectSnapshot(file);
    throw error;
  }
}

function classified(error: unknown, file: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const message = String(error);
  return new DatabaseError(LOCKED.test(message) ? 'locked' : 'corrupt', file, message);
}

/**
 * Checks an existing file through a read-only connection first: closing a read-write connection checkpoints and
 * deletes the -wal, which on a damaged file would change it (and could throw away what the -wal holds).
 * Returns false when the file cannot be looked at read-only here, so the normal open has to decide.
 */
function checkedReadOnly(file: string): boolean {
  let sqlite: Database.Database | null;
  try {
    sqlite = readOnlyConnection(file);
  } catch (error) {
    if (CANT_OPEN.test(String(error)) || /SQLITE_READONLY/i.test(String(error))) return false;
    throw classified(error, file);
  }
  if (!sqlite) return false;
  try {
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
    if (appliedCount(sqlite) === 0 && hasForeignTables(sqlite)) {
      throw new DatabaseError('corrupt', file, 'an SQLite file that AKAN Utvalg did not create');
    }
    return true;
  } catch (error) {
    if (CANT_OPEN.test(String(error)) || /SQLITE_READONLY/i.test(String(error))) return false;
    throw classified(error, file);
  } finally {
    sqlite.close();
  }
}

interface RawOpen {
  sqlite: Database.Database;
  /** Opened for reading only: the file, its folder or its disk is write-protected. */
  readOnly: boolean;
}

/** A healthy file that cannot be written here is opened for reading, never called damaged; null when it cannot be. */
function readOnlyFallback(file: string, checked: boolean): RawOpen | null {
  if (!checked) return null;
  const sqlite = readOnlyConnection(file);
  if (!sqlite) return null;
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, readOnly: true };
}

function openRaw(file: string, mustExist: boolean): RawOpen {
  const exists = fs.existsSync(file);
  if (mustExist && !exists) throw new DatabaseError('missing', file, 'file does not exist');
  const checked = exists && checkedReadOnly(file);
  let sqlite: Database.Database;
  try {
    makeFolder(path.dirname(file));
    sqlite = connect(file);
  } catch (error) {
    const fallback = readOnlyFallback(file, checked);
    if (fallback) return fallback;
    // A file that checked out healthy read-only but cannot be opened for writing is write-protected, not damaged.
    throw new DatabaseError(checked || READ_ONLY.test(String(error)) ? 'readonly' : 'unwritable', file, String(error));
  }
  try {
    applyPragmas(sqlite);
    if (!checked) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`quick_check: ${String(check)}`);
    }
  } catch (error) {
    sqlite.close();
    const message = String(error);
    // An existing file SQLite cannot open for writing (nor make its -wal/-shm beside) is write-protected, not damaged.
    const readOnly = READ_ONLY.test(message) || (exists && CANT_OPEN.test(message));
    if (readOnly && !LOCKED.test(message)) {
      const fallback = readOnlyFallback(file, checked);
      if (fallback) return fallback;
    }
    throw new DatabaseError(LOCKED.test(message) ? 'locked' : readOnly ? 'readonly' : 'corrupt', file, message);
  }
  return { sqlite, readOnly: false };
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/**
 * Opens (or creates) the data file with the app's pragmas and applies pending migrations.
 * Before migrating a file that holds data it takes a backup; if migrating fails, the backup is put back.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const migrationsDir = options.migrationsDir ?? findMigrationsDir();
  const now = options.now ?? (() => new Date());
  const { sqlite, readOnly } = openRaw(file, options.mustExist ?? false);
  const state = migrationState(sqlite, migrationsDir);
  if (readOnly && state.applied < state.shipped) {
    sqlite.close();
    throw new DatabaseError('readonly', file, 'a write-protected file that needs migrating');
  }
  if (state.applied > state.shipped) {
    sqlite.close();
    throw new DatabaseError('too_new', file, `file has ${state.applied} migrations, app ships ${state.shipped}`);
  }
  if (state.applied === 0 && hasForeignTables(sqlite)) {
    sqlite.close();
    throw new DatabaseError('corrupt', file, 'an SQLite file that AKAN Utvalg did not create');
  }
  let migrationBackup: string | null = null;
  if (state.applied < state.shipped) {
    if (state.applied > 0) {
      const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
      migrationBackup = path.join(dir, options.backupName?.(sqlite) ?? `for-migrering-${fileStamp(now())}.sqlite`);
      try {
        makeFolder(dir);
        await backupDatabase(sqlite, migrationBackup, options.backupInfo ?? {});
      } catch (error) {
        sqlite.close();
        throw new DatabaseError('unwritable', dir, `backup before migrating failed: ${String(error)}`);
      }
    }
    try {
      runMigrations(sqlite, migrationsDir);
    } catch (error) {
      sqlite.close();
      if (migrationBackup) {
        removeSidecars(file);
        fs.copyFileSync(migrationBackup, file);
      }
      throw new DatabaseError('migration_failed', file, String(error), migrationBackup);
    }
  }
  const db = drizzle(sqlite, { schema }) as Db;
  return { db, sqlite, file, migrationBackup, readOnly };
}
