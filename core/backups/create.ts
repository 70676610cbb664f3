import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupDatabase } from '../../db/backup';
import { makeFolder } from '../../db/makeFolder';
import type { AppContext } from '../context';
import { todayInOslo } from '../validation/dates';
import { AppError } from '../errors';
import { fileFailure } from './errors';
import { checkFolder } from './folderState';
import { backupFolder } from './folders';
import { identityOf } from './identity';
import { backupInfo } from './info';
import { dailyFileName, stampedFileName } from './naming';
import { recordFailure, recordSuccess } from './status';

export interface BackupSource {
  folder?: string;
  /** Another connection to copy from (the closed data file, reopened alone, before a restore). */
  source?: Database.Database;
}

/**
 * Takes a verified backup into the backup folder and notes the outcome for Innstillinger and the reminder.
 * A copy cut short because the data file was closed (the app quitting) is not a failure to report.
 */
export async function takeBackup(
  ctx: AppContext,
  kind: 'daily' | 'manual' | 'beforeRestore' | 'beforeImport',
  { folder = backupFolder(ctx), source = ctx.sqlite }: BackupSource = {},
): Promise<string> {
  const now = ctx.now();
  const identity = identityOf(source);
  const file = path.join(
    folder,
    kind === 'daily'
      ? dailyFileName(todayInOslo(now), identity.dataFileId)
      : stampedFileName(kind, now, identity.dataFileId),
  );
  try {
    // Asked first, within a few seconds: a copy started into a share that is gone would hold everything up.
    const { problem } = await checkFolder(folder);
    if (problem) throw new AppError('io', problem);
    makeFolder(folder);
    await backupDatabase(source, file, backupInfo(kind, now, ctx.user));
  } catch (error) {
    if (!source.open) throw error;
    const failure = fileFailure(error, file);
    recordFailure(ctx.dataFile, { at: now.toISOString(), message: failure.message });
    throw failure;
  }
  recordSuccess(ctx.dataFile, { at: now.toISOString(), file, kind }, identity);
  return file;
}
