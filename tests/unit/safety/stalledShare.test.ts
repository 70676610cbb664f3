import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AppHandle } from '../../../core/app';
import { takeBackup } from '../../../core/backups/create';
import { exportTo } from '../../../core/backups/export';
import { readStatus } from '../../../core/backups/status';
import type { PlaceHandle, PlaceIo } from '../../../core/files/placeCopy';
import { isTempCopy } from '../../../db/backup';
import { ok } from '../../support/app';
import { appWithFolder, rejection, whileTicking } from './share';

/** Long enough that a loaded machine never takes it for a hang; the wait is the only thing timed. */
const STEP_MS = 1000;

const opened: AppHandle[] = [];
const undo: (() => void)[] = [];
afterEach(() => {
  undo.splice(0).forEach((u) => u());
  for (const app of opened.splice(0)) app.close();
});

/** The real file system, except that every write waits until the share "comes back" (`release`). */
function shareThatStops() {
  let release = () => {};
  const back = new Promise<void>((resolve) => (release = resolve));
  const writes: number[] = [];
  const io: PlaceIo = {
    open: async (file, flags) => {
      const real = await fs.promises.open(file, flags);
      const handle: PlaceHandle = {
        write: async (buffer, offset, length, position) => {
          writes.push(length);
          await back;
          return real.write(buffer, offset, length, position);
        },
        sync: () => real.sync(),
        close: () => real.close(),
      };
      return handle;
    },
    rename: (from, to) => fs.promises.rename(from, to),
    rm: (file, options) => fs.promises.rm(file, options),
  };
  return { io, release, writes };
}

describe('a backup folder that stops answering mid-copy never stalls the app', () => {
  test('the backup fails within the step limit with a Norwegian message, the app keeps ticking, nothing is left', async () => {
    const { app, folder, dir } = await appWithFolder(opened);
    const share = shareThatStops();
    const { outcome, ticks, gap } = await whileTicking(() =>
      takeBackup(app.context, 'manual', { io: share.io, stepTimeoutMs: STEP_MS }),
    );
    const error = rejection(outcome);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/sluttet å svare mens sikkerhetskopien ble skrevet/);
    expect(error.message).toContain(folder);
    expect(share.writes.length, 'the copy had started when the share stopped').toBe(1);
    expect(ticks, 'the timer kept ticking while the copy waited').toBeGreaterThanOrEqual(5);
    expect(gap, 'the main thread was never held for the length of the wait').toBeLessThan(STEP_MS);
    expect(readStatus(app.dataFile).lastFailure?.message).toBe(error.message);
    expect(readStatus(app.dataFile).lastSuccess).toBeNull();
    expect(
      fs.readdirSync(dir).filter((name) => isTempCopy(name)),
      'the local copy is removed',
    ).toEqual([]);

    // While the write still hangs, the next backup is told at once that the folder does not answer.
    const again = await whileTicking(() => takeBackup(app.context, 'manual'));
    expect(rejection(again.outcome).message).toMatch(/svarer ikke/);

    // The half-written file in the folder is removed as soon as the share answers again; no backup is there.
    expect(fs.readdirSync(folder).filter((name) => isTempCopy(name))).toHaveLength(1);
    share.release();
    await vi.waitFor(() => expect(fs.readdirSync(folder)).toEqual([]), { timeout: 5000 });
    expect(await ok(app, 'units.list', {})).toBeTruthy();

    // And once it answers, backups work again.
    const made = await takeBackup(app.context, 'manual');
    expect(fs.readdirSync(folder)).toEqual([path.basename(made)]);
    expect(readStatus(app.dataFile).lastFailure).toBeNull();
  });

  test('a file-system call that really never returns (opening a FIFO no one reads) is given up on in time', async () => {
    if (process.platform === 'win32') return;
    const { app, dir } = await appWithFolder(opened);
    const fifo = path.join(dir, 'henger');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO for writing holds one of libuv's threads until a reader comes: a share that went silent.
    undo.push(() => fs.closeSync(fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)));
    const io: PlaceIo = {
      open: async () => fs.promises.open(fifo, 'w'),
      rename: (from, to) => fs.promises.rename(from, to),
      rm: (file, options) => fs.promises.rm(file, options),
    };
    const target = path.join(dir, 'ut', 'data.akan');
    fs.mkdirSync(path.dirname(target));
    const { outcome, ticks, gap } = await whileTicking(() =>
      exportTo(app.context, target, { io, stepTimeoutMs: STEP_MS }),
    );
    const error = rejection(outcome);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/«data\.akan» sluttet å svare mens eksportfilen ble skrevet.*Ingenting ble lagret/);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(gap).toBeLessThan(STEP_MS);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    expect(
      fs.readdirSync(dir).filter((name) => isTempCopy(name)),
      'the local copy is removed',
    ).toEqual([]);
  });

  test('a folder that answers with an error (a full disk) fails with its own message and keeps no half-written file', async () => {
    const { app, folder, dir } = await appWithFolder(opened);
    const io: PlaceIo = {
      open: async (file, flags) => {
        const real = await fs.promises.open(file, flags);
        return {
          write: () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })),
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
      rename: (from, to) => fs.promises.rename(from, to),
      rm: (file, options) => fs.promises.rm(file, options),
    };
    await expect(takeBackup(app.context, 'manual', { io, stepTimeoutMs: STEP_MS })).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/ikke nok ledig plass/),
    });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(fs.readdirSync(dir).filter((name) => isTempCopy(name))).toEqual([]);
  });

  test('an export to a chosen folder is made locally and moved whole: the same bytes as a backup would hold', async () => {
    const { app, dir } = await appWithFolder(opened);
    const target = path.join(dir, 'ut', 'alle-data.akan');
    fs.mkdirSync(path.dirname(target));
    const result = await exportTo(app.context, target);
    expect(result).toMatchObject({ file: target, sizeBytes: fs.statSync(target).size });
    expect(fs.readdirSync(path.dirname(target))).toEqual(['alle-data.akan']);
    expect(fs.readdirSync(dir).filter((name) => isTempCopy(name))).toEqual([]);
    const inspected = await ok(app, 'backups.inspect', { file: target });
    expect(inspected.origin).toBe('this');
    expect(inspected.contents?.counts).toBeTruthy();
  });

  test('a backup folder two levels below the nearest that exists is made, level by level', async () => {
    const { app, dir } = await appWithFolder(opened);
    const deep = path.join(dir, 'ny', 'mappe');
    await ok(app, 'settings.update', { backupFolder: deep });
    const made = await ok(app, 'backups.create', {});
    expect(path.dirname(made.file)).toBe(deep);
    expect(fs.readdirSync(deep)).toEqual([path.basename(made.file)]);
  });
});
