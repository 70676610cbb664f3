import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../../core/app';
import type { BackupEntry } from '../../../core/backups/contract';
import { OpenAppError } from '../../../core/openFailure';
import { isRecovery, openAppOrRecovery, openRecovery, type RecoveryHandle } from '../../../core/recovery';
import { ok, tempDir } from '../../support/app';

const handles: { close(): void }[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.close();
});

/** A data file with two backups (older: one unit, newer: two units), then damaged. */
async function damagedWithBackups(damage: (file: string) => void = (file) => fs.writeFileSync(file, 'x'.repeat(8192))) {
  const dir = tempDir();
  const dataFile = path.join(dir, 'akan-utvalg.sqlite');
  const app = await openApp({ dataFile, user: 'kari', dailyBackups: false });
  await ok(app, 'units.create', { name: 'Helse' });
  const older = await ok(app, 'backups.create', {});
  await ok(app, 'units.create', { name: 'Skole' });
  const newer = await ok(app, 'backups.create', {});
  app.close();
  damage(dataFile);
  return { dir, dataFile, older, newer };
}

async function recovery(dataFile: string): Promise<RecoveryHandle> {
  const handle = await openAppOrRecovery({ dataFile, user: 'kari', dailyBackups: false });
  handles.push(handle);
  if (!isRecovery(handle)) throw new Error('expected the recovery handle');
  return handle;
}

