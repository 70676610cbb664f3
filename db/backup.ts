import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './connect';
import { DatabaseError } from './errors';

/** Written into backup and export copies only (never into the data file): what the copy is and where it came from. */
export const BACKUP_INFO_TABLE = 'akan_backup_info';

export type BackupInfo = Record<string, string>;

export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const TEMP_SUFFIX = /\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/;

/** True for the temporary files a copy in progress writes (`.<name>.<random>.tmp`); never a finished backup. */
export function isTempCopy(name: string): boolean {
  return name.startsWith('.') && TEMP_SUFFIX.test(name);
}

/** The name a temporary copy was to become (`.<name>.<random>.tmp` → `<name>`); null for any other file. */
export function tempCopyTarget(name: string): string | null {
  return isTempCopy(name) ? name.slice(1).replace(TEMP_SUFFIX, '') : null;
}

/** A new temporary file name in `dir` for a copy of `name`, recognised by `isTempCopy` (and swept when left behind). */
export function tempPathFor(dir: string, name: string): string {
  return path.join(dir, `.${name}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/** Removes a copy and the journal files SQLite may have left beside it. */
export function discardCopy(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

export function fsyncPath(file: string, flags: string): void {
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function fsyncDirectory(dir: string): void {
  try {
    fsyncPath(dir, 'r');
  } catch {
    // Windows cannot open a folder to flush it; NTFS journals the rename itself.
  }
}

/** Makes a fresh copy a standalone file (rollback journal, no -wal), stamps it and checks every page. */
function finishCopy(file: string, info: BackupInfo | null): void {
  const copy = connect(file, { fileMustExist: true });
  try {
    // A crash here leaves only a temporary file, which never counts; the finished copy is flushed once, below.
    copy.pragma('synchronous = OFF');
    copy.pragma('journal_mode = DELETE');
    copy.exec(`DROP TABLE IF EXISTS ${BACKUP_INFO_TABLE}`);
    if (info) {
      copy.exec(`CREATE TABLE ${BACKUP_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const insert = copy.prepare(`INSERT INTO ${BACKUP_INFO_TABLE} (key, value) VALUES (?, ?)`);
      copy.transaction(() => {
        for (const [key, value] of Object.entries(info)) insert.run(key, value);
      })();
    }
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new DatabaseError('corrupt', file, `integrity_check of the copy: ${String(check)}`);
  } finally {
    copy.close();
  }
  fsyncPath(file, 'r+');
}

/**
 * Copies a database with `VACUUM INTO` (a consistent snapshot, never a file copy of a live WAL file, and without free
 * pages, so nothing deleted travels with the copy) into a temporary file in `dir`, then verifies it. `info` is written
 * into the copy; without it the copy holds none. Returns the temporary file; the caller commits it with `commitCopy`
 * or drops it with `discardCopy`.
 */
export async function copyToTemp(
  source: Database.Database | string,
  dir: string,
  name: string,
  info: BackupInfo | null,
): Promise<string> {
  const temp = tempPathFor(dir, name);
  const sourceDb = typeof source === 'string' ? connect(source, { readonly: true, fileMustExist: true }) : source;
  try {
    sourceDb.prepare('VACUUM INTO ?').run(temp);
    finishCopy(temp, info);
    return temp;
  } catch (error) {
    discardCopy(temp);
    throw error;
  } finally {
    if (sourceDb !== source) sourceDb.close();
  }
}

/** Puts a verified temporary copy in place with one atomic rename. */
export function commitCopy(temp: string, target: string): void {
  fs.renameSync(temp, target);
  fsyncDirectory(path.dirname(target));
}

/** A complete, verified, standalone copy at `target`, or (on any failure) no new file at all. */
export async function backupDatabase(
  source: Database.Database | string,
  target: string,
  info: BackupInfo | null,
): Promise<void> {
  const temp = await copyToTemp(source, path.dirname(target), path.basename(target), info);
  try {
    commitCopy(temp, target);
  } catch (error) {
    discardCopy(temp);
    throw error;
  }
}

/**
 * Opens a closed data file for a swap: checkpoints and leaves rollback-journal mode so no -wal stays behind.
 * Fails with `locked` while any other connection (another program) still has the file open.
 */
export function openAlone(file: string): Database.Database {
  const sqlite = connect(file, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 1000');
    sqlite.pragma('journal_mode = DELETE');
    if (sqlite.pragma('journal_mode', { simple: true }) !== 'delete') throw new Error('database is locked');
  } catch (error) {
    sqlite.close();
    const locked = /SQLITE_BUSY|database is locked/i.test(String(error));
    throw new DatabaseError(locked ? 'locked' : 'corrupt', file, String(error));
  }
  return sqlite;
}

/** Keeps a file that is about to be replaced under `aside` (a hard link when possible, so no space is needed). */
function keepAside(file: string, aside: string): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    fs.copyFileSync(file, aside, fs.constants.COPYFILE_EXCL);
  }
}

/**
 * Replaces the (closed) data file with a verified copy. With `aside`, the old file and its -wal are kept under that
 * name first; without it the caller has already backed the old file up. The data file is never missing meanwhile.
 */
export function installCopy(temp: string, dataFile: string, aside: string | null): void {
  if (aside) {
    if (fs.existsSync(dataFile)) keepAside(dataFile, aside);
    if (fs.existsSync(`${dataFile}-wal`)) keepAside(`${dataFile}-wal`, `${aside}-wal`);
  }
  // A -wal left beside the new file would be replayed into it.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dataFile + suffix, { force: true });
  commitCopy(temp, dataFile);
}
