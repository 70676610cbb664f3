import path from 'node:path';
import { DatabaseError } from '../../db/errors';
import { AppError } from '../errors';
import { messageFor } from '../files/atomicWrite';

const BUSY_MESSAGE =
  'Datafilen er i bruk av et annet program. Lukk andre kopier av AKAN Utvalg og prøv igjen. Ingenting er endret.';

/** SQLite reports file-system trouble in its own codes; these are the same troubles as errno codes. */
const SQLITE_AS_ERRNO: Record<string, string> = {
  SQLITE_FULL: 'ENOSPC',
  SQLITE_READONLY: 'EACCES',
  SQLITE_PERM: 'EACCES',
  SQLITE_CANTOPEN: 'ENOENT',
};

/** Why a backup, export or restore file could not be written, as a Norwegian message that says what to do. */
export function fileFailure(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof DatabaseError) {
    if (error.kind === 'locked') return new AppError('busy', BUSY_MESSAGE);
    return new AppError(
      'io',
      `Kopien «${path.basename(target)}» besto ikke kontrollen og ble forkastet. Datafilen er ikke endret. Prøv igjen; skjer det igjen, ta kontakt med IT.`,
    );
  }
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (/^SQLITE_BUSY/.test(code)) return new AppError('busy', BUSY_MESSAGE);
  const primary = code.split('_').slice(0, 2).join('_');
  const errno = SQLITE_AS_ERRNO[primary] ?? code;
  return new AppError('io', messageFor(Object.assign(new Error(String(error)), { code: errno || undefined }), target));
}
