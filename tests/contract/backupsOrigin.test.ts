import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { runDailyBackup } from '../../core/backups/daily';
import { isRecovery, openAppOrRecovery } from '../../core/recovery';
import { fails, ok, tempDir } from '../support/app';

const handles: { close(): void }[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.close();
});

/** The same instant for both data files: names made of the time alone would be the same. */
const clock = new Date('2026-11-23T09:15:00.000Z');

async function organisation(name: string, unit: string, share: string): Promise<AppHandle> {
  const app = await openApp({
    dataFile: path.join(tempDir(), 'akan.sqlite'),
    user: 'kari',
    dailyBackups: false,
    now: () => clock,
  });
  handles.push(app);
  await ok(app, 'settings.update', { organisationName: name, backupFolder: share });
  await ok(app, 'units.create', { name: unit });
  return app;
}

async function twoOrganisationsOneShare() {
  const share = path.join(tempDir(), 'felles-mappe');
  const a = await organisation('Kommune A', 'Helse A', share);
  const b = await organisation('Kommune B', 'Helse B', share);
  return { share, a, b };
}

function unitsIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM units ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

function idOf(app: AppHandle): string {
  const row = app.context.sqlite.prepare(`SELECT value FROM settings WHERE key = 'dataFileId'`).pluck().get();
  return JSON.parse(String(row)) as string;
}

