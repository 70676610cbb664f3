import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { openApp } from '../../core/app';
import { statusFile } from '../../core/backups/status';
import { fails, freshApp, ok, tempDir } from '../support/app';
import { contentHash } from '../support/dbContent';

const opened: AppHandle[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

async function appIn(dir: string, options: { now?: () => Date; backupFolder?: string; dailyBackups?: boolean } = {}) {
  const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), user: 'kari', dailyBackups: false, ...options });
  opened.push(app);
  return app;
}

async function withUnits(names: string[]) {
  const dir = tempDir();
  const app = await appIn(dir);
  for (const name of names) await ok(app, 'units.create', { name });
  return { dir, app };
}

function unitNames(app: AppHandle): Promise<string[]> {
  return ok(app, 'units.list', {}).then((units) => units.map((u) => u.name).sort());
}

function changeLogMethods(app: AppHandle): Promise<string[]> {
  return ok(app, 'changeLog.list', {}).then((entries) => entries.map((e) => e.method));
}

describe('backups on request', () => {
  test('a backup goes to backups/ beside the data file, is listed with its contents and shows in the status', async () => {
    const { dir, app } = await withUnits(['Helse', 'Skole']);
    const entry = await ok(app, 'backups.create', {});
    expect(path.dirname(entry.file)).toBe(path.join(dir, 'backups'));
    expect(entry.name).toMatch(/^manuell-\d{4}-\d{2}-\d{2}T.*Z-[0-9a-f]{16}\.sqlite$/);
    expect(entry.origin).toBe('this');
    expect(entry.contents).toMatchObject({ tooNew: false, appVersion: '0.1.0' });
    expect(entry.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });
    expect(entry.contents?.schemaVersion).toBeGreaterThan(0);

    const status = await ok(app, 'backups.status', {});
    expect(status).toMatchObject({
      folder: path.join(dir, 'backups'),
      lastSuccess: { file: entry.file, kind: 'manual' },
      lastFailure: null,
    });
    const list = await ok(app, 'backups.list', {});
    expect(list.map((e) => e.file)).toEqual([entry.file]);
    expect(await changeLogMethods(app)).toContain('backups.create');
  });

  test('counts cover every table of records, found from sqlite_master, so new areas are included without code changes', async () => {
    const { app } = await withUnits(['Helse']);
    app.context.sqlite.exec(
      `CREATE TABLE future_area (id INTEGER PRIMARY KEY, created_at TEXT); INSERT INTO future_area (created_at) VALUES ('x'), ('y')`,
    );
    const entry = await ok(app, 'backups.create', {});
    expect(entry.contents?.counts).toContainEqual({ table: 'future_area', label: 'future_area', rows: 2 });
    expect(entry.contents?.counts.map((c) => c.table)).not.toContain('__drizzle_migrations');
  });

  test('the folder from Innstillinger is used, list is newest first across known folders', async () => {
    const { dir, app } = await withUnits(['Helse']);
    const first = await ok(app, 'backups.create', {});
    const share = path.join(tempDir(), 'nettverk', 'akan');
    await ok(app, 'settings.update', { backupFolder: share });
    const second = await ok(app, 'backups.create', {});
    expect(path.dirname(second.file)).toBe(share);
    expect((await ok(app, 'backups.status', {})).folder).toBe(share);
    const list = await ok(app, 'backups.list', {});
    expect(list.map((e) => e.file)).toEqual([second.file, first.file]);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(true);
  });

  test('the backup folder must be a full path', async () => {
    const app = await freshApp({ dailyBackups: false });
    const error = await fails(app, 'settings.update', { backupFolder: 'relativ/mappe' });
    expect(error.fields.backupFolder).toMatch(/hele stien/);
    await ok(app, 'settings.update', { backupFolder: '' });
    expect((await ok(app, 'settings.get', undefined)).backupFolder).toBeNull();
  });
});

