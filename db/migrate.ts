import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export function appliedCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!table) return 0;
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number }).n;
}

export interface MigrationState {
  shipped: number;
  applied: number;
}

export function shippedCount(migrationsFolder: string): number {
  return readMigrationFiles({ migrationsFolder }).length;
}

export function migrationState(sqlite: Database.Database, migrationsFolder: string): MigrationState {
  return { shipped: shippedCount(migrationsFolder), applied: appliedCount(sqlite) };
}

/** Applies pending migrations, then checks foreign keys; throws on any failure. */
export function runMigrations(sqlite: Database.Database, migrationsFolder: string): void {
  // Table rebuilds in generated migrations need foreign keys off (they cannot be switched inside the migration's transaction).
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(drizzle(sqlite), { migrationsFolder });
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  const violations = sqlite.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) {
    throw new Error(`foreign_key_check found ${violations.length} violation(s) after migrating`);
  }
}
