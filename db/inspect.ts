import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { BACKUP_INFO_TABLE, type BackupInfo } from './backup';
import { connect } from './connect';
import { DatabaseError } from './errors';
import { appliedCount } from './migrate';

export interface DatabaseFileSummary {
  /** What a backup or export copy says about itself; empty for a data file. */
  info: BackupInfo;
  /** Migrations applied: the schema version. */
  migrations: number;
  /** Rows per table that holds an area's records (a table with `created_at`), found from `sqlite_master`. */
  tables: Record<string, number>;
  changes: number;
  lastChangeAt: string | null;
  /** The stored settings as written (`key` → JSON text): who the file belongs to is read from them. */
  settings: Record<string, string>;
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

function recordTables(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[];
    if (!columns.includes('created_at') || name.startsWith('__') || name === BACKUP_INFO_TABLE) continue;
    counts[name] = sqlite
      .prepare(`SELECT count(*) FROM ${quoted(name)}`)
      .pluck()
      .get() as number;
  }
  return counts;
}

function readInfo(sqlite: Database.Database): BackupInfo {
  if (!hasTable(sqlite, BACKUP_INFO_TABLE)) return {};
  const rows = sqlite.prepare(`SELECT key, value FROM ${BACKUP_INFO_TABLE}`).all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((row) => [String(row.key), String(row.value)]));
}

function readSettings(sqlite: Database.Database): Record<string, string> {
  if (!hasTable(sqlite, 'settings')) return {};
  try {
    const rows = sqlite.prepare('SELECT key, value FROM settings LIMIT 200').all() as {
      key: unknown;
      value: unknown;
    }[];
    return Object.fromEntries(rows.map((row) => [String(row.key), String(row.value)]));
  } catch {
    // A settings table not built as the app builds it says nothing about whose the file is (the rebuild refuses it).
    return {};
  }
}

function summarise(sqlite: Database.Database, file: string, check: 'quick' | 'full'): DatabaseFileSummary {
  const result = sqlite.pragma(check === 'full' ? 'integrity_check' : 'quick_check', { simple: true });
  if (result !== 'ok') throw new DatabaseError('corrupt', file, `${check} check: ${String(result)}`);
  if (check === 'full') {
    const violations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    if (violations > 0) throw new DatabaseError('corrupt', file, `foreign_key_check: ${violations} violation(s)`);
  }
  const migrations = appliedCount(sqlite);
  if (migrations === 0) throw new DatabaseError('corrupt', file, 'not a file made by AKAN Utvalg');
  const log = hasTable(sqlite, 'change_log')
    ? (sqlite.prepare('SELECT count(*) AS n, max(at) AS last FROM change_log').get() as {
        n: number;
        last: string | null;
      })
    : { n: 0, last: null };
  return {
    info: readInfo(sqlite),
    migrations,
    tables: recordTables(sqlite),
    changes: log.n,
    lastChangeAt: log.last,
    settings: readSettings(sqlite),
  };
}

/**
 * Opens a database file read-only and says what it holds; throws DatabaseError (`missing`, `corrupt`) when it is not a
 * readable AKAN Utvalg file. `full` reads every page and checks foreign keys; `quick` is for listing many files.
 */
export function inspectDatabaseFile(file: string, check: 'quick' | 'full'): DatabaseFileSummary {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new DatabaseError('missing', file, 'no such file');
  let sqlite: Database.Database;
  try {
    sqlite = connect(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseError('corrupt', file, String(error));
  }
  try {
    return summarise(sqlite, file, check);
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    const locked = /SQLITE_BUSY|database is locked/i.test(String(error));
    throw new DatabaseError(locked ? 'locked' : 'corrupt', file, String(error));
  } finally {
    sqlite.close();
  }
}