describe('backups belong to one data file', () => {
  test('two data files backing up to one folder at the same moment write different names, and neither is overwritten', async () => {
    const { share, a, b } = await twoOrganisationsOneShare();
    expect(await runDailyBackup(a.context)).toBe('made');
    expect(await runDailyBackup(b.context)).toBe('made');
    const manualA = await ok(a, 'backups.create', {});
    const manualB = await ok(b, 'backups.create', {});

    const names = fs.readdirSync(share).sort();
    expect(names).toEqual(
      [
        `daglig-2026-11-23-${idOf(a)}.sqlite`,
        `daglig-2026-11-23-${idOf(b)}.sqlite`,
        `manuell-2026-11-23T09-15-00-000Z-${idOf(a)}.sqlite`,
        `manuell-2026-11-23T09-15-00-000Z-${idOf(b)}.sqlite`,
      ].sort(),
    );
    expect(unitsIn(manualA.file)).toEqual(['Helse A']);
    expect(unitsIn(manualB.file)).toEqual(['Helse B']);
    expect(unitsIn(path.join(share, `daglig-2026-11-23-${idOf(a)}.sqlite`))).toEqual(['Helse A']);
    expect(unitsIn(path.join(share, `daglig-2026-11-23-${idOf(b)}.sqlite`))).toEqual(['Helse B']);
  });

  test('the list marks this file’s backups and names the organisation of the others; the newest is not ours', async () => {
    const { a, b } = await twoOrganisationsOneShare();
    const ours = await ok(a, 'backups.create', {});
    const theirs = await ok(b, 'backups.create', {});
    const list = await ok(a, 'backups.list', {});
    expect(list.map((e) => [e.file, e.origin, e.organisationName])).toEqual(
      expect.arrayContaining([
        [ours.file, 'this', 'Kommune A'],
        [theirs.file, 'other', 'Kommune B'],
      ]),
    );
    expect(list.find((e) => e.origin === 'this')?.file).toBe(ours.file);
  });

  test('a rotation never deletes another data file’s daily backups', async () => {
    const { share, a, b } = await twoOrganisationsOneShare();
    expect(await runDailyBackup(b.context)).toBe('made');
    const theirs = path.join(share, `daglig-2026-11-23-${idOf(b)}.sqlite`);
    // Thirty days of B's daily backups: far more than A's rotation keeps of its own.
    const days = Array.from({ length: 30 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);
    for (const day of days) fs.copyFileSync(theirs, path.join(share, `daglig-${day}-${idOf(b)}.sqlite`));
    expect(await runDailyBackup(a.context)).toBe('made');
    for (const day of days) expect(fs.existsSync(path.join(share, `daglig-${day}-${idOf(b)}.sqlite`))).toBe(true);
  });

  test('restoring another organisation’s backup is refused without the confirmation, naming both; with it, it is restored', async () => {
    const { a, b } = await twoOrganisationsOneShare();
    const theirs = await ok(b, 'backups.create', {});
    const error = await fails(a, 'backups.restore', { file: theirs.file });
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/annen datafil.*«Kommune B».*«Kommune A».*Ingenting er endret/);
    expect(error.fields.confirmOtherDataFile).toBe(error.message);
    expect((await ok(a, 'units.list', {})).map((u) => u.name)).toEqual(['Helse A']);

    expect((await fails(a, 'backups.restore', { file: theirs.file, confirmOtherDataFile: 'ja' })).code).toBe(
      'validation',
    );
    await ok(a, 'backups.restore', { file: theirs.file, confirmOtherDataFile: true });
    expect((await ok(a, 'units.list', {})).map((u) => u.name)).toEqual(['Helse B']);
  });

  test('a backup named before names carried the id is listed, and its contents say whose it is', async () => {
    const { share, a, b } = await twoOrganisationsOneShare();
    const ours = await ok(a, 'backups.create', {});
    const theirs = await ok(b, 'backups.create', {});
    const oldOurs = path.join(share, 'manuell-2026-11-01T08-00-00-000Z.sqlite');
    const oldTheirs = path.join(share, 'daglig-2026-11-02.sqlite');
    fs.renameSync(ours.file, oldOurs);
    fs.renameSync(theirs.file, oldTheirs);
    const list = await ok(a, 'backups.list', {});
    expect(list.map((e) => [e.name, e.origin])).toEqual([
      [path.basename(oldTheirs), 'other'],
      [path.basename(oldOurs), 'this'],
    ]);
    expect((await ok(a, 'backups.inspect', { file: oldTheirs })).origin).toBe('other');
    await ok(a, 'backups.restore', { file: oldOurs });
    expect((await fails(a, 'backups.restore', { file: oldTheirs })).fields.confirmOtherDataFile).toBeDefined();
  });

  test('a backup from before data files had an id is of unknown origin: listed, and restored only when confirmed', async () => {
    const { share, a } = await twoOrganisationsOneShare();
    const ours = await ok(a, 'backups.create', {});
    const old = path.join(share, 'manuell-2026-10-01T08-00-00-000Z.sqlite');
    fs.copyFileSync(ours.file, old);
    const db = new Database(old);
    db.exec(`DELETE FROM settings WHERE key = 'dataFileId'`);
    db.close();
    const entry = (await ok(a, 'backups.list', {})).find((e) => e.file === old);
    expect(entry).toMatchObject({ origin: 'unknown', dataFileId: null, organisationName: 'Kommune A' });
    const error = await fails(a, 'backups.restore', { file: old });
    expect(error.message).toMatch(/kan ikke sees om sikkerhetskopien er av denne datafilen/);
    await ok(a, 'backups.restore', { file: old, confirmOtherDataFile: true });
  });

  test('recovery knows whose backups are whose when the data file is damaged, and asks before restoring another’s', async () => {
    const { a, b } = await twoOrganisationsOneShare();
    const ours = await ok(a, 'backups.create', {});
    const theirs = await ok(b, 'backups.create', {});
    const dataFile = a.dataFile;
    a.close();
    fs.writeFileSync(dataFile, 'x'.repeat(8192));
    const handle = await openAppOrRecovery({ dataFile, dailyBackups: false });
    handles.push(handle);
    expect(isRecovery(handle)).toBe(true);
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({
      ok: true,
      value: { kind: 'corrupt', organisationName: 'Kommune A' },
    });
    const list = await handle.dispatch('recovery.listBackups', {});
    expect(list.ok && list.value).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: ours.file, origin: 'this' }),
        expect.objectContaining({ file: theirs.file, origin: 'other', organisationName: 'Kommune B' }),
      ]),
    );
    const refused = await handle.dispatch('recovery.restore', { file: theirs.file });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'refused', fields: { confirmOtherDataFile: /Kommune B/ } },
    });
    expect(await handle.dispatch('recovery.restore', { file: ours.file })).toMatchObject({ ok: true });
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Helse A' }] });
  });
});
