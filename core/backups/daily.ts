import fs from 'node:fs';
import path from 'node:path';
import { isTempCopy } from '../../db/backup';
import type { AppContext } from '../context';
import { todayInOslo } from '../validation/dates';
import { takeBackup } from './create';
import { backupFolder } from './folders';
import { identityOf } from './identity';
import { dailyFileName, parseBackupName } from './naming';
import { dailyBackupsToRemove } from './rotation';

/** A temporary copy this old was left by a copy that never finished (the PC lost power). */
const STALE_TEMP_MS = 60 * 60 * 1000;

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Tried again at the next daily backup.
  }
}

/** Only this data file's daily backups are rotated: never another file's, nor those named before names carried an id. */
function tidy(folder: string, now: Date, dataFileId: string | null): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    if (
      isTempCopy(name) &&
      now.getTime() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now.getTime()) > STALE_TEMP_MS
    ) {
      removeQuietly(file);
    }
  }
  const days = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed?.kind === 'daily' && parsed.day && parsed.dataFileId === dataFileId ? [parsed.day] : [];
  });
  for (const day of dailyBackupsToRemove(days)) removeQuietly(path.join(folder, dailyFileName(day, dataFileId)));
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
  if (fs.existsSync(path.join(folder, dailyFileName(todayInOslo(ctx.now()), dataFileId)))) return 'exists';
  try {
    await takeBackup(ctx, 'daily', { folder, source });
  } catch {
    return source.open ? 'failed' : 'aborted';
  }
  tidy(folder, ctx.now(), dataFileId);
  return 'made';
}
