import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

/** A hash of every row of every table, independent of row order: equal hashes mean equal contents. */
export function contentHash(sqlite: Database.Database): string {
  const hash = crypto.createHash('sha256');
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const rows = sqlite
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .all()
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)),
      )
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

export function rowCount(sqlite: Database.Database, table: string): number {
  return sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}
