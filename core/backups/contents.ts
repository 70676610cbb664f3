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
import { ListedBackups } from './listed';
import { TABLE_LABELS } from './labels';
import { AppError } from '../errors';
import { bounded } from '../files/bounded';
import { type FetchedCopy, stagingFolder } from '../files/placeCopy';
import { type FetchPlacing, withLocalCopy } from './fetched';
import { FOLDER_TIMEOUT_MS } from './folderState';
import { parseBackupName } from './naming';
import { rebuildProblem } from './rebuild';
import { compareNames } from '../names';
import { onWorker, workers } from '../workers/pool';

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
      .sort((a, b) => compareNames(a.label, b.label)),
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

/** Where a backup is and what its folder says of it (size, time), whichever copy of it is read. */
export interface InFolder {
  size: number;
  mtime: Date;
}

function entryOf(
  file: string,
  stat: InFolder | undefined,
  summary: DatabaseFileSummary | null,
  problem: string | null,
  ownId: string | null,
  shipped: number,
): BackupEntry {
  const name = path.basename(file);
  const parsed = parseBackupName(name);
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

/**
 * What a backup or export file is, whose it is (against `ownId`, the id of the data file in use) and what it holds,
 * read from `local` (the file itself when it is local, else a local copy of it) and shown as `file` with the folder's
 * `stat` of it; a file that cannot be read is described with its problem, not thrown. Its contents decide whose it
 * is, not its name.
 */
export function describeCopy(
  local: string,
  file: string,
  stat: InFolder | undefined,
  check: 'quick' | 'full',
  ownId: string | null,
  shipped = shippedSchemaVersion(),
): BackupEntry {
  let summary: DatabaseFileSummary | null = null;
  let problem: string | null = null;
  try {
    summary = inspectDatabaseFile(local, check);
  } catch (error) {
    problem = problemWith(error);
  }
  return entryOf(file, stat, summary, problem, ownId, shipped);
}

/** A file on a local disk (the data file itself) described as `describeCopy` does, read where it is. */
export function describeLocal(file: string, check: 'quick' | 'full', ownId: string | null): BackupEntry {
  return describeCopy(file, file, fs.statSync(file, { throwIfNoEntry: false }), check, ownId);
}

/**
 * `look` run on a local copy of `file`, a file in a folder that may be a network share (`withLocalCopy`: SQLite never
 * opens it where it is). A file that cannot be fetched (missing, too large) is described by its name with why; a
 * folder that stopped answering is said so in the entry when `stopped` is `listed`, and thrown (`io`) when `thrown`.
 */
async function lookInFolder(
  file: string,
  ownId: string | null,
  localFolder: string,
  look: (copy: FetchedCopy) => BackupEntry | Promise<BackupEntry>,
  {
    stopped,
    shipped = shippedSchemaVersion(),
    ...placing
  }: FetchPlacing & { stopped: 'listed' | 'thrown'; shipped?: number },
): Promise<BackupEntry> {
  try {
    return await withLocalCopy(file, localFolder, look, placing);
  } catch (error) {
    if (error instanceof AppError && error.code === 'io' && stopped === 'thrown') throw error;
    const problem = error instanceof AppError ? error.message : problemWith(error);
    return entryOf(file, undefined, null, problem, ownId, shipped);
  }
}

/**
 * A file in a backup folder described from a local copy fetched beside `dataFile`, as a list shows it, and remembered
 * in `listed` (by default what is kept beside `dataFile`) so that the next list need not fetch it again.
 */
export async function describeInFolder(
  file: string,
  ownId: string | null,
  dataFile: string,
  {
    shipped = shippedSchemaVersion(),
    listed,
    ...placing
  }: FetchPlacing & { shipped?: number; listed?: ListedBackups } = {},
): Promise<BackupEntry> {
  const remembered = listed ?? new ListedBackups(dataFile);
  const look = (copy: FetchedCopy) => {
    const entry = describeCopy(copy.local, file, copy, 'quick', ownId, shipped);
    remembered.remember(entry, copy);
    return entry;
  };
  const entry = await lookInFolder(file, ownId, stagingFolder(dataFile), look, {
    ...placing,
    shipped,
    stopped: 'listed',
  });
  if (!listed) remembered.save();
  return entry;
}

/**
 * What a file holds, checked exactly as an import or restore checks it (from a local copy, as they do), so a file
 * that previews as usable can be taken in. A folder that stops answering fails it (`io`); nothing is changed.
 */
export function inspectFile(
  file: string,
  ownId: string | null,
  localFolder: string,
  placing: FetchPlacing = {},
): Promise<BackupEntry> {
  // The full check of a large file takes seconds of synchronous SQLite: on a worker thread when there is one.
  const look = async (copy: FetchedCopy) => {
    const task = { local: copy.local, file, size: copy.size, mtime: copy.mtime.toISOString(), ownId };
    return (await onWorker(workers(), 'inspect', task, inspectCopy)).output;
  };
  return lookInFolder(file, ownId, localFolder, look, { ...placing, stopped: 'thrown' });
}

/** A backup's local copy to check fully (`inspectCopy`), with what its folder says of the file. */
export interface InspectTask {
  readonly local: string;
  readonly file: string;
  readonly size: number;
  readonly mtime: string;
  readonly ownId: string | null;
}

/** What a backup holds, checked exactly as an import or restore checks it (integrity, schema, row rules). */
export function inspectCopy({ local, file, size, mtime, ownId }: InspectTask): BackupEntry {
  const entry = describeCopy(local, file, { size, mtime: new Date(mtime) }, 'full', ownId);
  if (!entry.contents || entry.contents.tooNew) return entry;
  const problem = rebuildProblem(local);
  return problem ? { ...entry, contents: null, problem } : entry;
}

/** What `listed` remembers of `file` at its `stat`, else what a fetched copy shows (`describeInFolder`). */
async function describeListed(
  file: string,
  stat: InFolder | null,
  ownId: string | null,
  dataFile: string,
  options: FetchPlacing & { shipped?: number; listed: ListedBackups },
): Promise<BackupEntry> {
  const known = stat && options.listed.recall(file, stat);
  if (known) return { ...known, origin: originOf(known.dataFileId, ownId) };
  return describeInFolder(file, ownId, dataFile, options);
}

/** A backup just taken into its folder, as the list will show it: from what `rememberTaken` kept of it, else fetched. */
export async function describeTaken(file: string, ownId: string | null, dataFile: string): Promise<BackupEntry> {
  const listed = new ListedBackups(dataFile);
  const stat = await bounded(path.dirname(file), FOLDER_TIMEOUT_MS, () => fs.promises.stat(file)).catch(() => null);
  const entry = await describeListed(file, stat, ownId, dataFile, { listed });
  listed.save();
  return entry;
}

/**
 * Remembers what a backup just placed at `file` holds, read from its local copy (`local`, the same bytes), so that no
 * list ever fetches it back. Never throws: a folder that does not answer now only means the list fetches it later.
 */
export async function rememberTaken(local: string, file: string, dataFile: string): Promise<void> {
  try {
    const stat = await bounded(path.dirname(file), FOLDER_TIMEOUT_MS, () => fs.promises.stat(file));
    const entry = describeCopy(local, file, stat, 'quick', null);
    if (!entry.contents) return;
    const listed = new ListedBackups(dataFile);
    listed.remember(entry, stat);
    listed.save();
  } catch {
    // Looked into when it is first listed instead.
  }
}

/** The backups in a folder and what the folder says of each, in one bounded call; null when it does not answer. */
async function backupsIn(folder: string): Promise<{ file: string; stat: InFolder }[] | null> {
  try {
    return await bounded(folder, FOLDER_TIMEOUT_MS, async () => {
      const entries = await fs.promises.readdir(folder, { withFileTypes: true });
      const files = entries
        .filter((entry) => entry.isFile() && !isTempCopy(entry.name) && parseBackupName(entry.name) !== null)
        .map((entry) => path.join(folder, entry.name));
      // A backup removed meanwhile (rotation, another PC) is not listed.
      const stats = await Promise.all(files.map((file) => fs.promises.stat(file).catch(() => null)));
      return files.flatMap((file, i) => {
        const stat = stats[i];
        return stat ? [{ file, stat }] : [];
      });
    });
  } catch {
    return null;
  }
}

/**
 * Every backup in the folders, newest first, each marked as this data file's (`ownId`), another's or of unknown origin.
 * Only asynchronous, bounded calls reach the folders: a backup not looked into before (see `ListedBackups`, kept
 * beside `dataFile`) is fetched beside the data file to be looked into (`describeInFolder`). Folders that cannot be
 * read, or do not answer in time (an unplugged share), are skipped; a backup that could not be fetched is listed by
 * its name, with why.
 */
export async function listBackups(
  folders: readonly string[],
  ownId: string | null,
  dataFile: string,
  placing: FetchPlacing = {},
): Promise<BackupEntry[]> {
  const shipped = shippedSchemaVersion();
  const listed = new ListedBackups(dataFile);
  const found = await Promise.all(folders.map(backupsIn));
  listed.keepOnly(
    folders.filter((_, i) => found[i] !== null),
    new Set(found.flatMap((files) => (files ?? []).map(({ file }) => file))),
  );
  const entries = await Promise.all(
    found.map(async (files) => {
      const described: BackupEntry[] = [];
      // One at a time per folder: a share is asked for one file at once, and one that stops answering is told at once.
      for (const { file, stat } of files ?? []) {
        described.push(await describeListed(file, stat, ownId, dataFile, { shipped, listed, ...placing }));
      }
      return described;
    }),
  );
  listed.save();
  return entries.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
