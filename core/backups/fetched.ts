import path from 'node:path';
import { discardCopy } from '../../db/backup';
import { DatabaseError } from '../../db/errors';
import { type FetchIo, type FetchedCopy, NotAFile, fetchCopy } from '../files/placeCopy';
import { parseBackupName } from './naming';
import { MAX_IMPORT_BYTES, tooLarge } from './rebuild';

/** The calls a read from a folder makes, and how long each may take (tests: a share that stops answering). */
export interface FetchPlacing {
  io?: FetchIo;
  stepTimeoutMs?: number;
}

/** A folder (a backup folder, perhaps a network share) that stopped answering while a file in it was read. */
export function stoppedReading(file: string): string {
  return `Mappen «${path.dirname(file)}» sluttet å svare mens «${path.basename(file)}» ble lest; nettverksstasjonen er kanskje frakoblet. Ingenting er endret. Sjekk nettverket og prøv igjen.`;
}

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function codeOf(error: unknown): string {
  return String((error as { code?: unknown } | null)?.code ?? '');
}

/**
 * Runs `use` on a local copy of `file` (a backup or export in a folder that may be a network share), fetched into
 * `localFolder` by `fetchCopy` and removed afterwards whatever happened: SQLite never opens a file on the share, and a
 * share that stops answering fails the read (`io`, `stoppedReading`) instead of blocking the app. A path that is not
 * a file throws `DatabaseError('missing')`, as a read of a missing file does; a file too large to import is refused
 * (`tooLarge`) before a byte is copied.
 */
export async function withLocalCopy<T>(
  file: string,
  localFolder: string,
  use: (copy: FetchedCopy) => T | Promise<T>,
  placing: FetchPlacing = {},
): Promise<T> {
  const name = path.basename(file);
  let copy: FetchedCopy;
  try {
    // Named as a backup or an export, so the start-up sweep knows a copy a crash left behind.
    copy = await fetchCopy(file, localFolder, parseBackupName(name) ? name : 'henting.akan', {
      stopped: stoppedReading(file),
      // Nothing larger can be restored or imported, so nothing larger is fetched (a listing would copy it for nothing).
      maxBytes: MAX_IMPORT_BYTES,
      tooLarge,
      ...placing,
    });
  } catch (error) {
    if (error instanceof NotAFile || MISSING.has(codeOf(error)))
      throw new DatabaseError('missing', file, 'no such file');
    throw error;
  }
  try {
    return await use(copy);
  } finally {
    discardCopy(copy.local);
  }
}
