import path from 'node:path';
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { copyToTemp, discardCopy } from '../../db/backup';
import type { AppContext } from '../context';
import { todayInOslo } from '../validation/dates';
import { AppError } from '../errors';
import { fileFailure } from './errors';
import { TimedOut, bounded } from '../files/bounded';
import { type PlaceIo, placeCopy, stagingFolder } from '../files/placeCopy';
import { FOLDER_TIMEOUT_MS, checkFolder, stoppedAnswering } from './folderState';
import { rememberTaken } from './contents';
import { backupFolder } from './folders';
import { identityOf } from './identity';
import { backupInfo } from './info';
import { dailyFileName, stampedFileName } from './naming';
import { recordFailure, recordSuccess } from './status';

export interface BackupSource {
  folder?: string;
  /** Another connection to copy from (the closed data file, reopened alone, before a restore). */
  source?: Database.Database;
  /** The calls the copy into the folder makes, and how long each may take (tests: a share that stops answering). */
  io?: PlaceIo;
  stepTimeoutMs?: number;
}

function codeOf(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

/**
 * Makes a folder and the missing ones above it with asynchronous calls (a share may stop answering), each level tried
 * at most twice: never Node's recursive mode, which spins for ever where every new folder is refused (`/proc`).
 */
async function makeFolderWithin(folder: string): Promise<void> {
  const make = () =>
    fs.promises.mkdir(folder).catch((error: unknown) => {
      if (codeOf(error) !== 'EEXIST') throw error;
    });
  try {
    await make();
  } catch (error) {
    const parent = path.dirname(folder);
    if (codeOf(error) !== 'ENOENT' || parent === folder) throw error;
    await makeFolderWithin(parent);
    await make();
  }
}

/**
 * Takes a verified backup into the backup folder and notes the outcome for Innstillinger and the reminder. The copy is
 * made and checked beside the data file (a local disk), then moved into the folder by `placeCopy`, whose every call is
 * asynchronous and bounded in time: a share that stops answering mid-copy fails the backup, never the app.
 * A copy cut short because the data file was closed (the app quitting) is not a failure to report.
 */
export async function takeBackup(
  ctx: AppContext,
  kind: 'daily' | 'manual' | 'beforeRestore' | 'beforeImport',
  { folder = backupFolder(ctx), source = ctx.sqlite, io, stepTimeoutMs }: BackupSource = {},
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
    const { state, problem } = await checkFolder(folder);
    if (problem) throw new AppError('io', problem);
    if (state === 'willBeMade') {
      await bounded(folder, FOLDER_TIMEOUT_MS, () => makeFolderWithin(path.resolve(folder))).catch((error: unknown) => {
        throw error instanceof TimedOut ? new AppError('io', stoppedAnswering(folder)) : error;
      });
    }
    const local = await copyToTemp(
      source,
      stagingFolder(ctx.dataFile),
      path.basename(file),
      backupInfo(kind, now, ctx.user),
    );
    try {
      await placeCopy(local, file, { stopped: stoppedAnswering(folder), io, stepTimeoutMs });
      await rememberTaken(local, file, ctx.dataFile);
    } finally {
      discardCopy(local);
    }
  } catch (error) {
    if (!source.open) throw error;
    const failure = fileFailure(error, file);
    recordFailure(ctx.dataFile, { at: now.toISOString(), message: failure.message });
    throw failure;
  }
  recordSuccess(ctx.dataFile, { at: now.toISOString(), file, kind }, identity);
  return file;
}
