import type { BackupEntry } from '../../../core/backups/contract';
import { INSPECT_PARAM, REPLACE_PARAM, type UploadedImport } from '../../../core/connection/upload';
import { ContractError } from './client';
import { sendExportFile } from './transport';

async function answer<T>(query: string, file: Blob): Promise<T> {
  const result = await sendExportFile(query, file);
  if (!result.ok) throw new ContractError(result.error);
  return result.value as T;
}

/** What an export file chosen in the browser holds, checked as the import checks it; nothing is changed. */
export function inspectExportFile(file: Blob): Promise<BackupEntry> {
  return answer(`${INSPECT_PARAM}=1`, file);
}

/** Replaces the data with the export file's (the data from before are backed up first). */
export function importExportFile(file: Blob): Promise<UploadedImport> {
  return answer(`${REPLACE_PARAM}=yes`, file);
}
