import Database from 'better-sqlite3';

/** The least any start can do: open the file, `quick_check` it and count the rows of every table. */
export function bareOpen(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('quick_check');
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    for (const table of tables) sqlite.prepare(`SELECT count(*) FROM "${table}"`).get();
  } finally {
    sqlite.close();
  }
}
