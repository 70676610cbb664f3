import { DatabaseError } from '../../db/errors';
import { inspectDatabaseFile } from '../../db/inspect';
import { AppError } from '../errors';
import { OpenAppError } from '../openFailure';
import { contentsOf, shippedSchemaVersion } from './contents';
import { rebuildProblem } from './rebuild';
import type { BackupContents } from './contract';

export interface DataFileCheck {
  healthy: boolean;
  /** What was found and what to do, in Norwegian. */
  message: string;
  contents: BackupContents | null;
}

/**
 * A full, read-only check of a data file: every page, foreign keys, made by AKAN Utvalg, and — as an import would be
 * checked — a schema that is the app's own, valid settings and rows that pass the contract's rules. Throws only when it
 * is missing.
 */
export function checkDataFile(file: string): DataFileCheck {
  try {
    const contents = contentsOf(inspectDatabaseFile(file, 'full'), shippedSchemaVersion());
    if (contents.tooNew) {
      return {
        healthy: true,
        message:
          'Datafilen er i orden, men er laget av en nyere versjon av AKAN Utvalg. Oppdater programmet før du åpner den.',
        contents,
      };
    }
    const problem = rebuildProblem(file);
    if (problem)
      return {
        healthy: false,
        message: problem.replace(/^Filen kan ikke tas i bruk/, 'Datafilen er ikke i orden'),
        contents,
      };
    return { healthy: true, message: 'Datafilen er i orden.', contents };
  } catch (error) {
    if (!(error instanceof DatabaseError)) throw error;
    if (error.kind === 'missing') throw new AppError('not_found', new OpenAppError('missing', error.message).message);
    return { healthy: false, message: new OpenAppError(error.kind, error.message).message, contents: null };
  }
}
