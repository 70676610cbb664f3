import type { BackupInfo } from '../../db/backup';
import { APP_VERSION } from '../version';
import { BACKUP_KINDS, type BackupKind } from './contract';

/** Marks a copy as made by AKAN Utvalg; an export file is a backup that carries it. */
export const BACKUP_FORMAT = 'akan-utvalg-sikkerhetskopi-1';

export function backupInfo(kind: BackupKind, at: Date, user: string): BackupInfo {
  return { format: BACKUP_FORMAT, kind, createdAt: at.toISOString(), appVersion: APP_VERSION, createdBy: user };
}

export function kindFromInfo(info: BackupInfo): BackupKind | null {
  return (BACKUP_KINDS as readonly string[]).includes(info.kind ?? '') ? (info.kind as BackupKind) : null;
}
