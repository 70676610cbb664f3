import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { ownIdentity } from '../../core/backups/identity';
import { NEW_ID_LABEL, NEW_ID_METHOD } from '../../core/backups/location';
import { readStatus, statusFile } from '../../core/backups/status';
import { DATA_FILE_LOCATION_KEY, readStoredSettings } from '../../core/settings/stored';
import { ok, tempDir } from '../support/app';

const handles: AppHandle[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.close();
});

/** One instant for every file: daily backups of two files on one day would be named alike but for the id. */
const clock = new Date('2026-11-23T09:15:00.000Z');

async function open(dataFile: string, dailyBackups = false): Promise<AppHandle> {
  const app = await openApp({ dataFile, user: 'kari', dailyBackups, now: () => clock });
  handles.push(app);
  await app.idle();
  return app;
}

function close(app: AppHandle): void {
  handles.splice(handles.indexOf(app), 1);
  app.close();
}

function hash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function remembered(app: AppHandle): unknown {
  const row = app.context.sqlite
    .prepare('SELECT value FROM settings WHERE key = ?')
    .pluck()
    .get(DATA_FILE_LOCATION_KEY);
  return typeof row === 'string' ? JSON.parse(row) : null;
}

function newIdEntries(app: AppHandle): { label: string; user: string }[] {
  return app.context.sqlite.prepare('SELECT label, user FROM change_log WHERE method = ?').all(NEW_ID_METHOD) as {
    label: string;
    user: string;
  }[];
}

/** A data file with a unit, an organisation, a shared backup folder, and today's daily backup and a manual one in it. */
async function original() {
  const base = tempDir();
  const share = path.join(base, 'felles-mappe');
  const dataFile = path.join(base, 'kontor', 'akan.sqlite');
  fs.mkdirSync(path.dirname(dataFile));
  const app = await open(dataFile);
  await ok(app, 'settings.update', { organisationName: 'Testkommune', backupFolder: share });
  await ok(app, 'units.create', { name: 'Helse' });
  const manual = await ok(app, 'backups.create', {});
  close(app);
  const withDaily = await open(dataFile, true);
  const id = ownIdentity(withDaily.context).dataFileId;
  close(withDaily);
  const names = fs.readdirSync(share).sort();
  expect(names).toHaveLength(2);
  expect(names.every((name) => name.includes(String(id)))).toBe(true);
  return { base, share, dataFile, id, manual: manual.file, names };
}

describe('a data file remembers where it lives', () => {
  test('a new file remembers its place at once; a file from before is given its place on open, its id kept', async () => {
    const dataFile = path.join(tempDir(), 'akan.sqlite');
    const app = await open(dataFile);
    expect(remembered(app)).toBe(path.resolve(dataFile));
    const id = ownIdentity(app.context).dataFileId;
    app.context.sqlite.prepare('DELETE FROM settings WHERE key = ?').run(DATA_FILE_LOCATION_KEY);
    close(app);
    const again = await open(dataFile);
    expect(remembered(again)).toBe(path.resolve(dataFile));
    expect(ownIdentity(again.context).dataFileId).toBe(id);
    expect(newIdEntries(again)).toEqual([]);
    expect(await ok(again, 'settings.get', undefined)).not.toHaveProperty(DATA_FILE_LOCATION_KEY);
  });

  test('a remembered place that is not a local path (a foreign share, crafted into a file) is never looked at', async () => {
    const dataFile = path.join(tempDir(), 'akan.sqlite');
    for (const foreign of ['//fremmed/share/akan.sqlite', '\\\\fremmed\\share\\akan.sqlite', 'relativ/akan.sqlite']) {
      const app = await open(dataFile);
      const id = ownIdentity(app.context).dataFileId;
      app.context.sqlite
        .prepare('UPDATE settings SET value = ? WHERE key = ?')
        .run(JSON.stringify(foreign), DATA_FILE_LOCATION_KEY);
      close(app);
      const stat = vi.spyOn(fs.promises, 'stat');
      try {
        const again = await open(dataFile);
        expect(stat.mock.calls.map(([file]) => String(file))).not.toContain(foreign);
        expect(ownIdentity(again.context).dataFileId, foreign).toBe(id);
        expect(remembered(again)).toBe(path.resolve(dataFile));
        close(again);
      } finally {
        stat.mockRestore();
      }
    }
  });

  test('the place is a row of its own beside the settings: a valid one is no problem, a bad one is named', () => {
    const read = (value: string) => readStoredSettings([{ key: DATA_FILE_LOCATION_KEY, value }]).problems;
    expect(read(JSON.stringify('/hjem/kari/akan.sqlite'))).toEqual([]);
    expect(read('42')).toEqual(['Datafilens plassering er ikke gyldig.']);
    expect(read(JSON.stringify(''))).toEqual(['Datafilens plassering er ikke gyldig.']);
    expect(read('{ikke json')).toEqual(['Datafilens plassering er ikke gyldig.']);
  });
});

