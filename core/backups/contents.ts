import fs from 'node:fs';
import path from 'node:path';
import { isTempCopy } from '../../db/backup';
import { DatabaseError } from '../../db/errors';
import { type DatabaseFileSummary, inspectDatabaseFile } from '../../db/inspect';
import { shippedCount } from '../../db/migrate';
import { findMigrationsDir } from '../../db/migrationsDir';
import type { BackupContents, BackupEntry, BackupOrigin } from './contract';
import { identityFromSettings } from './identity';
import { kindFromInfo } from './info';
import { TABLE_LABELS } from './labels';
import { bounded } from '../files/bounded';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { parseBackupName } from './naming';
import { rebuildProblem } from './rebuild';

export function shippedSchemaVersion(): number {
  return shippedCount(findMigrationsDir());
}

export function problemWith(error: unknown): string {
  if (error instanceof DatabaseError && error.kind === 'missing') return 'Filen finnes ikke.';
  if (error instanceof DatabaseError && error.kind === 'locked') return 'Filen er i bruk av et annet program.';
  return 'Filen er skadet eller er ikke en sikkerhetskopi fra AKAN Utvalg.';
}

export function contentsOf(summary: DatabaseFileSummary, shipped: number): BackupContents {
  return {
    appVersion: summary.info.appVersion ?? null,
    schemaVersion: summary.migrations,
    tooNew: summary.migrations > shipped,
    counts: Object.entries(summary.tables)
      .map(([table, rows]) => ({ table, label: TABLE_LABELS[table] ?? table, rows }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nb')),
    changes: summary.changes,
    lastChangeAt: summary.lastChangeAt,
  };
}

function isoOrNull(text: string | null | undefined): string | null {
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function originOf(dataFileId: string | null, ownId: string | null): BackupOrigin {
  if (!dataFileId || !ownId) return 'unknown';
  return dataFileId === ownId ? 'this' : 'other';
}

/**
 * What a backup or export file is, whose it is (against `ownId`, the id of the data file in use) and what it holds;
 * a file that cannot be read is described with its problem, not thrown. Its contents decide whose it is, not its name.
 */
export function describeBackup(
  file: string,
  check: 'quick' | 'full',
  ownId: string | null,
  shipped = shippedSchemaVersion(),
): BackupEntry {
  const name = path.basename(file);
  const parsed = parseBackupName(name);
  let summary: DatabaseFileSummary | null = null;
  let problem: string | null = null;
  try {
    summary = inspectDatabaseFile(file, check);
  } catch (error) {
    problem = problemWith(error);
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const identity = summary ? identityFromSettings(summary.settings) : null;
  const dataFileId = identity ? identity.dataFileId : (parsed?.dataFileId ?? null);
  return {
    file: path.resolve(file),
    name,
    kind: (summary && kindFromInfo(summary.info)) ?? parsed?.kind ?? 'manual',
    origin: originOf(dataFileId, ownId),
    dataFileId,
    organisationName: identity?.organisationName ?? null,
    createdAt:
      isoOrNull(summary?.info.createdAt) ?? parsed?.createdAt ?? (stat ?? { mtime: new Date(0) }).mtime.toISOString(),
    sizeBytes: stat?.size ?? 0,
    contents: summary ? contentsOf(summary, shipped) : null,
    problem,
  };
}

/** What a file holds, checked exactly as an import or restore checks it, so a file that previews as usable can be taken in. */
export function inspectFile(file: string, ownId: string | null): BackupEntry {
  const entry = describeBackup(file, 'full', ownId);
  if (!entry.contents || entry.contents.tooNew) return entry;
  const problem = rebuildProblem(file);
  return problem ? { ...entry, contents: null, problem } : entry;
}

async function backupNames(folder: string): Promise<string[]> {
  try {
    const entries = await bounded(folder, FOLDER_TIMEOUT_MS, () =>
      fs.promises.readdir(folder, { withFileTypes: true }),
    );
    return entries
      .filter((entry) => entry.isFile() && !isTempCopy(entry.name) && parseBackupName(entry.name) !== null)
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Every backup in the folders, newest first, each marked as this data file's (`ownId`), another's or of unknown origin.
 * Folders that cannot be read, or do not answer in time (an unplugged share), are skipped.
 */
export async function listBackups(folders: readonly string[], ownId: string | null): Promise<BackupEntry[]> {
  const shipped = shippedSchemaVersion();
  const names = await Promise.all(folders.map(backupNames));
  return folders
    .flatMap((folder, i) =>
      (names[i] ?? []).map((name) => describeBackup(path.join(folder, name), 'quick', ownId, shipped)),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