describe('a folder that cannot be written', () => {
  function unwritableFolder(): string {
    const base = tempDir();
    const isRoot = process.getuid?.() === 0;
    if (isRoot) {
      // chmod does not stop root: a folder "inside" a file cannot be created by anyone.
      fs.writeFileSync(path.join(base, 'en-fil'), 'x');
      return path.join(base, 'en-fil', 'backups');
    }
    fs.mkdirSync(path.join(base, 'låst'), { mode: 0o500 });
    return path.join(base, 'låst', 'backups');
  }

  test('backup: a clear message, no partial file, the data untouched, the failure shown in the status', async () => {
    const { app } = await withUnits(['Helse']);
    const folder = unwritableFolder();
    await ok(app, 'settings.update', { backupFolder: folder });
    const before = contentHash(app.context.sqlite);
    const error = await fails(app, 'backups.create', {});
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/ikke en mappe|skrivetilgang/);
    expect(fs.existsSync(folder)).toBe(false);
    expect(contentHash(app.context.sqlite)).toBe(before);
    const status = await ok(app, 'backups.status', {});
    expect(status.lastFailure?.message).toBe(error.message);
  });

  test('export: a clear message and no file; never overwrites; must end in .akan', async () => {
    const { dir, app } = await withUnits(['Helse']);
    const folder = unwritableFolder();
    const error = await fails(app, 'backups.export', { file: path.join(folder, 'ut.akan') });
    expect(error.message).toMatch(/finnes ikke|skrivetilgang/);
    expect(fs.existsSync(folder)).toBe(false);

    const existing = path.join(dir, 'finnes.akan');
    fs.writeFileSync(existing, 'viktig');
    expect((await fails(app, 'backups.export', { file: existing })).message).toMatch(/finnes fra før/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('viktig');
    expect((await fails(app, 'backups.export', { file: path.join(dir, 'ut.sqlite') })).fields.file).toMatch(/\.akan/);
    expect((await fails(app, 'backups.export', { file: 'ut.akan' })).fields.file).toMatch(/hele stien/);
  });
});

