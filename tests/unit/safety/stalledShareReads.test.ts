import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { inspectFile, listBackups } from '../../../core/backups/contents';
import { takeBackup } from '../../../core/backups/create';
import { ownIdentity } from '../../../core/backups/identity';
import { listedFile } from '../../../core/backups/listed';
import { restoreInto } from '../../../core/backups/restore';
import type { FetchHandle, FetchIo } from '../../../core/files/placeCopy';
import { openRecovery } from '../../../core/recovery';
import type { FetchPlacing } from '../../../core/backups/fetched';
import { isTempCopy } from '../../../db/backup';
import { ok } from '../../support/app';
import { appWithFolder, rejection, whileTicking } from './share';

/** Long enough that a loaded machine never takes it for a hang; the wait is the only thing timed. */
const STEP_MS = 1000;
const STOPPED_READING =
  /sluttet å svare mens «.*» ble lest; nettverksstasjonen er kanskje frakoblet\. Ingenting er endret/;

const handles: { close(): void }[] = [];
const undo: (() => void)[] = [];
afterEach(() => {
  undo.splice(0).forEach((u) => u());
  for (const handle of handles.splice(0)) handle.close();
});

/** A data file with a backup folder of its own and two backups in it (one unit, then two), taken straight to it. */
async function appWithBackups() {
  const { app, folder, dir } = await appWithFolder(handles);
  const older = await takeBackup(app.context, 'manual');
  await ok(app, 'units.create', { name: 'Skole' });
  const newer = await takeBackup(app.context, 'manual');
  // As a PC that shares the folder but took neither sees them: nothing is known of what they hold.
  fs.rmSync(listedFile(app.dataFile));
  return { app, dir, folder, older, newer };
}

/** The real file system, except that reads past the first `answered` wait until the share "comes back" (`release`). */
function shareThatStopsReading(answered = 1) {
  let release = () => {};
  const back = new Promise<void>((resolve) => (release = resolve));
  const opened: string[] = [];
  let reads = 0;
  const closed: string[] = [];
  const io: FetchIo = {
    open: async (file, flags) => {
      opened.push(file);
      const real = await fs.promises.open(file, flags);
      const handle: FetchHandle = {
        stat: () => real.stat(),
        read: async (buffer, offset, length, position) => {
          reads += 1;
          if (reads > answered) await back;
          return real.read(buffer, offset, length, position);
        },
        close: async () => {
          closed.push(file);
          await real.close();
        },
      };
      return handle;
    },
  };
  return { io, release, opened, closed, reads: () => reads };
}

/** The real file system, counting what is opened and read. */
function countingShare() {
  const opened: string[] = [];
  let reads = 0;
  const io: FetchIo = {
    open: async (file, flags) => {
      opened.push(file);
      const real = await fs.promises.open(file, flags);
      return {
        stat: () => real.stat(),
        read: (buffer, offset, length, position) => {
          reads += 1;
          return real.read(buffer, offset, length, position);
        },
        close: () => real.close(),
      };
    },
  };
  return { io, opened, reads: () => reads };
}

function tempsIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => isTempCopy(name));
}

