import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type OpenOptions, openDatabase } from '../db/open';
import { runDailyBackup } from './backups/daily';
import { backupFolder } from './backups/folders';
import { identityOf } from './backups/identity';
import { claimLocation } from './backups/location';
import { backupInfo } from './backups/info';
import { stampedFileName } from './backups/naming';
import { besideDataFile, inBackupFolder, sweepStaleTemps } from './backups/sweep';
import type { AppContext } from './context';
import { type Method, type MethodInput, type MethodOutput, contract } from './contract';
import { dispatch } from './dispatch';
import { AppError, type Result } from './errors';
import { isEmptyDataFile } from './files/emptyFile';
import { OpenAppError, openFailure } from './openFailure';
import { todayInOslo } from './validation/dates';

export interface OpenAppOptions {
  dataFile: string;
  /** Fixed "today" (`YYYY-MM-DD`) for tests, demos and previews. */
  today?: string;
  now?: () => Date;
  user?: string;
  migrationsDir?: string;
  /** Refuse to create a new data file (for faces that only read or change an existing one). */
  mustExist?: boolean;
  /** Where backups go in this session, overriding the setting (the CLI's `backup --to`). */
  backupFolder?: string;
  /** Take the daily backup in the background when an existing file is opened, and hourly after (default: true). */
  dailyBackups?: boolean;
}

export interface AppHandle {
  readonly dataFile: string;
  /** Untyped entry for bridges (IPC, HTTP): any method name, any input; `user` names who calls (the server's signed-in person). */
  dispatch(method: unknown, input: unknown, user?: string): Promise<Result<unknown>>;
  /** Typed entry for the CLI and tests. */
  invoke<M extends Method>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  readonly context: AppContext;
  /** Settles when the background work started so far (the daily backup) is done. */
  idle(): Promise<void>;
  close(): void;
}

const DAILY_CHECK_MS = 60 * 60 * 1000;

function userName(): string {
  try {
    return os.userInfo().username || 'ukjent';
  } catch {
    return 'ukjent';
  }
}

/** The same context (a restore or import still swaps the shared file) seen as another person, for the change log. */
function asUser(context: AppContext, user: string): AppContext {
  return Object.create(context, { user: { value: user, enumerable: true } }) as AppContext;
}

async function sweepAtStart(ctx: AppContext): Promise<void> {
  await sweepStaleTemps(path.dirname(ctx.dataFile), besideDataFile(ctx.dataFile), ctx.now());
  let folder: string;
  try {
    folder = backupFolder(ctx);
  } catch {
    return;
  }
  await sweepStaleTemps(folder, inBackupFolder, ctx.now());
}

/** Opens the data file (migrating it if needed) and returns the dispatch: the one way in. */
export async function openApp(options: OpenAppOptions): Promise<AppHandle> {
  const now = options.now ?? (() => new Date());
  const user = options.user ?? userName();
  const existed = fs.existsSync(options.dataFile);
  const databaseOptions: OpenOptions = {
    migrationsDir: options.migrationsDir,
    mustExist: options.mustExist,
    now,
    backupInfo: backupInfo('beforeMigration', now(), user),
    backupName: (sqlite) => stampedFileName('beforeMigration', now(), identityOf(sqlite).dataFileId),
  };
  const open = async () => {
    if (isEmptyDataFile(options.dataFile)) throw new OpenAppError('empty', 'the data file is 0 bytes');
    try {
      return await openDatabase(options.dataFile, databaseOptions);
    } catch (error) {
      throw openFailure(error);
    }
  };
  let opened = await open();
  // Calls wait here while a restore or import has the data file closed.
  let swapped: Promise<void> = Promise.resolve();
  let background: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;

  const context: AppContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    dataFile: opened.file,
    today: () => options.today ?? todayInOslo(now()),
    now,
    user,
    backupFolder: options.backupFolder,
    async reopen(swap) {
      const previous = swapped;
      let done = () => {};
      swapped = new Promise((resolve) => (done = resolve));
      await previous;
      try {
        opened.sqlite.close();
        try {
          await swap();
        } finally {
          opened = await open();
          context.db = opened.db;
          context.sqlite = opened.sqlite;
          // A restored or imported file may be another data file's (confirmed): it then gets an id of its own.
          await claimLocation(context);
        }
      } finally {
        done();
      }
    },
    async reads(method, input) {
      if (contract[method].kind !== 'read') throw new Error(`${method} is not a read method`);
      const result = await dispatch(context, method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
      return result.value as never;
    },
  };

  // Before any backup is named: a copy of another data file gets its own id here (`core/backups/location.ts`).
  await claimLocation(context);
  const dailyBackups = options.dailyBackups !== false;
  // The Oslo day whose daily backup is known to exist: checked again only when the day has changed.
  let backedUpDay: string | null = null;
  const dailyBackup = () => {
    if (backedUpDay === todayInOslo(now())) return;
    background = background
      .then(() => new Promise(setImmediate))
      .then(async () => {
        const day = todayInOslo(now());
        if (backedUpDay === day) return;
        const outcome = await runDailyBackup(context);
        if (outcome === 'made' || outcome === 'exists') backedUpDay = day;
      });
  };
  // Temporary files left by a copy or save that a crash cut short, beside the data file and in the backup folder.
  background = background.then(() => sweepAtStart(context));
  if (dailyBackups) {
    // A file made in this session has nothing to keep yet: its first backup follows the first save (below).
    if (existed) dailyBackup();
    timer = setInterval(dailyBackup, DAILY_CHECK_MS);
    timer.unref();
  }
  /** The first save of a day (a new file's first, or after midnight) takes that day's backup if there is none yet. */
  const afterCall = (method: unknown, result: Result<unknown>): Result<unknown> => {
    if (dailyBackups && result.ok && typeof method === 'string' && Object.hasOwn(contract, method)) {
      if (contract[method as Method].kind !== 'read') dailyBackup();
    }
    return result;
  };

  return {
    dataFile: opened.file,
    context,
    dispatch: async (method, input, caller) => {
      await swapped;
      return afterCall(method, await dispatch(caller === undefined ? context : asUser(context, caller), method, input));
    },
    invoke: async (method, input) => {
      await swapped;
      return afterCall(method, await dispatch(context, method, input)) as never;
    },
    idle: () => background.then(() => undefined),
    close: () => {
      if (timer) clearInterval(timer);
      opened.sqlite.close();
    },
  };
}
