import type { TableCount } from '../backups/contract';

/**
 * An export file (`.akan`, as bytes) sent to be taken in: by the desktop to move its data onto the shared server
 * («Flytt dataene til serveren», with an administrator's bearer token), and by a browser's «Importer» on the server
 * or in the preview. The same checked import as `akan-server import` and `backups.import`.
 */
export const IMPORT_UPLOAD_PATH = '/api/import-upload';
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';
/** The query parameter that says yes to replacing the data the server already holds: `?replace=yes`. */
export const REPLACE_PARAM = 'replace';
/** Only look at the file and say what it holds (a `BackupEntry`); nothing is changed: `?inspect=1`. */
export const INSPECT_PARAM = 'inspect';
/** The refusal's field when the server holds data and the caller has not said yes (the contract's `confirmReplace`). */
export const CONFIRM_FIELD = 'confirmReplace';

export interface UploadedImport {
  /** What the server holds now, from the file sent. */
  records: TableCount[];
  /** Where the server keeps the data it held before, when it held any. */
  safetyBackup: string | null;
}
