import { fileStamp } from '../../db/backup';
import type { BackupKind } from './contract';

const PREFIX = {
  daily: 'daglig',
  manual: 'manuell',
  beforeRestore: 'for-gjenoppretting',
  beforeImport: 'for-import',
  beforeMigration: 'for-migrering',
} as const satisfies Record<Exclude<BackupKind, 'export'>, string>;

const DAILY = /^daglig-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const STAMPED =
  /^(manuell|for-gjenoppretting|for-import|for-migrering)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;
const EXPORT = /\.akan$/i;

export interface BackupName {
  kind: BackupKind;
  /** Oslo calendar date, for daily backups. */
  day: string | null;
  /** ISO UTC, for backups named with a timestamp. */
  createdAt: string | null;
}

/** One daily backup per calendar day; its name is the day, which makes rotation a matter of names. */
export function dailyFileName(day: string): string {
  return `${PREFIX.daily}-${day}.sqlite`;
}

export function stampedFileName(kind: 'manual' | 'beforeRestore' | 'beforeImport', at: Date): string {
  return `${PREFIX[kind]}-${fileStamp(at)}.sqlite`;
}

export function exportFileName(day: string): string {
  return `akan-utvalg-eksport-${day}.akan`;
}

/** What a file in a backup folder is, from its name; null for files that are not backups. */
export function parseBackupName(name: string): BackupName | null {
  const daily = DAILY.exec(name);
  if (daily) return { kind: 'daily', day: daily[1] ?? null, createdAt: null };
  const stamped = STAMPED.exec(name);
  if (stamped) {
    const [, prefix, date, h, m, s, ms] = stamped;
    const kind = (Object.keys(PREFIX) as (keyof typeof PREFIX)[]).find((k) => PREFIX[k] === prefix) ?? 'manual';
    return { kind, day: null, createdAt: `${date}T${h}:${m}:${s}.${ms}Z` };
  }
  if (EXPORT.test(name) && !name.startsWith('.')) return { kind: 'export', day: null, createdAt: null };
  return null;
}
