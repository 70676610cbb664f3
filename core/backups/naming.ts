import { fileStamp } from '../../db/backup';
import type { BackupKind } from './contract';

const PREFIX = {
  daily: 'daglig',
  manual: 'manuell',
  beforeRestore: 'for-gjenoppretting',
  beforeImport: 'for-import',
  beforeMigration: 'for-migrering',
} as const satisfies Record<Exclude<BackupKind, 'export'>, string>;

/** The data file's id (see migration 0002) after the date: optional, since names from before it carry none. */
const ID = '(?:-([0-9a-f]{16}))?';
const DAILY = new RegExp(`^daglig-(\\d{4}-\\d{2}-\\d{2})${ID}\\.sqlite$`);
const STAMPED = new RegExp(
  `^(manuell|for-gjenoppretting|for-import|for-migrering)-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z${ID}\\.sqlite$`,
);
const EXPORT = /\.akan$/i;

export interface BackupName {
  kind: BackupKind;
  /** Oslo calendar date, for daily backups. */
  day: string | null;
  /** ISO UTC, for backups named with a timestamp. */
  createdAt: string | null;
  /** The id of the data file the backup was taken of; null in names from before backups carried it. */
  dataFileId: string | null;
}

function withId(base: string, dataFileId: string | null): string {
  return dataFileId ? `${base}-${dataFileId}.sqlite` : `${base}.sqlite`;
}

/**
 * One daily backup per calendar day and data file; its name is the day and the data file's id, which makes rotation
 * a matter of names and keeps two data files backing up to one folder from ever writing the same name.
 */
export function dailyFileName(day: string, dataFileId: string | null): string {
  return withId(`${PREFIX.daily}-${day}`, dataFileId);
}

export function stampedFileName(
  kind: 'manual' | 'beforeRestore' | 'beforeImport' | 'beforeMigration',
  at: Date,
  dataFileId: string | null,
): string {
  return withId(`${PREFIX[kind]}-${fileStamp(at)}`, dataFileId);
}

export function exportFileName(day: string): string {
  return `akan-utvalg-eksport-${day}.akan`;
}

/** What a file in a backup folder is, from its name; null for files that are not backups. */
export function parseBackupName(name: string): BackupName | null {
  const daily = DAILY.exec(name);
  if (daily) return { kind: 'daily', day: daily[1] ?? null, createdAt: null, dataFileId: daily[2] ?? null };
  const stamped = STAMPED.exec(name);
  if (stamped) {
    const [, prefix, date, h, m, s, ms, id] = stamped;
    const kind = (Object.keys(PREFIX) as (keyof typeof PREFIX)[]).find((k) => PREFIX[k] === prefix) ?? 'manual';
    return { kind, day: null, createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, dataFileId: id ?? null };
  }
  if (EXPORT.test(name) && !name.startsWith('.'))
    return { kind: 'export', day: null, createdAt: null, dataFileId: null };
  return null;
}