describe('two copies of one data file never share backup names', () => {
  test('a copy gets its own id: its backups neither overwrite nor list as the original’s, and the original is untouched', async () => {
    const { base, share, dataFile, id, manual, names } = await original();
    const copy = path.join(base, 'minnepinne', 'akan.sqlite');
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(dataFile, copy);
    // The status beside it copied along too: it speaks of the original's backups.
    fs.copyFileSync(statusFile(dataFile), statusFile(copy));
    const before = {
      file: hash(dataFile),
      status: hash(statusFile(dataFile)),
      backups: names.map((n) => hash(path.join(share, n))),
    };

    const copied = await open(copy, true);
    const copyId = ownIdentity(copied.context).dataFileId;
    expect(copyId).toMatch(/^[0-9a-f]{16}$/);
    expect(copyId).not.toBe(id);
    expect(remembered(copied)).toBe(path.resolve(copy));
    expect(newIdEntries(copied)).toEqual([{ label: NEW_ID_LABEL, user: 'kari' }]);
    expect((await ok(copied, 'units.list', {})).map((u) => u.name)).toEqual(['Helse']);

    // The copy took today's daily backup under its own name, beside the original's, which is unchanged.
    const after = fs.readdirSync(share).sort();
    expect(after).toHaveLength(3);
    const own = after.filter((name) => !names.includes(name));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(new RegExp(`^daglig-2026-11-23-${String(copyId)}\\.sqlite$`));
    expect(names.map((n) => hash(path.join(share, n)))).toEqual(before.backups);
    expect(readStatus(copy).lastSuccess?.file).toBe(path.join(share, String(own[0])));
    expect(readStatus(copy).dataFileId).toBe(copyId);

    const seenByCopy = await ok(copied, 'backups.list', {});
    const originOf = (entries: typeof seenByCopy, file: string) => entries.find((e) => e.file === file)?.origin;
    expect(originOf(seenByCopy, manual)).toBe('other');
    expect(originOf(seenByCopy, path.join(share, String(own[0])))).toBe('this');
    close(copied);

    expect(hash(dataFile), 'opening the copy never changed the original').toBe(before.file);
    expect(hash(statusFile(dataFile))).toBe(before.status);
    const originalAgain = await open(dataFile);
    expect(ownIdentity(originalAgain.context).dataFileId).toBe(id);
    expect(remembered(originalAgain)).toBe(path.resolve(dataFile));
    expect(newIdEntries(originalAgain)).toEqual([]);
    const seenByOriginal = await ok(originalAgain, 'backups.list', {});
    expect(originOf(seenByOriginal, manual)).toBe('this');
    expect(originOf(seenByOriginal, path.join(share, String(own[0])))).toBe('other');

    // Opened again, the copy is where it remembers being: it keeps the id it was given.
    close(originalAgain);
    const copyAgain = await open(copy);
    expect(ownIdentity(copyAgain.context).dataFileId).toBe(copyId);
    expect(newIdEntries(copyAgain)).toHaveLength(1);
  });

  test('a moved file keeps its id and remembers its new place, also when another data file now lives at the old one', async () => {
    const { base, dataFile, id, manual } = await original();
    const moved = path.join(base, 'ny-mappe', 'akan.sqlite');
    fs.mkdirSync(path.dirname(moved));
    fs.renameSync(dataFile, moved);
    // A new data file made at the old place afterwards holds another id: the moved file is no copy of it.
    close(await open(dataFile));
    const app = await open(moved);
    expect(ownIdentity(app.context).dataFileId).toBe(id);
    expect(remembered(app)).toBe(path.resolve(moved));
    expect(newIdEntries(app)).toEqual([]);
    const entries = await ok(app, 'backups.list', {});
    expect(entries.find((e) => e.file === manual)?.origin).toBe('this');
  });

  test('the same file opened through a link is neither a copy nor moved', async () => {
    const { base, dataFile, id } = await original();
    const link = path.join(base, 'snarvei.sqlite');
    fs.symlinkSync(dataFile, link);
    const app = await open(link);
    expect(ownIdentity(app.context).dataFileId).toBe(id);
    expect(remembered(app), 'the place it lives is not rewritten').toBe(path.resolve(dataFile));
    expect(newIdEntries(app)).toEqual([]);
  });
});
