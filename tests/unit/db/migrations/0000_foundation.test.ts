import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { runMigrations } from '../../../../db/migrate';
import { migrationsUpTo } from '../../../support/migrations';
import { seedEveryTable, userTables } from '../../../support/sampleRows';

test('0000 creates the foundation on an empty file, and it holds a row in every table', () => {
  const sqlite = new Database(':memory:');
  runMigrations(sqlite, migrationsUpTo(1));
  expect(userTables(sqlite).sort()).toEqual(['appointments', 'change_log', 'committee_members', 'settings', 'units']);
  const seeded = seedEveryTable(sqlite);
  for (const table of seeded) expect(sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(1);
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);
});
