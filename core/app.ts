import os from 'node:os';
import { openDatabase } from '../db/open';
import type { AppContext } from './context';
import type { Method, MethodInput, MethodOutput } from './contract';
import { dispatch } from './dispatch';
import type { Result } from './errors';
import { openFailure } from './openFailure';
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
}

export interface AppHandle {
  readonly dataFile: string;
  /** Untyped entry for bridges (IPC, HTTP): any method name, any input. */
  dispatch(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** Typed entry for the CLI and tests. */
  invoke<M extends Method>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  readonly context: AppContext;
  close(): void;
}

function userName(): string {
  try {
    return os.userInfo().username || 'ukjent';
  } catch {
    return 'ukjent';
  }
}

/** Opens the data file (migrating it if needed) and returns the dispatch: the one way in. */
export async function openApp(options: OpenAppOptions): Promise<AppHandle> {
  const now = options.now ?? (() => new Date());
  let opened;
  try {
    opened = await openDatabase(options.dataFile, { migrationsDir: options.migrationsDir, mustExist: options.mustExist, now });
  } catch (error) {
    throw openFailure(error);
  }
  const context: AppContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    dataFile: opened.file,
    today: () => options.today ?? todayInOslo(now()),
    now,
    user: options.user ?? userName(),
  };
  return {
    dataFile: opened.file,
    context,
    dispatch: (method, input) => dispatch(context, method, input),
    invoke: (method, input) => dispatch(context, method, input) as never,
    close: () => opened.sqlite.close(),
  };
}
