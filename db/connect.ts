import Database from 'better-sqlite3';

export interface ConnectOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * Every connection the app makes goes through here. `trusted_schema = OFF`: functions with side effects can never run
 * from a file's own schema (triggers, views, defaults, generated columns), whatever file is opened.
 * `secure_delete = ON`: what is deleted is overwritten with zeros, not left readable in free space.
 */
export function connect(file: string, options: ConnectOptions = {}): Database.Database {
  const sqlite = new Database(file, options);
  try {
    sqlite.pragma('trusted_schema = OFF');
    if (!options.readonly) sqlite.pragma('secure_delete = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}
