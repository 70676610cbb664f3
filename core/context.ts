import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import type { ReadCaller } from './reads';

/** What every service receives: the open database, the clock and who is using the app. */
export interface AppContext {
  db: Db;
  sqlite: Database.Database;
  dataFile: string;
  /** Today's date in Norway as `YYYY-MM-DD` (overridable for tests and demos). */
  today(): string;
  now(): Date;
  /** Operating-system user name, for the change log. */
  user: string;
  /** Where backups go in this session, overriding the setting (the CLI's `backup --to`). */
  backupFolder?: string;
  /** Closes the data file, runs `swap` while every other call waits, then opens the file again (restore, import). */
  reopen(swap: () => Promise<void>): Promise<void>;
  /** Reads another area through the contract (read methods only), for services that report across areas. */
  reads: ReadCaller;
}
