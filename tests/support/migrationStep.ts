import Database from 'better-sqlite3';
import path from 'node:path';
import { runMigrations } from '../../db/migrate';
import { tempDir } from './app';
import { migrationsUpTo, shippedTags } from './migrations';
import { seedEveryTable, snapshot } from './sampleRows';

export interface MigrationStep {
  /** The database after the migration, holding the rows seeded before it. */
  after: Database.Database;
  /** Every row of every table as it was before the migration. */
  before: Record<string, Record<string, unknown>[]>;
  /** Tables that existed (and were seeded) before the migration. */
  seeded: string[];
}

/** Migrates a file holding a row in every table from the version before `tag` to `tag` itself. */
export function migrateOneStep(tag: string, seed?: (sqlite: Database.Database) => void): MigrationStep {
  const index = shippedTags().indexOf(tag);
  if (index < 0) throw new Error(`no shipped migration ${tag}`);
  const file = path.join(tempDir('akan-migration-'), 'akan.sqlite');
  const sqlite = new Database(file);
  runMigrations(sqlite, migrationsUpTo(index));
  const seeded = seedEveryTable(sqlite);
  seed?.(sqlite);
  const before = snapshot(sqlite, seeded);
  runMigrations(sqlite, migrationsUpTo(index + 1));
  return { after: sqlite, before, seeded };
}

/** Every row seeded before the migration is still there, with the values it had (new columns aside). */
export function rowsKept(step: MigrationStep): Record<string, Record<string, unknown>[]> {
  const now = snapshot(step.after, step.seeded);
  return Object.fromEntries(
    Object.entries(now).map(([table, rows]) => {
      const oldColumns = Object.keys(step.before[table]?.[0] ?? {});
      return [table, rows.map((row) => Object.fromEntries(oldColumns.map((c) => [c, row[c]])))];
    }),
  );
}
