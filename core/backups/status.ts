import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomicWrite';
import { BACKUP_KINDS } from './contract';

const MAX_FOLDERS = 10;

const statusSchema = z.object({
  lastSuccess: z
    .object({ at: z.string(), file: z.string(), kind: z.enum(BACKUP_KINDS) })
    .nullable()
    .catch(null),
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable().catch(null),
  /** Every folder that has received a backup, newest first: where recovery looks when the data file is damaged. */
  folders: z.array(z.string()).catch([]),
  /** Whose backups these are, so recovery can tell them from other data files' backups when the data file is lost. */
  dataFileId: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .nullable()
    .catch(null),
  organisationName: z.string().max(120).nullable().catch(null),
});

export type BackupStatusFile = z.output<typeof statusSchema>;

const EMPTY: BackupStatusFile = {
  lastSuccess: null,
  lastFailure: null,
  folders: [],
  dataFileId: null,
  organisationName: null,
};

/**
 * Kept beside the data file rather than in it: it describes this PC's backups, must survive a restore of older data,
 * and must be readable when the data file is damaged.
 */
export function statusFile(dataFile: string): string {
  return `${dataFile}.backups.json`;
}

export function readStatus(dataFile: string): BackupStatusFile {
  try {
    const parsed = statusSchema.safeParse(JSON.parse(fs.readFileSync(statusFile(dataFile), 'utf8')));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

function update(dataFile: string, change: (status: BackupStatusFile) => BackupStatusFile): void {
  try {
    writeFileAtomic(statusFile(dataFile), JSON.stringify(change(readStatus(dataFile)), null, 2));
  } catch {
    // The status is a convenience; the backup files themselves are the record.
  }
}

export function recordSuccess(
  dataFile: string,
  success: NonNullable<BackupStatusFile['lastSuccess']>,
  identity: Pick<BackupStatusFile, 'dataFileId' | 'organisationName'>,
): void {
  const folder = path.dirname(success.file);
  update(dataFile, (status) => ({
    lastSuccess: success,
    lastFailure: null,
    folders: [folder, ...status.folders.filter((f) => f !== folder)].slice(0, MAX_FOLDERS),
    dataFileId: identity.dataFileId ?? status.dataFileId,
    organisationName: identity.dataFileId ? identity.organisationName : status.organisationName,
  }));
}

export function recordFailure(dataFile: string, failure: NonNullable<BackupStatusFile['lastFailure']>): void {
  update(dataFile, (status) => ({ ...status, lastFailure: failure }));
}

/**
 * A data file found to be a copy got its own id: a status beside it that speaks of the other file's backups (copied
 * along with it) no longer says when this file was last backed up. Where backups went is kept, for recovery.
 */
export function recordNewIdentity(
  dataFile: string,
  identity: Pick<BackupStatusFile, 'dataFileId' | 'organisationName'>,
): void {
  const known = readStatus(dataFile).dataFileId;
  if (known === null || known === identity.dataFileId) return;
  update(dataFile, (status) => ({ ...status, ...identity, lastSuccess: null, lastFailure: null }));
}
