import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase, copyToTemp, discardCopy } from '../../db/backup';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { TimedOut, bounded } from '../files/bounded';
import { type PlaceIo, placeCopy, stagingFolder } from '../files/placeCopy';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { todayInOslo } from '../validation/dates';
import type { ExportedData } from './contract';
import { fileFailure } from './errors';
import { backupInfo } from './info';
import { exportFileName } from './naming';

async function exportFile(ctx: AppContext, target: string): Promise<void> {
  try {
    await backupDatabase(ctx.sqlite, target, backupInfo('export', ctx.now(), ctx.user));
  } catch (error) {
    throw fileFailure(error, target);
  }
}

/** A chosen folder (perhaps a network share, or a USB stick pulled out) that stopped answering while the export was written. */
function exportStopped(target: string): string {
  return `Mappen for «${path.basename(target)}» sluttet å svare mens eksportfilen ble skrevet; nettverksstasjonen eller minnepinnen er kanskje frakoblet. Ingenting ble lagret. Sjekk tilkoblingen og prøv igjen, eller velg en annen mappe.`;
}

/** Whether `target` exists, asked within the folder time limit (a share that is gone answers nothing). */
async function existsInFolder(target: string): Promise<boolean> {
  try {
    await bounded(path.dirname(target), FOLDER_TIMEOUT_MS, () => fs.promises.lstat(target));
    return true;
  } catch (error) {
    if (error instanceof TimedOut) throw new AppError('io', exportStopped(target));
    return false;
  }
}

/**
 * The export made and checked beside the data file (a local disk), then moved to the chosen folder by `placeCopy`,
 * every call asynchronous and bounded in time, so a folder that stops answering never holds the app up.
 */
async function exportToFolder(ctx: AppContext, target: string, placing: ExportPlacing): Promise<number> {
  const staged = exportFileName(todayInOslo(ctx.now()));
  try {
    const local = await copyToTemp(
      ctx.sqlite,
      stagingFolder(ctx.dataFile),
      staged,
      backupInfo('export', ctx.now(), ctx.user),
    );
    try {
      await placeCopy(local, target, { stopped: exportStopped(target), ...placing });
      return fs.statSync(local).size;
    } finally {
      discardCopy(local);
    }
  } catch (error) {
    throw fileFailure(error, target);
  }
}

/** The calls the copy into the chosen folder makes, and how long each may take (tests: a folder that stops answering). */
export interface ExportPlacing {
  io?: PlaceIo;
  stepTimeoutMs?: number;
}

/** The export made in a private temporary folder and handed back as bytes; the folder is removed either way. */
async function exportBytes(ctx: AppContext): Promise<ExportedData> {
  const fileName = exportFileName(todayInOslo(ctx.now()));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-eksport-'));
  try {
    const target = path.join(dir, fileName);
    await exportFile(ctx, target);
    const bytes = fs.readFileSync(target);
    return { fileName, file: null, base64: bytes.toString('base64'), sizeBytes: bytes.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The whole data set in one file to take to another PC: a verified backup marked as an export (see `info.ts`),
 * with the `.akan` ending. Saved as `file` (never over an existing file), or without one given back as bytes.
 */
export async function exportTo(
  ctx: AppContext,
  file: string | undefined,
  placing: ExportPlacing = {},
): Promise<ExportedData> {
  if (file === undefined) return exportBytes(ctx);
  const target = path.resolve(file);
  if (await existsInFolder(target)) {
    throw new AppError(
      'refused',
      `Filen «${path.basename(target)}» finnes fra før. Velg et annet filnavn; ingenting blir overskrevet.`,
    );
  }
  const sizeBytes = await exportToFolder(ctx, target, placing);
  return { fileName: path.basename(target), file: target, base64: null, sizeBytes };
}