describe('a backup folder that stops answering while backups are read never stalls the app', () => {
  test('the list: backups it cannot fetch are listed by name with why, in time, and nothing is left behind', async () => {
    const { app, dir, folder, older, newer } = await appWithBackups();
    const ownId = ownIdentity(app.context).dataFileId;
    const share = shareThatStopsReading();
    const placing: FetchPlacing = { io: share.io, stepTimeoutMs: STEP_MS };
    const { outcome, ticks, gap } = await whileTicking(() => listBackups([folder], ownId, app.dataFile, placing));
    if (outcome.status !== 'fulfilled') throw outcome.reason;
    const list = outcome.value;
    expect(list.map((entry) => entry.file)).toEqual([newer, older]);
    for (const entry of list) {
      expect(entry).toMatchObject({ kind: 'manual', origin: 'this', dataFileId: ownId, contents: null });
      expect(entry.problem).toMatch(STOPPED_READING);
      expect(entry.problem).toContain(folder);
    }
    expect(share.reads(), 'the first backup had begun to come when the share stopped').toBe(2);
    expect(share.opened, 'the second was not tried on a share that had stopped answering').toHaveLength(1);
    expect(ticks, 'the timer kept ticking while the read waited').toBeGreaterThanOrEqual(5);
    expect(gap, 'the main thread was never held for the length of the wait').toBeLessThan(STEP_MS);
    expect(tempsIn(dir), 'the local copy is removed at once').toEqual([]);

    // The file on the share is closed as soon as the share answers again; the app answered all along.
    expect(await ok(app, 'units.list', {})).toBeTruthy();
    share.release();
    await vi.waitFor(() => expect(share.closed).toEqual(share.opened), { timeout: 5000 });

    // Once it answers, the list shows what is inside each backup, as the contract does.
    const listed = await ok(app, 'backups.list', {});
    expect(listed.map((entry) => [entry.file, entry.problem])).toEqual([
      [newer, null],
      [older, null],
    ]);
    expect(listed[0]?.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });
    expect(listed[1]?.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 1 });
    expect(tempsIn(dir)).toEqual([]);
    expect(fs.readdirSync(folder).sort()).toEqual([path.basename(newer), path.basename(older)].sort());

    // A backup already looked into is not fetched again (a backup never changes); one this app takes is known from
    // its local copy, and never fetched back.
    const counting = countingShare();
    const again = await listBackups([folder], ownId, app.dataFile, { io: counting.io });
    expect(again).toEqual(listed);
    expect(counting.opened).toEqual([]);
    const third = await takeBackup(app.context, 'manual');
    const withThird = await listBackups([folder], ownId, app.dataFile, { io: counting.io });
    expect(withThird.map((entry) => entry.file)).toEqual([third, newer, older]);
    expect(withThird[0]?.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });
    expect(counting.opened).toEqual([]);

    // What was found is kept beside the data file (so a new start need not fetch either), and taken on no faith:
    // a file there that is not what the list wrote means looking into every backup again, with the same result.
    const remembered = listedFile(app.dataFile);
    expect(path.dirname(remembered)).toBe(dir);
    fs.writeFileSync(remembered, JSON.stringify([{ size: 1, mtimeMs: 1, entry: { file: third, kind: 'export' } }]));
    const refetched = countingShare();
    expect(await listBackups([folder], ownId, app.dataFile, { io: refetched.io })).toEqual(withThird);
    expect(refetched.opened.sort()).toEqual([third, newer, older].sort());
  });

  test('inspect: a file whose opening really never returns (a FIFO no one writes) is given up on in time', async () => {
    if (process.platform === 'win32') return;
    const { app, dir } = await appWithBackups();
    const share = path.join(dir, 'stille');
    fs.mkdirSync(share);
    const fifo = path.join(share, 'manuell-2026-11-23T10-00-00-000Z.sqlite');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO for reading holds one of libuv's threads until a writer comes: a share that went silent.
    undo.push(() => fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)));
    const { outcome, ticks, gap } = await whileTicking(() =>
      inspectFile(fifo, ownIdentity(app.context).dataFileId, dir, { stepTimeoutMs: STEP_MS }),
    );
    const error = rejection(outcome);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(STOPPED_READING);
    expect(error.message).toContain('«manuell-2026-11-23T10-00-00-000Z.sqlite»');
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(gap).toBeLessThan(STEP_MS);
    expect(tempsIn(dir)).toEqual([]);
  });

  test('inspect and restore read a local copy: the same answers as before, from a file fetched once', async () => {
    const { app, dir, older } = await appWithBackups();
    const counting = countingShare();
    const ownId = ownIdentity(app.context).dataFileId;
    const inspected = await inspectFile(older, ownId, dir, { io: counting.io });
    expect(inspected).toMatchObject({ file: older, origin: 'this', problem: null, sizeBytes: fs.statSync(older).size });
    expect(inspected.contents?.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 1 });
    expect(counting.opened).toEqual([older]);
    const missing = await inspectFile(path.join(dir, 'nettverk', 'borte.akan'), ownId, dir, { io: counting.io });
    expect(missing).toMatchObject({ contents: null, problem: 'Filen finnes ikke.' });

    await restoreInto(app.context, older, 'restore', false, { io: counting.io });
    expect(counting.opened).toEqual([older, path.join(dir, 'nettverk', 'borte.akan'), older]);
    expect((await ok(app, 'units.list', {})).map((unit) => unit.name)).toEqual(['Helse']);
    expect(tempsIn(dir)).toEqual([]);
  });

  test('a file too large to be taken in is never copied: listed and previewed with why, refused by a restore', async () => {
    const { app, dir, folder } = await appWithBackups();
    const huge = path.join(folder, 'manuell-2026-11-23T10-00-00-000Z.sqlite');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 600 * 1024 * 1024);
    const ownId = ownIdentity(app.context).dataFileId;
    const counting = countingShare();
    const TOO_LARGE = /^Filen er 600 MB, langt større enn data fra AKAN Utvalg kan bli\. Ingenting er endret\.$/;
    const listed = (await listBackups([folder], ownId, app.dataFile, { io: counting.io })).find(
      (entry) => entry.file === huge,
    );
    expect(listed).toMatchObject({ contents: null, problem: expect.stringMatching(TOO_LARGE) });
    expect((await inspectFile(huge, ownId, dir, { io: counting.io })).problem).toMatch(TOO_LARGE);
    await expect(restoreInto(app.context, huge, 'restore', false, { io: counting.io })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(TOO_LARGE),
    });
    expect(counting.opened.filter((file) => file === huge)).toHaveLength(3);
    expect(counting.reads(), 'only the two real backups were read').toBeGreaterThan(0);
    expect(tempsIn(dir)).toEqual([]);
    const onlyHuge = countingShare();
    await inspectFile(huge, ownId, dir, { io: onlyHuge.io });
    expect(onlyHuge.reads(), 'not one byte of it was copied').toBe(0);
  });

  test('restore: a share that stops mid-copy refuses in time with a Norwegian message, and nothing changes', async () => {
    const { app, dir, folder, older } = await appWithBackups();
    const before = fs.readdirSync(folder).sort();
    const share = shareThatStopsReading();
    const { outcome, ticks, gap } = await whileTicking(() =>
      restoreInto(app.context, older, 'restore', false, { io: share.io, stepTimeoutMs: STEP_MS }),
    );
    const error = rejection(outcome);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(STOPPED_READING);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(gap).toBeLessThan(STEP_MS);
    expect((await ok(app, 'units.list', {})).map((unit) => unit.name).sort()).toEqual(['Helse', 'Skole']);
    expect(fs.readdirSync(folder).sort(), 'no backup of the data before was taken').toEqual(before);
    expect(tempsIn(dir), 'neither the fetched nor a rebuilt copy is left').toEqual([]);
    share.release();
    await vi.waitFor(() => expect(share.closed).toEqual([older]), { timeout: 5000 });
  });

  test('recovery lists and restores by the same rules: in time, with why, and the damaged file is left as it was', async () => {
    const { app, dir, folder, newer } = await appWithBackups();
    const dataFile = app.dataFile;
    app.close();
    fs.writeFileSync(dataFile, 'x'.repeat(8192));
    const damaged = fs.readFileSync(dataFile);
    const share = shareThatStopsReading();
    const stalled = await openRecovery({
      dataFile,
      user: 'kari',
      dailyBackups: false,
      placing: { io: share.io, stepTimeoutMs: STEP_MS },
    });
    handles.push(stalled);
    expect(stalled.error?.kind).toBe('corrupt');
    const listed = await whileTicking(() => stalled.dispatch('recovery.listBackups', {}));
    if (listed.outcome.status !== 'fulfilled') throw listed.outcome.reason;
    const list = listed.outcome.value as { ok: true; value: { file: string; problem: string | null }[] };
    expect(list.ok).toBe(true);
    expect(list.value.map((entry) => entry.file)).toHaveLength(2);
    for (const entry of list.value) expect(entry.problem).toMatch(STOPPED_READING);
    expect(listed.gap).toBeLessThan(STEP_MS);

    // The share is still silent: the restore is told at once, and the damaged file stays where it was.
    const restored = await whileTicking(() => stalled.dispatch('recovery.restore', { file: newer }));
    if (restored.outcome.status !== 'fulfilled') throw restored.outcome.reason;
    expect(restored.outcome.value).toMatchObject({ ok: false, error: { code: 'io', message: STOPPED_READING } });
    expect(fs.readFileSync(dataFile).equals(damaged)).toBe(true);
    expect(tempsIn(dir)).toEqual([]);
    expect(fs.readdirSync(folder)).toHaveLength(2);
    share.release();
    await vi.waitFor(() => expect(share.closed).toHaveLength(1), { timeout: 5000 });
  });
});
