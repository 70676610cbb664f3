import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase } from '../../db/backup';
import type { AppContext } from '../context';
import { AppError } from '../errors';
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
export async function exportTo(ctx: AppContext, file: string | undefined): Promise<ExportedData> {
  if (file === undefined) return exportBytes(ctx);
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    throw new AppError(
      'refused',
      `Filen «${path.basename(target)}» finnes fra før. Velg et annet filnavn; ingenting blir overskrevet.`,
    );
  }
  await exportFile(ctx, target);
  return { fileName: path.basename(target), file: target, base64: null, sizeBytes: fs.statSync(target).size };
}
