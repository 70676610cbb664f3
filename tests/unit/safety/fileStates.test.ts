import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { READONLY_MESSAGE } from '../../../core/errorBody';
import { OpenAppError } from '../../../core/openFailure';
import { isRecovery, openAppOrRecovery } from '../../../core/recovery';
import { tempDir } from '../../support/app';
import { writeProtect } from '../../support/writeProtect';

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((u) => u()));

async function dataFileWithUnit(): Promise<string> {
  const file = path.join(tempDir(), 'akan.sqlite');
  const app = await openApp({ dataFile: file, dailyBackups: false, user: 'test' });
  await app.invoke('units.create', { name: 'Helse' });
  app.close();
  return file;
}

describe('file states are read right', () => {
  test('a 0-byte data file is never made into a new database: openApp refuses, every face gets recovery', async () => {
    const file = path.join(tempDir(), 'akan.sqlite');
    fs.writeFileSync(file, '');
    await expect(openApp({ dataFile: file })).rejects.toMatchObject({ kind: 'empty' });
    await expect(openApp({ dataFile: file, mustExist: true })).rejects.toBeInstanceOf(OpenAppError);
    const handle = await openAppOrRecovery({ dataFile: file, dailyBackups: false });
    expect(isRecovery(handle)).toBe(true);
    const status = await handle.dispatch('recovery.status', {});
    expect(status).toMatchObject({ ok: true, value: { needed: true, kind: 'empty', canRestore: true } });
    expect((status as { value: { message: string } }).value.message).toMatch(/tom \(0 byte\)/);
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: false, error: { code: 'refused' } });
    handle.close();
    expect(fs.statSync(file).size).toBe(0);
  });

  test('a write-protected data file opens, reads work, and a save says it is write-protected', async () => {
    const file = await dataFileWithUnit();
    undo.push(writeProtect(file));
    const handle = await openAppOrRecovery({ dataFile: file, dailyBackups: false });
    expect(isRecovery(handle) ? handle.error : null).toBeNull();
    const units = await handle.dispatch('units.list', {});
    expect(units).toMatchObject({ ok: true, value: [{ name: 'Helse' }] });
    const save = await handle.dispatch('units.create', { name: 'Ny' });
    expect(save).toEqual({ ok: false, error: { code: 'readonly', message: READONLY_MESSAGE, fields: {} } });
    handle.close();
  });

  test('a healthy file in a write-protected folder opens read-only: reads work, a save says it is write-protected, nothing changes', async () => {
    const file = await dataFileWithUnit();
    const before = fs.readFileSync(file);
    undo.push(writeProtect(path.dirname(file)));
    const handle = await openAppOrRecovery({ dataFile: file, dailyBackups: false });
    expect(isRecovery(handle) ? handle.error?.kind : null).toBeNull();
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Helse' }] });
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { needed: false } });
    expect(await handle.dispatch('units.create', { name: 'Ny' })).toEqual({
      ok: false,
      error: { code: 'readonly', message: READONLY_MESSAGE, fields: {} },
    });
    expect(await handle.dispatch('settings.update', { organisationName: 'Ny' })).toMatchObject({
      ok: false,
      error: { code: 'readonly' },
    });
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Helse' }] });
    const elsewhere = path.join(tempDir(), 'alt.akan');
    expect(await handle.dispatch('backups.export', { file: elsewhere }), 'the data can still be moved').toMatchObject({
      ok: true,
    });
    handle.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['akan.sqlite']);
  });

  test('a healthy file on a file system mounted read-only opens read-only and reads', async (context) => {
    const file = await dataFileWithUnit();
    const mount = path.join(tempDir(), 'skrivebeskyttet-disk');
    fs.mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      context.skip('mounting a file system needs privileges this machine does not give');
      return;
    }
    undo.push(() => execFileSync('umount', ['-l', mount]));
    const onDisk = path.join(mount, 'akan.sqlite');
    fs.copyFileSync(file, onDisk);
    execFileSync('mount', ['-o', 'remount,ro', mount]);
    const handle = await openAppOrRecovery({ dataFile: onDisk, dailyBackups: false });
    expect(isRecovery(handle) ? handle.error?.kind : null).toBeNull();
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Helse' }] });
    expect(await handle.dispatch('units.create', { name: 'Ny' })).toMatchObject({
      ok: false,
      error: { code: 'readonly', message: READONLY_MESSAGE },
    });
    handle.close();
  });

  test('a file in a write-protected folder whose last changes wait in its -wal is not read without them: it says why', async () => {
    const file = await dataFileWithUnit();
    const app = await openApp({ dataFile: file, dailyBackups: false });
    app.context.sqlite.pragma('wal_autocheckpoint = 0');
    await app.invoke('units.create', { name: 'Bare i loggen' });
    const wal = fs.readFileSync(`${file}-wal`);
    const main = fs.readFileSync(file);
    app.close();
    fs.writeFileSync(file, main);
    fs.writeFileSync(`${file}-wal`, wal);
    fs.rmSync(`${file}-shm`, { force: true });
    undo.push(writeProtect(path.dirname(file)));
    const handle = await openAppOrRecovery({ dataFile: file, dailyBackups: false });
    // SQLite cannot replay the -wal without making a -shm beside it, and a copy without the -wal would be stale.
    expect(await handle.dispatch('recovery.status', {})).toMatchObject({
      value: { needed: true, kind: 'readonly', canRestore: false },
    });
    handle.close();
    expect(fs.readFileSync(`${file}-wal`).equals(wal)).toBe(true);
  });

  test('a busy data file gives the busy message with a way to try again, and opens when it is free', async () => {
    const file = await dataFileWithUnit();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.prepare('BEGIN EXCLUSIVE').run();
    const handle = await openAppOrRecovery({ dataFile: file, dailyBackups: false });
    expect(isRecovery(handle)).toBe(true);
    const status = await handle.dispatch('recovery.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { kind: 'locked', canRestore: false, message: expect.stringMatching(/i bruk av et annet program/) },
    });
    holder.prepare('COMMIT').run();
    holder.close();
    expect(await handle.dispatch('recovery.retry', {})).toMatchObject({ ok: true, value: { needed: false } });
    expect(await handle.dispatch('units.list', {})).toMatchObject({ ok: true, value: [{ name: 'Helse' }] });
    handle.close();
  }, 30_000);
});
