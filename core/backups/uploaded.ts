import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { UploadedImport } from '../connection/upload';
import type { Result } from '../errors';
import type { BackupEntry } from './contract';
import { heldRecords } from './held';

type Dispatch = (method: unknown, input: unknown, user?: string) => Promise<Result<unknown>>;

/** What an uploaded file is called while it is looked at, and in what comes back (never the temporary folder). */
const UPLOADED_NAME = 'opplastet.akan';

/**
 * Runs `use` with the path of a file in a private temporary folder (for the bytes of an uploaded export file), and
 * removes the folder afterwards, whatever happened.
 */
export async function withUploadFile<T>(use: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-opplasting-'));
  try {
    return await use(path.join(dir, UPLOADED_NAME));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the uploaded file holds, checked as an import checks it (`backups.inspect`); nothing is changed. */
export async function inspectUploaded(dispatch: Dispatch, file: string, who?: string): Promise<Result<BackupEntry>> {
  const result = await dispatch('backups.inspect', { file }, who);
  if (!result.ok) return result;
  return { ok: true, value: { ...(result.value as BackupEntry), file: UPLOADED_NAME, name: UPLOADED_NAME } };
}

/** Takes the uploaded file in (`backups.import`: checked, the data from before backed up first). */
export async function importUploaded(dispatch: Dispatch, file: string, who?: string): Promise<Result<UploadedImport>> {
  const result = await dispatch('backups.import', { file }, who);
  if (!result.ok) return result;
  const { safetyBackup } = result.value as { safetyBackup: string | null };
  return { ok: true, value: { records: heldRecords(file) ?? [], safetyBackup } };
}
