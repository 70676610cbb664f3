import path from 'node:path';
import type { AppContext } from '../context';
import { loadSettings } from '../settings/service';
import { readStatus } from './status';

export function defaultBackupFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups');
}

/** Where backups go now: this session's override, the setting, or `backups/` beside the data file. */
export function backupFolder(ctx: AppContext): string {
  const folder = ctx.backupFolder ?? loadSettings(ctx).backupFolder ?? defaultBackupFolder(ctx.dataFile);
  return path.resolve(path.dirname(ctx.dataFile), folder);
}

/** Every folder that may hold backups of this data file, without repeats. */
export function knownFolders(dataFile: string, current: string | null): string[] {
  const folders = [current, defaultBackupFolder(dataFile), ...readStatus(dataFile).folders];
  return [...new Set(folders.filter((f): f is string => f !== null).map((f) => path.resolve(f)))];
}
