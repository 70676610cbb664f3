import path from 'node:path';
import { discardCopy, installCopy, openAlone, tempPathFor } from '../../db/backup';
import { finishRebuilt } from '../../db/rebuild';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { describeBackup } from './contents';
import type { BackupEntry, RestoreResult } from './contract';
import { takeBackup } from './create';
import { fileFailure } from './errors';
import { backupFolder } from './folders';
import { rebuildChecked } from './rebuild';

const TOO_NEW =
  'Filen er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du gjenoppretter eller importerer den. Ingenting er endret.';
const REFUSED_AFTER_INSTALL =
  'Filen kunne ikke åpnes av denne versjonen av AKAN Utvalg, så dataene fra før er lagt tilbake. Ingenting er endret.';

/** Checks every page of the file before anything is touched; refuses damaged, foreign and too new files. */
export function requireRestorable(file: string, dataFile: string): BackupEntry {
  if (path.resolve(file) === path.resolve(dataFile)) {
    throw new AppError('refused', 'Dette er selve datafilen. Velg en sikkerhetskopi eller en eksportfil.');
  }
  const entry = describeBackup(file, 'full');
  if (!entry.contents)
    throw new AppError('refused', `${entry.problem ?? ''} Velg en annen fil. Ingenting er endret.`.trim());
  if (entry.contents.tooNew) throw new AppError('refused', TOO_NEW);
  return entry;
}

/**
 * The file rebuilt beside the data file (on the same disk, so it can be renamed into place): a fresh database made by
 * the app's own migrations holding the file's rows, each checked by the contract's rules. Never the file itself.
 */
export async function stageCopy(file: string, dataFile: string): Promise<string> {
  const temp = tempPathFor(path.dirname(dataFile), path.basename(dataFile));
  try {
    finishRebuilt(rebuildChecked(file, temp), temp);
    return temp;
  } catch (error) {
    discardCopy(temp);
    throw fileFailure(error, dataFile);
  }
}

async function putBack(ctx: AppContext, backup: string): Promise<void> {
  try {
    await ctx.reopen(async () => installCopy(await stageCopy(backup, ctx.dataFile), ctx.dataFile, null));
  } catch {
    throw new AppError(
      'internal',
      `Filen kunne ikke tas i bruk, og dataene fra før kunne ikke legges tilbake automatisk. De ligger trygt i «${backup}». Start AKAN Utvalg på nytt og gjenopprett den sikkerhetskopien.`,
    );
  }
}

/**
 * Replaces the data with a backup or an export file: checks the file, takes a backup of the data as they are (from the
 * closed file, while every other call waits, so nothing written in between is lost), swaps the file and opens it again.
 * If the new file cannot be opened, the data from before are put back.
 */
export async function restoreInto(ctx: AppContext, file: string, mode: 'restore' | 'import'): Promise<RestoreResult> {
  requireRestorable(file, ctx.dataFile);
  const folder = backupFolder(ctx);
  const staged = await stageCopy(file, ctx.dataFile);
  const progress = { safetyBackup: null as string | null, installed: false };
  try {
    await ctx.reopen(async () => {
      const current = openAlone(ctx.dataFile);
      try {
        progress.safetyBackup = await takeBackup(ctx, mode === 'import' ? 'beforeImport' : 'beforeRestore', {
          folder,
          source: current,
        });
      } finally {
        current.close();
      }
      installCopy(staged, ctx.dataFile, null);
      progress.installed = true;
    });
  } catch (error) {
    discardCopy(staged);
    if (!progress.installed || !progress.safetyBackup) throw fileFailure(error, ctx.dataFile);
    await putBack(ctx, progress.safetyBackup);
    throw new AppError('refused', REFUSED_AFTER_INSTALL);
  }
  return { restoredFrom: path.resolve(file), safetyBackup: progress.safetyBackup, setAside: null };
}