describe('restore', () => {
  test('backs up the current data first, swaps the file, reopens it and logs the restore', async () => {
    const { dir, app } = await withUnits(['Helse', 'Skole']);
    const backup = await ok(app, 'backups.create', {});
    await ok(app, 'units.create', { name: 'Lagt til etter kopien' });

    const result = await ok(app, 'backups.restore', { file: backup.file });
    expect(await unitNames(app)).toEqual(['Helse', 'Skole']);
    expect(result.restoredFrom).toBe(backup.file);
    expect(result.safetyBackup).toMatch(/for-gjenoppretting-.*\.sqlite$/);
    const safety = new Database(result.safetyBackup!, { readonly: true });
    expect(safety.prepare('SELECT name FROM units ORDER BY name').pluck().all()).toEqual([
      'Helse',
      'Lagt til etter kopien',
      'Skole',
    ]);
    safety.close();

    const log = await ok(app, 'changeLog.list', {});
    expect(log[0]).toMatchObject({ method: 'backups.restore', label: 'Sikkerhetskopi gjenopprettet', user: 'kari' });
    // The data file holds no backup metadata and works for writes after the swap.
    expect(
      app.context.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'akan_backup_info'`).pluck().get(),
    ).toBe(0);
    await ok(app, 'units.create', { name: 'Etter gjenoppretting' });
    expect(app.context.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('calls made while the file is being swapped wait and then see the restored data', async () => {
    const { app } = await withUnits(['Helse']);
    const backup = await ok(app, 'backups.create', {});
    await ok(app, 'units.create', { name: 'Skole' });
    const restoring = app.invoke('backups.restore', { file: backup.file });
    const during = Array.from({ length: 20 }, () => app.invoke('units.list', {}));
    expect((await restoring).ok).toBe(true);
    for (const result of await Promise.all(during)) expect(result.ok).toBe(true);
    expect(await unitNames(app)).toEqual(['Helse']);
  });

  test('refuses a damaged file, a foreign SQLite file, a missing file and the data file itself; nothing changes', async () => {
    const { dir, app } = await withUnits(['Helse']);
    const before = contentHash(app.context.sqlite);
    const damaged = path.join(dir, 'skadet.sqlite');
    fs.writeFileSync(damaged, 'ikke en database'.repeat(500));
    const foreign = path.join(dir, 'fremmed.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE customers (id INTEGER)');
    other.close();
    for (const file of [damaged, foreign, path.join(dir, 'finnes-ikke.sqlite'), dir]) {
      const error = await fails(app, 'backups.restore', { file });
      expect(error.code).toBe('refused');
      expect(error.message).toMatch(/Ingenting er endret/);
    }
    expect((await fails(app, 'backups.restore', { file: app.dataFile })).message).toMatch(/selve datafilen/);
    expect(contentHash(app.context.sqlite)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups')), 'no backup taken for a refused restore').toBe(false);
  });

  test('refuses a backup from a newer version of the app, with a clear message', async () => {
    const { dir, app } = await withUnits(['Helse']);
    const newer = path.join(dir, 'nyere.akan');
    await ok(app, 'backups.export', { file: newer });
    const file = new Database(newer);
    file.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('fra-framtiden', Date.now());
    file.close();
    expect((await ok(app, 'backups.inspect', { file: newer })).contents?.tooNew).toBe(true);
    const error = await fails(app, 'backups.import', { file: newer });
    expect(error.message).toMatch(/nyere versjon av AKAN Utvalg/);
    expect(await unitNames(app)).toEqual(['Helse']);
  });

  test('a file whose history does not match its tables (its migration would fail) is refused before anything is touched', async () => {
    const { dir, app } = await withUnits(['Helse']);
    const broken = path.join(dir, 'eldre.akan');
    await ok(app, 'backups.export', { file: broken });
    const file = new Database(broken);
    // Looks as if it stopped at the foundation, but already has the tables the next migration creates: migrating it fails.
    file.exec(`DELETE FROM __drizzle_migrations WHERE created_at > (SELECT min(created_at) FROM __drizzle_migrations)`);
    file.close();
    await ok(app, 'units.create', { name: 'Skole' });
    const error = await fails(app, 'backups.restore', { file: broken });
    expect(error.message, error.message).toMatch(/ukjent tabell.*Ingenting er endret/);
    expect(await unitNames(app)).toEqual(['Helse', 'Skole']);
    await ok(app, 'units.create', { name: 'Etterpå' });
    expect(app.context.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('refuses while another program has the data file open, and nothing changes', async () => {
    const { app } = await withUnits(['Helse']);
    const backup = await ok(app, 'backups.create', {});
    await ok(app, 'units.create', { name: 'Skole' });
    const other = new Database(app.dataFile);
    other.prepare('SELECT count(*) FROM units').get(); // a program that has used the file and keeps it open
    try {
      const error = await fails(app, 'backups.restore', { file: backup.file });
      expect(error.code).toBe('busy');
      expect(error.message).toMatch(/i bruk av et annet program/);
    } finally {
      other.close();
    }
    expect(await unitNames(app)).toEqual(['Helse', 'Skole']);
  });
});

describe('export and import (moving to another PC)', () => {
  test('an export file carries everything, including the change log, and imports on another PC after a version check', async () => {
    const { dir, app } = await withUnits(['Helse', 'Skole']);
    await ok(app, 'committee.create', { name: 'Hilde Berg', committeeRole: 'Personalleder' });
    const exported = await ok(app, 'backups.export', { file: path.join(dir, 'overlevering.akan') });
    expect(exported.sizeBytes).toBeGreaterThan(0);
    expect(await changeLogMethods(app)).toContain('backups.export');

    const otherPc = await appIn(tempDir(), { backupFolder: path.join(tempDir(), 'kopier') });
    await ok(otherPc, 'units.create', { name: 'Ny PC sin enhet' });
    const file = exported.file ?? '';
    const inspected = await ok(otherPc, 'backups.inspect', { file });
    expect(inspected).toMatchObject({ kind: 'export', problem: null });
    expect(inspected.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });

    const result = await ok(otherPc, 'backups.import', { file });
    expect(result.safetyBackup).toMatch(/for-import-.*\.sqlite$/);
    expect(await unitNames(otherPc)).toEqual(['Helse', 'Skole']);
    const methods = await changeLogMethods(otherPc);
    expect(methods[0]).toBe('backups.import');
    expect(methods).toContain('committee.create');
  });

  test('asked for without a file (the browser), the export comes back as bytes to download, and nothing is left on disk', async () => {
    const { app } = await withUnits(['Helse', 'Skole']);
    const scratch = tempDir();
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    let exported;
    try {
      exported = await ok(app, 'backups.export', {});
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    expect(fs.readdirSync(scratch)).toEqual([]);
    expect(exported).toMatchObject({
      file: null,
      fileName: expect.stringMatching(/^akan-utvalg-eksport-\d{4}-\d{2}-\d{2}\.akan$/),
    });
    const bytes = Buffer.from(exported.base64 ?? '', 'base64');
    expect(bytes.length).toBe(exported.sizeBytes);

    const downloaded = path.join(tempDir(), exported.fileName);
    fs.writeFileSync(downloaded, bytes);
    const otherPc = await appIn(tempDir());
    expect(await ok(otherPc, 'backups.inspect', { file: downloaded })).toMatchObject({ kind: 'export', problem: null });
    await ok(otherPc, 'backups.import', { file: downloaded });
    expect(await unitNames(otherPc)).toEqual(['Helse', 'Skole']);
  });
});

describe('the daily backup', () => {
  test('runs in the background when an existing file is opened, once a day', async () => {
    const dir = tempDir();
    const first = await appIn(dir);
    await ok(first, 'units.create', { name: 'Helse' });
    first.close();

    const clock = new Date('2026-11-23T08:00:00Z');
    const second = await appIn(dir, { dailyBackups: true, now: () => clock });
    await second.idle();
    const [name] = fs.readdirSync(path.join(dir, 'backups'));
    expect(name).toMatch(/^daglig-2026-11-23-[0-9a-f]{16}\.sqlite$/);
    second.close();
    const third = await appIn(dir, { dailyBackups: true, now: () => clock });
    await third.idle();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([name]);
    expect(JSON.parse(fs.readFileSync(statusFile(third.dataFile), 'utf8')).lastSuccess.kind).toBe('daily');
  });

  test('a new data file gets its first backup the day data are first entered, holding them', async () => {
    const dir = tempDir();
    const clock = new Date('2026-11-23T08:00:00Z');
    const app = await appIn(dir, { dailyBackups: true, now: () => clock });
    await app.idle();
    expect(fs.existsSync(path.join(dir, 'backups')), 'nothing to keep before anything is entered').toBe(false);
    await ok(app, 'units.create', { name: 'Helse' });
    await app.idle();
    const names = fs.readdirSync(path.join(dir, 'backups'));
    expect(names).toEqual([expect.stringMatching(/^daglig-2026-11-23-[0-9a-f]{16}\.sqlite$/)]);
    const backup = new Database(path.join(dir, 'backups', names[0]!), { readonly: true });
    expect(backup.prepare('SELECT name FROM units').pluck().all()).toEqual(['Helse']);
    backup.close();
    await ok(app, 'units.create', { name: 'Skole' });
    await app.idle();
    expect(fs.readdirSync(path.join(dir, 'backups')), 'once a day').toEqual(names);
  });

  test('a session that runs past midnight takes the new day’s backup at the first save after it', async () => {
    const dir = tempDir();
    let clock = new Date('2026-11-23T20:00:00Z');
    const app = await appIn(dir, { dailyBackups: true, now: () => clock });
    await ok(app, 'units.create', { name: 'Helse' });
    await app.idle();
    clock = new Date('2026-11-24T07:00:00Z');
    await ok(app, 'units.create', { name: 'Skole' });
    await app.idle();
    expect(fs.readdirSync(path.join(dir, 'backups')).map((n) => n.slice(0, 17))).toEqual([
      'daglig-2026-11-23',
      'daglig-2026-11-24',
    ]);
  });

  test('does not hold up opening: calls are answered while it runs', async () => {
    const { dir, app } = await withUnits(['Helse']);
    app.close();
    opened.splice(opened.indexOf(app), 1);
    const again = await appIn(dir, { dailyBackups: true });
    expect((await again.invoke('units.list', {})).ok).toBe(true);
    await again.idle();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  test('closing the app while it runs leaves no partial file', async () => {
    const { dir, app } = await withUnits(['Helse']);
    app.close();
    opened.splice(opened.indexOf(app), 1);
    const again = await openApp({ dataFile: path.join(dir, 'akan.sqlite') });
    again.close();
    await again.idle();
    const leftovers = fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : [];
    expect(leftovers.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the reminder when no backup has succeeded for a week', () => {
  test('appears after 7 days without a backup, names the last failure, and goes away after a backup', async () => {
    const dir = tempDir();
    let clock = new Date();
    const app = await appIn(dir, { now: () => clock });
    await ok(app, 'units.create', { name: 'Helse' });
    const reminder = async () => (await ok(app, 'reminders.list', {})).find((r) => r.kind === 'backupMissing');

    clock = new Date(Date.now() + 6 * 86_400_000);
    expect(await reminder()).toBeUndefined();
    clock = new Date(Date.now() + 8 * 86_400_000);
    expect(await reminder()).toMatchObject({ severity: 'warning', action: { screen: { screen: 'backups' } } });
    expect((await reminder())?.message).toMatch(/ikke tatt noen sikkerhetskopi/);

    await ok(app, 'backups.create', {});
    expect(await reminder()).toBeUndefined();

    const backupTime = clock;
    await ok(app, 'settings.update', { backupFolder: path.join(dir, 'akan.sqlite', 'umulig') });
    clock = new Date(backupTime.getTime() + 15 * 86_400_000);
    await fails(app, 'backups.create', {});
    const late = await reminder();
    expect(late).toMatchObject({ severity: 'danger', daysLeft: -8 });
    expect(late?.message).toMatch(/Siste forsøk mislyktes/);
  });
});