describe('a damaged data file', () => {
  test('openApp refuses it with a clear message and never creates an empty database over it', async () => {
    const { dataFile } = await damagedWithBackups();
    const before = fs.readFileSync(dataFile);
    const error = await openApp({ dataFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAppError);
    expect((error as OpenAppError).message).toMatch(/skadet/);
    expect(fs.readFileSync(dataFile).equals(before)).toBe(true);
  });

  test('a page damaged in the middle of the file is caught by the check at start-up', async () => {
    const { dataFile } = await damagedWithBackups((file) => {
      const db = new Database(file);
      db.exec(
        `CREATE TABLE filler (x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 300) SELECT n FROM c);`,
      );
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      const bytes = fs.readFileSync(file);
      bytes.fill(0xab, 4096 * 3, 4096 * 6);
      fs.writeFileSync(file, bytes);
    });
    expect(await openApp({ dataFile }).catch((e: unknown) => e)).toMatchObject({ kind: 'corrupt' });
  });

  test('the start-up check changes nothing: the damaged file and its -wal stay byte for byte, a foreign file keeps its journal mode', async () => {
    const dir = tempDir();
    const dataFile = path.join(dir, 'akan-utvalg.sqlite');
    const app = await openApp({ dataFile, dailyBackups: false });
    for (let i = 0; i < 50; i++) await ok(app, 'units.create', { name: `Enhet ${i}` });
    app.context.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    app.context.sqlite.pragma('wal_autocheckpoint = 0');
    await ok(app, 'settings.update', { organisationName: 'Bare i loggen' });
    // As after a power cut: the last change only in the -wal (not the first page), and the file's header damaged.
    const main = fs.readFileSync(dataFile);
    const wal = fs.readFileSync(`${dataFile}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    app.close();
    main.fill(0xab, 0, 100);
    fs.writeFileSync(dataFile, main);
    fs.writeFileSync(`${dataFile}-wal`, wal);
    fs.rmSync(`${dataFile}-shm`, { force: true });
    expect(await openApp({ dataFile }).catch((e: unknown) => e)).toMatchObject({ kind: 'corrupt' });
    expect(fs.readFileSync(dataFile).equals(main)).toBe(true);
    expect(fs.readFileSync(`${dataFile}-wal`).equals(wal)).toBe(true);

    const foreign = path.join(dir, 'fremmed.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE customers (id INTEGER)');
    other.close();
    const bytes = fs.readFileSync(foreign);
    expect(await openApp({ dataFile: foreign }).catch((e: unknown) => e)).toMatchObject({ kind: 'corrupt' });
    expect(fs.readFileSync(foreign).equals(bytes)).toBe(true);
  });

  test('the recovery handle says why, lists the backups newest first with their contents, and serves nothing else', async () => {
    const { dataFile, older, newer } = await damagedWithBackups();
    const handle = await recovery(dataFile);
    expect(await handle.dispatch('recovery.status', {})).toEqual({
      ok: true,
      value: {
        needed: true,
        kind: 'corrupt',
        message: expect.stringMatching(/skadet/),
        dataFile,
        canRestore: true,
        organisationName: null,
      },
    });
    const list = (await handle.dispatch('recovery.listBackups', {})) as { ok: true; value: BackupEntry[] };
    expect(list.value.map((e) => [e.file, e.origin])).toEqual([
      [newer.file, 'this'],
      [older.file, 'this'],
    ]);
    expect(list.value[0]?.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });
    const other = await handle.dispatch('settings.get', {});
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/Gjenopprett/) },
    });
    expect((await handle.dispatch('recovery.restore', { file: 'relativ.sqlite' })).ok).toBe(false);
  });

  test('restoring keeps the damaged file (and its -wal) aside, never deleted, and the app reopens on the backup', async () => {
    const { dir, dataFile, newer } = await damagedWithBackups((file) => {
      fs.writeFileSync(file, 'x'.repeat(8192));
      fs.writeFileSync(`${file}-wal`, 'wal-innhold');
    });
    const damaged = fs.readFileSync(dataFile);
    const handle = await recovery(dataFile);
    const result = await handle.dispatch('recovery.restore', { file: newer.file });
    expect(result).toMatchObject({
      ok: true,
      value: { restoredFrom: newer.file, setAside: expect.stringMatching(/akan-utvalg\.skadet-.*\.sqlite$/) },
    });
    const aside = (result as { ok: true; value: { setAside: string } }).value.setAside;
    expect(path.dirname(aside)).toBe(dir);
    expect(fs.readFileSync(aside).equals(damaged)).toBe(true);
    expect(fs.readFileSync(`${aside}-wal`, 'utf8')).toBe('wal-innhold');

    expect(await handle.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { needed: false } });
    expect(await handle.dispatch('units.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Helse' }, { name: 'Skole' }],
    });
    const log = (await handle.dispatch('changeLog.list', {})) as {
      ok: true;
      value: { method: string; user: string }[];
    };
    expect(log.value[0]).toMatchObject({ method: 'recovery.restore', user: 'kari' });
    const app = handle.app as AppHandle;
    expect(app.context.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('a backup that is itself damaged is shown as unusable and refused', async () => {
    const { dataFile, newer, older } = await damagedWithBackups();
    fs.writeFileSync(newer.file, 'også skadet'.repeat(1000));
    const handle = await recovery(dataFile);
    const list = (await handle.dispatch('recovery.listBackups', {})) as { ok: true; value: BackupEntry[] };
    expect(list.value.map((e) => [e.file, e.contents === null])).toEqual([
      [newer.file, true],
      [older.file, false],
    ]);
    expect(list.value[0]?.problem).toMatch(/skadet/);
    const refused = await handle.dispatch('recovery.restore', { file: newer.file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(fs.readFileSync(dataFile, 'utf8')).toBe('x'.repeat(8192));
  });

  test("when backups went to a folder of the user's choice, recovery still finds them", async () => {
    const dir = tempDir();
    const dataFile = path.join(dir, 'akan-utvalg.sqlite');
    const share = path.join(tempDir(), 'nettverksmappe');
    const app = await openApp({ dataFile, dailyBackups: false });
    await ok(app, 'units.create', { name: 'Helse' });
    await ok(app, 'settings.update', { backupFolder: share });
    const backup = await ok(app, 'backups.create', {});
    app.close();
    fs.writeFileSync(dataFile, Buffer.alloc(8192));
    const handle = await recovery(dataFile);
    const list = (await handle.dispatch('recovery.listBackups', {})) as { ok: true; value: BackupEntry[] };
    expect(list.value.map((e) => e.file)).toEqual([backup.file]);
  });
});

describe('a data file that is gone or emptied although this PC has backed it up', () => {
  for (const [what, lose] of [
    ['deleted', (file: string) => fs.rmSync(file)],
    ['emptied', (file: string) => fs.writeFileSync(file, '')],
  ] as const) {
    test(`${what}: recovery instead of a silent fresh start; restoring brings the data back`, async () => {
      const { dataFile, newer } = await damagedWithBackups(lose);
      const handle = await recovery(dataFile);
      expect(await handle.dispatch('recovery.status', {})).toMatchObject({
        ok: true,
        value: { needed: true, kind: 'lost', canRestore: true, message: expect.stringMatching(/borte eller tom/) },
      });
      expect(fs.statSync(dataFile, { throwIfNoEntry: false })?.size ?? 0).toBe(0);
      expect(await handle.dispatch('recovery.restore', { file: newer.file })).toMatchObject({ ok: true });
      expect(await handle.dispatch('units.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Helse' }, { name: 'Skole' }],
      });
    });
  }

  test('without any backup made on this PC a missing file is a first start', async () => {
    const dataFile = path.join(tempDir(), 'akan-utvalg.sqlite');
    const handle = await openAppOrRecovery({ dataFile, dailyBackups: false });
    handles.push(handle);
    expect(isRecovery(handle)).toBe(false);
    expect(fs.existsSync(dataFile)).toBe(true);
  });
});

describe('hostile input to the recovery handle', () => {
  test('any method and input is answered, never thrown, and leaves the damaged file and the backups alone', async () => {
    const { dir, dataFile } = await damagedWithBackups();
    const handle = await recovery(dataFile);
    const snapshot = () =>
      JSON.stringify(fs.readdirSync(dir, { recursive: true }).sort()) + fs.readFileSync(dataFile, 'hex');
    const before = snapshot();
    const method = fc.oneof(
      fc.constantFrom(
        'recovery.status',
        'recovery.listBackups',
        'recovery.restore',
        'settings.get',
        '__proto__',
        'constructor',
      ),
      fc.anything(),
    );
    const input = fc.oneof(
      fc.anything({ withNullPrototype: true, withBigInt: true }),
      fc.record({
        file: fc.oneof(
          fc.string(),
          fc.constantFrom('/', '/etc/passwd', dataFile, `${dataFile}-wal`, '../x.sqlite', 'C:\\x.sqlite'),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(method, input, async (m, i) => {
        const result = await handle.dispatch(m, i);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
        expect(handle.app).toBeNull();
      }),
      { numRuns: 150 },
    );
    expect(snapshot()).toBe(before);
  });
});

describe('other reasons a data file cannot be opened', () => {
  test('a missing file: recovery never creates one', async () => {
    const dataFile = path.join(tempDir(), 'finnes-ikke.sqlite');
    const handle = await openRecovery({ dataFile });
    handles.push(handle);
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({
      ok: true,
      value: { needed: true, kind: 'missing', canRestore: false },
    });
    expect(fs.existsSync(dataFile)).toBe(false);
  });

  test('a file from a newer version: restoring an older backup is refused (it would lose data)', async () => {
    const { dataFile, newer } = await damagedWithBackups(() => undefined);
    const db = new Database(dataFile);
    db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('fra-framtiden', Date.now());
    db.close();
    const handle = await recovery(dataFile);
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({
      ok: true,
      value: { kind: 'too_new', canRestore: false },
    });
    expect(await handle.dispatch('recovery.restore', { file: newer.file })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });

  test('a healthy file opens as the app, whose recovery.status says nothing is needed', async () => {
    const { dataFile } = await damagedWithBackups(() => undefined);
    const handle = await openAppOrRecovery({ dataFile, dailyBackups: false });
    handles.push(handle);
    expect(isRecovery(handle)).toBe(false);
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { needed: false } });
    expect(await handle.dispatch('recovery.restore', { file: '/x.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });
});
