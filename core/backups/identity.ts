import type Database from 'better-sqlite3';
import { connect } from '../../db/connect';
import { inspectDatabaseFile } from '../../db/inspect';
import type { AppContext } from '../context';
import { storedDataFileId } from '../settings/stored';
import { withLocalCopy } from './fetched';
import { readStatus } from './status';

/** Which data file a file belongs to: its id (migration 0002) and the organisation named in its settings. */
export interface DataFileIdentity {
  dataFileId: string | null;
  organisationName: string | null;
}

const UNKNOWN: DataFileIdentity = { dataFileId: null, organisationName: null };

function organisationOf(json: string | undefined): string | null {
  try {
    const name: unknown = json === undefined ? null : JSON.parse(json);
    return typeof name === 'string' && name.trim() ? name.trim().slice(0, 120) : null;
  } catch {
    return null;
  }
}

/** From stored settings rows (`key` → JSON text), as a data file, backup or export holds them. */
export function identityFromSettings(settings: Record<string, string>): DataFileIdentity {
  return {
    dataFileId: storedDataFileId(Object.entries(settings).map(([key, value]) => ({ key, value }))),
    organisationName: organisationOf(settings.organisationName),
  };
}

/** The identity of an open data file (or of the closed one reopened alone before a restore). */
export function identityOf(sqlite: Database.Database): DataFileIdentity {
  try {
    const rows = sqlite.prepare('SELECT key, value FROM settings LIMIT 200').all() as {
      key: unknown;
      value: unknown;
    }[];
    return identityFromSettings(Object.fromEntries(rows.map((row) => [String(row.key), String(row.value)])));
  } catch {
    return UNKNOWN;
  }
}

export function ownIdentity(ctx: AppContext): DataFileIdentity {
  return identityOf(ctx.sqlite);
}

/** The identity held by a closed file (read-only, never changed); unknown when it cannot be read. */
export function identityInFile(file: string): DataFileIdentity {
  try {
    const sqlite = connect(file, { readonly: true, fileMustExist: true });
    try {
      return identityOf(sqlite);
    } finally {
      sqlite.close();
    }
  } catch {
    return UNKNOWN;
  }
}

/**
 * Whose backups recovery should offer when the data file cannot be opened: what the backup status beside it
 * remembers, else what can still be read from the damaged file, else the identity in the last backup this PC made
 * (read from a local copy fetched into `localFolder`: the backup folder may be a share that stopped answering).
 */
export async function identityOfDataFile(dataFile: string, localFolder: string): Promise<DataFileIdentity> {
  const status = readStatus(dataFile);
  if (status.dataFileId) return { dataFileId: status.dataFileId, organisationName: status.organisationName };
  const fromFile = identityInFile(dataFile);
  if (fromFile.dataFileId) return fromFile;
  if (!status.lastSuccess) return UNKNOWN;
  try {
    return await withLocalCopy(status.lastSuccess.file, localFolder, (copy) =>
      identityFromSettings(inspectDatabaseFile(copy.local, 'quick').settings),
    );
  } catch {
    return UNKNOWN;
  }
}
