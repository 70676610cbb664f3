import fs from 'node:fs';
import path from 'node:path';
import { tempCopyTarget } from '../../db/backup';
import { bounded } from '../files/bounded';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { listedFile } from './listed';
import { parseBackupName } from './naming';
import { statusFile } from './status';

/** A temporary file this old was left by a copy that never finished (the PC lost power): no copy takes a day. */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/** Which of our temporary files a folder may hold: what each was to become decides, never the pattern alone. */
export type TempOwner = (target: string) => boolean;

/**
 * Beside the data file: the staged copy of a restore or import, the backup status and what the list remembers of the
 * backups (`listed.ts`), all named after the file, and the local copy of a backup or export before it is moved into its
 * folder or after it is fetched from it (named as the backup or export).
 */
export function besideDataFile(dataFile: string): TempOwner {
  const base = path.basename(dataFile);
  const kept = new Set([base, path.basename(statusFile(dataFile)), path.basename(listedFile(dataFile))]);
  return (target) => kept.has(target) || parseBackupName(target) !== null;
}

/** In a backup folder: backups, exports and the folder check's test file. */
export const inBackupFolder: TempOwner = (target) => target === 'skrivetest' || parseBackupName(target) !== null;

/**
 * Removes the temporary files an interrupted backup, export, restore or save left in `folder`: only files named as
 * ours are (`.<name>.<random>.tmp`, see `db/backup.ts`), only for what `owner` says the folder holds, and only when
 * older than a day. Never throws; a folder that does not answer is left for the next start. Returns what was removed.
 */
export async function sweepStaleTemps(folder: string, owner: TempOwner, now: Date): Promise<string[]> {
  const removed: string[] = [];
  try {
    await bounded(folder, FOLDER_TIMEOUT_MS, async () => {
      for (const name of await fs.promises.readdir(folder)) {
        const target = tempCopyTarget(name);
        if (target === null || !owner(target)) continue;
        const file = path.join(folder, name);
        const stat = await fs.promises.lstat(file);
        if (!stat.isFile() || now.getTime() - stat.mtimeMs <= STALE_TEMP_MS) continue;
        await fs.promises.rm(file, { force: true });
        removed.push(file);
      }
    });
  } catch {
    // Tried again at the next start.
  }
  return removed;
}
