import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../context';
import { todayInOslo } from '../validation/dates';
import { takeBackup } from './create';
import { bounded } from '../files/bounded';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { backupFolder } from './folders';
import { identityOf } from './identity';
import { dailyFileName, parseBackupName } from './naming';
import { dailyBackupsToRemove } from './rotation';
import { inBackupFolder, sweepStaleTemps } from './sweep';

/** Bounded like every call on the folder (it may be a share that stopped answering); tried again at the next backup. */
async function removeQuietly(file: string, folder: string): Promise<void> {
  await bounded(folder, FOLDER_TIMEOUT_MS, () => fs.promises.rm(file, { force: true })).catch(() => undefined);
}

/** Only this data file's daily backups are rotated: never another file's, nor those named before names carried an id. */
async function rotate(folder: string, dataFileId: string | null): Promise<void> {
  let names: string[];
  try {
    names = await bounded(folder, FOLDER_TIMEOUT_MS, () => fs.promises.readdir(folder));
  } catch {
    return;
  }
  const days = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed?.kind === 'daily' && parsed.day && parsed.dataFileId === dataFileId ? [parsed.day] : [];
  });
  for (const day of dailyBackupsToRemove(days))
    await removeQuietly(path.join(folder, dailyFileName(day, dataFileId)), folder);
}

/** False also when the folder does not answer: the backup then finds out why, and notes it. */
async function exists(file: string, folder: string): Promise<boolean> {
  try {
    await bounded(folder, FOLDER_TIMEOUT_MS, () => fs.promises.stat(file));
    return true;
  } catch {
    return false;
  }
}

export type DailyOutcome = 'made' | 'exists' | 'failed' | 'aborted';

/** Today's backup if there is none yet, then the rotation. Never throws: failures are noted in the backup status. */
export async function runDailyBackup(ctx: AppContext): Promise<DailyOutcome> {
  const source = ctx.sqlite;
  if (!source.open) return 'aborted';
  let folder: string;
  try {
    folder = backupFolder(ctx);
  } catch {
    return 'failed';
  }
  const { dataFileId } = identityOf(source);
  if (await exists(path.join(folder, dailyFileName(todayInOslo(ctx.now()), dataFileId)), folder)) return 'exists';
  try {
    await takeBackup(ctx, 'daily', { folder, source });
  } catch {
    return source.open ? 'failed' : 'aborted';
  }
  await rotate(folder, dataFileId);
  await sweepStaleTemps(folder, inBackupFolder, ctx.now());
  return 'made';
}
