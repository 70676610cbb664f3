import fs from 'node:fs';
import path from 'node:path';
import { type AppHandle, openApp } from '../../../core/app';
import { ok, tempDir } from '../../support/app';

/** A data file (one unit, "Helse") whose backup folder is `nettverk/` in the same temporary folder; `opened` closes it. */
export async function appWithFolder(
  opened: { close(): void }[],
): Promise<{ app: AppHandle; folder: string; dir: string }> {
  const dir = tempDir();
  const folder = path.join(dir, 'nettverk');
  fs.mkdirSync(folder);
  const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), dailyBackups: false, user: 'kari' });
  opened.push(app);
  await ok(app, 'units.create', { name: 'Helse' });
  await ok(app, 'settings.update', { backupFolder: folder });
  return { app, folder, dir };
}

/** Counts the ticks of a timer while `work` runs, and the longest time between two: the main thread's freedom. */
export async function whileTicking<T>(
  work: () => Promise<T>,
): Promise<{ outcome: PromiseSettledResult<T>; ticks: number; gap: number }> {
  let ticks = 0;
  let last = Date.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    gap = Math.max(gap, now - last);
    last = now;
    ticks += 1;
  }, 20);
  try {
    const [outcome] = await Promise.allSettled([work()]);
    gap = Math.max(gap, Date.now() - last);
    return { outcome: outcome as PromiseSettledResult<T>, ticks, gap };
  } finally {
    clearInterval(timer);
  }
}

export function rejection(outcome: PromiseSettledResult<unknown>): { code?: string; message?: string } {
  if (outcome.status !== 'rejected') throw new Error('expected the call to fail');
  return outcome.reason as { code?: string; message?: string };
}
