import fs from 'node:fs';
import path from 'node:path';
import { discardCopy, fileStamp, installCopy } from '../../db/backup';
import { type AppHandle, type OpenAppOptions, openApp } from '../app';
import { listBackups } from '../backups/contents';
import type { RestoreResult } from '../backups/contract';
import { fileFailure } from '../backups/errors';
import { knownFolders } from '../backups/folders';
import type { FetchPlacing } from '../backups/fetched';
import { identityOfDataFile } from '../backups/identity';
import { isLostDataFile } from '../backups/lost';
import { stageRestorable } from '../backups/restore';
import { recordChange } from '../changeLog/service';
import { createDispatch } from '../createDispatch';
import { AppError, type Result } from '../errors';
import { isEmptyDataFile } from '../files/emptyFile';
import { stagingFolder } from '../files/placeCopy';
import { OpenAppError, type OpenFailureKind } from '../openFailure';
import { type RecoveryStatus, recoveryContract } from './contract';

export interface RecoveryHandle {
  readonly dataFile: string;
  /** Why the data file could not be opened (at the latest attempt); null once it has been. */
  readonly error: OpenAppError | null;
  /** The app once a backup has been restored; from then on every call goes to it. */
  readonly app: AppHandle | null;
  /** Same shape as `AppHandle.dispatch`: serves `recovery.*` until a backup is restored, then everything. */
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

export interface RecoveryOptions extends OpenAppOptions {
  /** Why `openApp` failed; without it the file is tried once more (and never created). */
  error?: OpenAppError;
  /** How backups are read from their folders (tests: a share that stops answering). */
  placing?: FetchPlacing;
}

const UNAVAILABLE =
  'Datafilen kunne ikke åpnes, så dette er ikke tilgjengelig nå. Gjenopprett en sikkerhetskopi først.';

/** Missing or empty with backups of it (`lost`), or empty without (`empty`): either way never begun afresh. */
function lostFile(dataFile: string): OpenAppError | null {
  if (isLostDataFile(dataFile))
    return new OpenAppError('lost', 'the data file is missing or empty, but this PC has backed it up');
  return isEmptyDataFile(dataFile) ? new OpenAppError('empty', 'the data file is 0 bytes') : null;
}

const RESTORABLE = new Set<OpenFailureKind>(['corrupt', 'lost', 'empty']);

/** Restoring a backup helps a damaged, lost or empty file; not a busy or write-protected one. */
export function isRestorable(kind: OpenFailureKind): boolean {
  return RESTORABLE.has(kind);
}

/** The damaged file is kept beside the data file, never deleted, named with the time it was set aside. */
function asideName(dataFile: string, at: Date): string {
  const ext = path.extname(dataFile);
  return path.join(path.dirname(dataFile), `${path.basename(dataFile, ext)}.skadet-${fileStamp(at)}${ext}`);
}

/**
 * For a data file that cannot be opened: says why, lists the backups (newest first) and restores one — keeping the
 * damaged file aside — then opens the app on it. Never creates a data file.
 */
export async function openRecovery(options: RecoveryOptions): Promise<RecoveryHandle> {
  const { error: given, placing = {}, ...rest } = options;
  const appOptions: OpenAppOptions = { ...rest, mustExist: true };
  const dataFile = path.resolve(options.dataFile);
  let error: OpenAppError | null = given ?? lostFile(dataFile);
  let app: AppHandle | null = null;
  let restoring = false;
  if (!error) {
    try {
      app = await openApp(appOptions);
    } catch (failure) {
      if (!(failure instanceof OpenAppError)) throw failure;
      error = failure;
    }
  }

  const restorable = () => error !== null && isRestorable(error.kind);
  /** Asked anew each time (a restore, or another program, may change what can be told), never from the share itself. */
  const identity = () => identityOfDataFile(dataFile, stagingFolder(dataFile));
  const status = async (): Promise<RecoveryStatus> => ({
    needed: true,
    kind: error?.kind ?? null,
    message: error?.message ?? null,
    dataFile,
    canRestore: restorable(),
    organisationName: (await identity()).organisationName,
  });

  async function restore(file: string, confirmOtherDataFile: boolean): Promise<RestoreResult> {
    if (!restorable())
      throw new AppError('refused', `${error?.message ?? ''} En sikkerhetskopi hjelper ikke mot dette.`.trim());
    if (restoring) throw new AppError('conflict', 'En gjenoppretting pågår allerede. Vent til den er ferdig.');
    restoring = true;
    try {
      const staged = await stageRestorable(file, dataFile, await identity(), confirmOtherDataFile, placing);
      const damaged = fs.existsSync(dataFile) || fs.existsSync(`${dataFile}-wal`);
      const setAside = damaged ? asideName(dataFile, (options.now ?? (() => new Date()))()) : null;
      try {
        installCopy(staged, dataFile, setAside);
      } catch (failure) {
        discardCopy(staged);
        throw fileFailure(failure, dataFile);
      }
      try {
        app = await openApp(appOptions);
      } catch (failure) {
        if (failure instanceof OpenAppError) error = failure;
        throw failure;
      }
      const { context } = app;
      const label = recoveryContract['recovery.restore'].label ?? 'recovery.restore';
      context.sqlite.transaction(() => recordChange(context, 'recovery.restore', label, null)).immediate();
      error = null;
      return { restoredFrom: path.resolve(file), safetyBackup: null, setAside };
    } finally {
      restoring = false;
    }
  }

  /** For a file that was busy or write-protected: try again; once it opens, every call goes to the app. */
  async function retry(): Promise<RecoveryStatus> {
    if (app) return { ...status(), needed: false, kind: null, message: null };
    if (restoring) throw new AppError('conflict', 'En gjenoppretting pågår allerede. Vent til den er ferdig.');
    const lost = lostFile(dataFile);
    if (lost) error = lost;
    else {
      try {
        app = await openApp(appOptions);
        error = null;
        return { needed: false, kind: null, message: null, dataFile, canRestore: false, organisationName: null };
      } catch (failure) {
        if (!(failure instanceof OpenAppError)) throw failure;
        error = failure;
      }
    }
    return status();
  }

  const serve = createDispatch<typeof recoveryContract, null>(
    recoveryContract,
    {
      'recovery.retry': () => retry(),
      'recovery.status': () => status(),
      'recovery.listBackups': async () =>
        listBackups(knownFolders(dataFile, null), (await identity()).dataFileId, dataFile, placing),
      'recovery.restore': (_, input) => restore(input.file, input.confirmOtherDataFile === true),
    },
    { unknown: { code: 'refused', message: UNAVAILABLE, fields: {} } },
  );

  return {
    dataFile,
    get error() {
      return error;
    },
    get app() {
      return app;
    },
    dispatch: (method, input) => (app ? app.dispatch(method, input) : serve(null, method, input)),
    close: () => app?.close(),
  };
}

/** What every face does at start: the app, or — when its data file cannot be opened or is lost — the recovery handle. */
export async function openAppOrRecovery(options: OpenAppOptions): Promise<AppHandle | RecoveryHandle> {
  const lost = lostFile(options.dataFile);
  if (lost) return openRecovery({ ...options, error: lost });
  try {
    return await openApp(options);
  } catch (error) {
    if (error instanceof OpenAppError) return openRecovery({ ...options, error });
    throw error;
  }
}

export function isRecovery(handle: AppHandle | RecoveryHandle): handle is RecoveryHandle {
  return 'error' in handle && 'app' in handle;
}
