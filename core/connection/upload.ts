import type { TableCount } from '../backups/contract';

/**
 * «Flytt dataene til serveren»: the desktop sends its export file (`.akan`, as bytes) here with the bearer token of an
 * administrator; the server takes it in with the same checked import as `akan-server import`.
 */
export const IMPORT_UPLOAD_PATH = '/api/import-upload';
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';
/** The query parameter that says yes to replacing the data the server already holds: `?replace=yes`. */
export const REPLACE_PARAM = 'replace';
/** The refusal's field when the server holds data and the caller has not said yes (the contract's `confirmReplace`). */
export const CONFIRM_FIELD = 'confirmReplace';

export interface UploadedImport {
  /** What the server holds now, from the file sent. */
  records: TableCount[];
  /** Where the server keeps the data it held before, when it held any. */
  safetyBackup: string | null;
}
