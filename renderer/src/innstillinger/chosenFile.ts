import type { BackupEntry, RestoreResult } from '../../../core/backups/contract';
import { ContractError } from '../api/client';
import { importExportFile, inspectExportFile } from '../api/upload';

const NO_FILE = 'Velg eksportfilen (.akan) du vil importere.';

/** What the export file chosen in the browser holds, under the name it has on the user's PC. */
export async function inspectChosen(file: File | null): Promise<BackupEntry> {
  if (!file) throw new ContractError({ code: 'validation', message: NO_FILE, fields: { file: NO_FILE } });
  const entry = await inspectExportFile(file);
  return { ...entry, file: file.name, name: file.name };
}

/** Takes the chosen export file in; said as a restore from it, like an import from a path. */
export async function importChosen(file: File): Promise<RestoreResult> {
  const { safetyBackup } = await importExportFile(file);
  return { restoredFrom: file.name, safetyBackup, setAside: null };
}
