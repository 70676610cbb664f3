import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BACKUP_INFO_TABLE, backupDatabase, installCopy, isTempCopy, openAlone } from '../../../db/backup';
import { inspectDatabaseFile } from '../../../db/inspect';
import { openDatabase } from '../../../db/open';
import { tempDir } from '../../support/app';
import { contentHash } from '../../support/dbContent';

afterEach(() => vi.restoreAllMocks());

async function liveDatabase() {
  const dir = tempDir();
  const opened = await openDatabase(path.join(dir, 'akan.sqlite'));
  const insert = opened.sqlite.prepare('INSERT INTO units (name) VALUES (?)');
  opened.sqlite.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`Enhet ${i}`);
  })();
  return { dir, ...opened };
}

describe('backupDatabase (VACUUM INTO, verified, then renamed into place)', () => {
  test('the copy is a complete, standalone database that passes integrity_check and carries its info', async () => {
    const { dir, sqlite } = await liveDatabase();
    const target = path.join(dir, 'copy.sqlite');
    await backupDatabase(sqlite, target, { kind: 'manual', createdBy: 'tester' });
    expect(fs.readdirSync(dir).sort()).toEqual(['akan.sqlite', 'akan.sqlite-shm', 'akan.sqlite-wal', 'copy.sqlite']);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT count(*) FROM units').pluck().get()).toBe(2000);
    expect(copy.prepare(`SELECT value FROM ${BACKUP_INFO_TABLE} WHERE key = 'createdBy'`).pluck().get()).toBe('tester');
    copy.close();
    expect(sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = ?`).pluck().get(BACKUP_INFO_TABLE)).toBe(0);
    sqlite.close();
  });

  test('writes from another connection during the copy give a consistent snapshot', async () => {
    const { dir, sqlite, file } = await liveDatabase();
    const writer = new Database(file);
    writer.pragma('busy_timeout = 5000');
    const insert = writer.prepare('INSERT INTO units (name) VALUES (?)');
    let written = 0;
    const interval = setInterval(() => {
      insert.run(`Under kopiering ${written++}`);
    }, 1);
    const target = path.join(dir, 'copy.sqlite');
    await backupDatabase(sqlite, target, {});
    clearInterval(interval);
    writer.close();
    expect(inspectDatabaseFile(target, 'full').tables.units).toBeGreaterThanOrEqual(2000);
    sqlite.close();
  });

  test('a copy from a data file already closed (the app quitting) leaves neither the target nor a temporary file', async () => {
    const { dir, sqlite } = await liveDatabase();
    const target = path.join(dir, 'copy.sqlite');
    sqlite.close();
    await expect(backupDatabase(sqlite, target, {})).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['akan.sqlite']);
  });

  test('a full disk during the copy leaves no partial file and the live database untouched', async () => {
    const { dir, sqlite } = await liveDatabase();
    const before = contentHash(sqlite);
    const prepare = sqlite.prepare.bind(sqlite);
    vi.spyOn(sqlite, 'prepare').mockImplementation((source: string) => {
      if (!source.startsWith('VACUUM INTO')) return prepare(source);
      return {
        run(destination: string) {
          fs.writeFileSync(destination, Buffer.alloc(8192, 1)); // what SQLite had written when the disk filled up
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      } as never;
    });
    await expect(backupDatabase(sqlite, path.join(dir, 'copy.sqlite'), {})).rejects.toMatchObject({
      code: 'SQLITE_FULL',
    });
    vi.restoreAllMocks();
    expect(fs.readdirSync(dir).filter((n) => !n.startsWith('akan.sqlite'))).toEqual([]);
    expect(contentHash(sqlite)).toBe(before);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });

  test('ENOSPC when flushing the finished copy: no partial file, no target', async () => {
    const { dir, sqlite } = await liveDatabase();
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    await expect(backupDatabase(sqlite, path.join(dir, 'copy.sqlite'), {})).rejects.toMatchObject({ code: 'ENOSPC' });
    vi.restoreAllMocks();
    expect(fs.readdirSync(dir).filter((n) => !n.startsWith('akan.sqlite'))).toEqual([]);
    sqlite.close();
  });

  test('temporary copies are recognisable and never look like a backup', () => {
    expect(isTempCopy('.daglig-2026-11-23.sqlite.0123456789ab.tmp')).toBe(true);
    expect(isTempCopy('.akan.sqlite.0123456789ab.tmp-journal')).toBe(true);
    expect(isTempCopy('daglig-2026-11-23.sqlite')).toBe(false);
  });
});

describe('swapping the data file', () => {
  test('openAlone refuses while another connection has the file open, and succeeds once it is closed', async () => {
    const { file, sqlite } = await liveDatabase();
    expect(() => openAlone(file)).toThrow(expect.objectContaining({ kind: 'locked' }));
    sqlite.close();
    const alone = openAlone(file);
    alone.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  test('installCopy keeps the old file and its -wal aside and leaves no stale -wal beside the new one', async () => {
    const { dir, file, sqlite } = await liveDatabase();
    const other = path.join(dir, 'other.sqlite');
    await backupDatabase(sqlite, other, {});
    fs.copyFileSync(`${file}-wal`, path.join(dir, 'wal-before'));
    const walBefore = fs.readFileSync(path.join(dir, 'wal-before'));
    sqlite.close();
    fs.writeFileSync(`${file}-wal`, walBefore); // as after a crash: the -wal still beside the file
    const aside = path.join(dir, 'akan.skadet.sqlite');
    const before = fs.readFileSync(file);
    installCopy(other, file, aside);
    expect(fs.readFileSync(aside).equals(before)).toBe(true);
    expect(fs.readFileSync(`${aside}-wal`).equals(walBefore)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(inspectDatabaseFile(file, 'full').tables.units).toBe(2000);
  });
});
