import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase } from '../../db/backup';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { fileFailure } from './errors';
import { backupInfo } from './info';

/**
 * The whole data set in one file to take to another PC: a verified backup marked as an export (see `info.ts`),
 * with the `.akan` ending. Never overwrites a file.
 */
export async function exportTo(ctx: AppContext, file: string): Promise<{ file: string; sizeBytes: number }> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) {
    throw new AppError(
      'refused',
      `Filen «${path.basename(target)}» finnes fra før. Velg et annet filnavn; ingenting blir overskrevet.`,
    );
  }
  try {
    await backupDatabase(ctx.sqlite, target, backupInfo('export', ctx.now(), ctx.user));
  } catch (error) {
    throw fileFailure(error, target);
  }
  return { file: target, sizeBytes: fs.statSync(target).size };
}
