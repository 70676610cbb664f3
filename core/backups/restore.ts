import path from 'node:path';
import { discardCopy, installCopy, openAlone, tempPathFor } from '../../db/backup';
import { finishRebuilt } from '../../db/rebuild';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { stagingFolder } from '../files/placeCopy';
import { type InFolder, describeCopy, problemWith } from './contents';
import type { BackupEntry, RestoreResult } from './contract';
import { takeBackup } from './create';
import { fileFailure } from './errors';
import { type FetchPlacing, withLocalCopy } from './fetched';
import { backupFolder } from './folders';
import { type DataFileIdentity, ownIdentity } from './identity';
import { rebuildChecked } from './rebuild';

const TOO_NEW =
  'Filen er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du gjenoppretter eller importerer den. Ingenting er endret.';
const WRITE_PROTECTED =
  'Datafilen er skrivebeskyttet (eller ligger på en disk som bare kan leses), så dataene kan leses, men ikke erstattes. Fjern skrivebeskyttelsen på filen eller mappen (eller be IT om skrivetilgang), start AKAN Utvalg på nytt og prøv igjen. Ingenting er endret.';
const REFUSED_AFTER_INSTALL =
  'Filen kunne ikke åpnes av denne versjonen av AKAN Utvalg, så dataene fra før er lagt tilbake. Ingenting er endret.';

function named(organisation: string | null, fallback: string): string {
  return organisation ? `«${organisation}»` : fallback;
}

/** Why a backup that is not of this data file needs a yes first, naming both organisations. */
function otherDataFileMessage(entry: BackupEntry, own: DataFileIdentity): string {
  const theirs = named(entry.organisationName, 'en virksomhet uten navn');
  const ours = named(own.organisationName, 'denne datafilen');
  const whose =
    entry.origin === 'other'
      ? `Sikkerhetskopien er av en annen datafil, som tilhører ${theirs}.`
      : `Det kan ikke sees om sikkerhetskopien er av denne datafilen (den er tatt før sikkerhetskopiene fikk datafilens id); den tilhører ${theirs}.`;
  return `${whose} Gjenoppretter du den, blir dataene til ${ours} erstattet av dataene i den. Bekreft at det er dette du vil, og prøv igjen. Ingenting er endret.`;
}

function notUsable(problem: string): AppError {
  return new AppError('refused', `${problem} Velg en annen fil. Ingenting er endret.`.trim());
}

/** Checks every page of the file (its local copy) before anything is touched; refuses damaged and too new files. */
function requireRestorable(local: string, file: string, stat: InFolder, ownId: string | null): BackupEntry {
  const entry = describeCopy(local, file, stat, 'full', ownId);
  if (!entry.contents) throw notUsable(entry.problem ?? '');
  if (entry.contents.tooNew) throw new AppError('refused', TOO_NEW);
  return entry;
}

/** A backup that is not of this data file (`own`) is restored only when `confirmed`. */
function requireOwnOrConfirmed(entry: BackupEntry, own: DataFileIdentity, confirmed: boolean): void {
  if (entry.origin === 'this' || confirmed) return;
  const message = otherDataFileMessage(entry, own);
  throw new AppError('refused', message, { confirmOtherDataFile: message });
}

/**
 * Runs `use` on a local copy of a backup or export (`withLocalCopy`: fetched with bounded calls, never opened where it
 * is, which may be a network share); a file that cannot be fetched is refused with why, and nothing is changed.
 */
async function fromLocalCopy<T>(
  file: string,
  dataFile: string,
  use: (local: string, stat: InFolder) => Promise<T>,
  placing: FetchPlacing,
): Promise<T> {
  let fetched = false;
  try {
    return await withLocalCopy(
      file,
      stagingFolder(dataFile),
      (copy) => {
        fetched = true;
        return use(copy.local, copy);
      },
      placing,
    );
  } catch (error) {
    if (fetched || error instanceof AppError) throw error;
    throw notUsable(problemWith(error));
  }
}

/**
 * The file fetched, checked, rebuilt beside the data file and, when it is not of this data file, confirmed; what it
 * holds is judged before whose it is, so a hostile file is named as such whatever its origin.
 */
export async function stageRestorable(
  file: string,
  dataFile: string,
  own: DataFileIdentity,
  confirmed: boolean,
  placing: FetchPlacing = {},
): Promise<string> {
  if (path.resolve(file) === path.resolve(dataFile)) {
    throw new AppError('refused', 'Dette er selve datafilen. Velg en sikkerhetskopi eller en eksportfil.');
  }
  return fromLocalCopy(
    file,
    dataFile,
    async (local, stat) => {
      const entry = requireRestorable(local, file, stat, own.dataFileId);
      const staged = await stageCopy(local, dataFile);
      try {
        requireOwnOrConfirmed(entry, own, confirmed);
      } catch (error) {
        discardCopy(staged);
        throw error;
      }
      return staged;
    },
    placing,
  );
}

/**
 * The file rebuilt beside the data file (on the same disk, so it can be renamed into place): a fresh database made by
 * the app's own migrations holding the file's rows, each checked by the contract's rules. Never the file itself.
 */
async function stageCopy(file: string, dataFile: string): Promise<string> {
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
    const staged = await fromLocalCopy(backup, ctx.dataFile, (local) => stageCopy(local, ctx.dataFile), {});
    await ctx.reopen(async () => installCopy(staged, ctx.dataFile, null));
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
export async function restoreInto(
  ctx: AppContext,
  file: string,
  mode: 'restore' | 'import',
  confirmOtherDataFile = false,
  placing: FetchPlacing = {},
): Promise<RestoreResult> {
  if (ctx.sqlite.readonly) throw new AppError('readonly', WRITE_PROTECTED);
  const folder = backupFolder(ctx);
  // An import brings in another PC's data by design; a restore of another data file's backup must be confirmed.
  const staged = await stageRestorable(
    file,
    ctx.dataFile,
    ownIdentity(ctx),
    mode === 'import' || confirmOtherDataFile,
    placing,
  );
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
