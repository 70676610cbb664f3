import { z } from 'zod';
import { read, task } from '../define';
import { emptyInput } from '../validation/fields';
import { absolutePath } from '../validation/paths';
import type { FolderState } from './folderState';

export const BACKUP_KINDS = ['daily', 'manual', 'beforeRestore', 'beforeImport', 'beforeMigration', 'export'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface TableCount {
  table: string;
  /** Norwegian name of what the table holds; the table name for tables without one. */
  label: string;
  rows: number;
}

export interface BackupContents {
  appVersion: string | null;
  /** Migrations applied in the file. */
  schemaVersion: number;
  /** Made by a newer version of AKAN Utvalg: this version cannot restore it. */
  tooNew: boolean;
  counts: TableCount[];
  changes: number;
  lastChangeAt: string | null;
}

/**
 * Whose backup this is, against the data file in use: `this` (the same data file id), `other` (another data file's id)
 * or `unknown` (no id in the file or its name: taken before backups carried one, or the file cannot be read).
 */
export type BackupOrigin = 'this' | 'other' | 'unknown';

export interface BackupEntry {
  file: string;
  name: string;
  kind: BackupKind;
  origin: BackupOrigin;
  /** The data file id the backup carries, from its contents (or, for a file that cannot be read, its name). */
  dataFileId: string | null;
  /** The organisation named in the backup's settings, when it names one. */
  organisationName: string | null;
  /** ISO UTC timestamp. */
  createdAt: string;
  sizeBytes: number;
  /** Null when the file cannot be read; `problem` then says why, in Norwegian. */
  contents: BackupContents | null;
  problem: string | null;
}

export interface BackupStatus {
  /** Where backups go now: the setting, or `backups/` beside the data file. */
  folder: string;
  /** Whether backups can be written there now (see `folderState.ts`), found within a few seconds whatever it is. */
  folderState: FolderState;
  /** What is wrong with the folder and what to do, in Norwegian; null when backups can be written. */
  folderProblem: string | null;
  defaultFolder: string;
  lastSuccess: { at: string; file: string; kind: BackupKind } | null;
  /** The last failed attempt, when it came after the last success. */
  lastFailure: { at: string; message: string } | null;
  suggestedExportFile: string;
}

/** Restoring a backup of another data file (or one whose origin is unknown) replaces this organisation's data. */
export const confirmOtherDataFile = z.boolean({ error: 'Bekreftelsen må være ja eller nei.' }).optional();

/** An export saved where asked (`file`), or, asked for without a file (the browser), its bytes to offer as a download. */
export interface ExportedData {
  fileName: string;
  /** Where it was saved; null when the bytes come back instead. */
  file: string | null;
  base64: string | null;
  sizeBytes: number;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the data as they were just before. */
  safetyBackup: string | null;
  /** Where a damaged data file was kept instead (recovery), renamed with the time. */
  setAside: string | null;
}

const backupFile = absolutePath(
  'Oppgi hele stien til sikkerhetskopien, for eksempel C:\\Sikkerhetskopier\\daglig-2026-11-23.sqlite.',
);
const importFile = absolutePath(
  'Oppgi hele stien til filen du vil importere, for eksempel C:\\Overføring\\akan-utvalg.akan.',
);
const exportFile = absolutePath(
  'Oppgi hele stien til eksportfilen, for eksempel C:\\Overføring\\akan-utvalg.akan.',
).refine((file) => file.toLowerCase().endsWith('.akan'), { error: 'Eksportfilen må ha endelsen .akan.' });

export const backupsContract = {
  'backups.status': read(emptyInput).returns<BackupStatus>(),
  'backups.list': read(emptyInput).returns<BackupEntry[]>(),
  'backups.inspect': read(z.strictObject({ file: backupFile })).returns<BackupEntry>(),
  'backups.create': task(emptyInput, 'Sikkerhetskopi tatt').returns<BackupEntry>(),
  'backups.restore': task(
    z.strictObject({ file: backupFile, confirmOtherDataFile }),
    'Sikkerhetskopi gjenopprettet',
  ).returns<RestoreResult>(),
  'backups.export': task(
    z.strictObject({ file: exportFile.optional() }),
    'Alle data eksportert til fil',
  ).returns<ExportedData>(),
  'backups.import': task(z.strictObject({ file: importFile }), 'Data importert fra fil').returns<RestoreResult>(),
};
