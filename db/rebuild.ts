import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { BACKUP_INFO_TABLE, fsyncPath } from './backup';
import { connect } from './connect';
import { DatabaseError } from './errors';
import { MIGRATIONS_TABLE, runMigrations } from './migrate';

/** What makes a file's schema other than the one the app's own migrations make; `name` is the object's. */
export type SchemaFinding =
  | { kind: 'trigger' | 'view' | 'index' | 'table'; name: string }
  | { kind: 'column'; table: string; name: string }
  | { kind: 'changedTable'; name: string }
  | { kind: 'missingTable'; name: string }
  | { kind: 'migrations' };

/** A row the fresh database's own constraints refused (NOT NULL, CHECK, UNIQUE, a reference to nothing). */
export interface RowFinding {
  table: string;
  rowNumber: number | null;
  detail: string;
}

export class RebuildRefused extends Error {
  constructor(
    readonly schema: SchemaFinding[],
    readonly rows: RowFinding[],
  ) {
    super(`rebuild refused: ${schema.length} schema finding(s), ${rows.length} row finding(s)`);
    this.name = 'RebuildRefused';
  }
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The most telling first: code that would run, then what holds data, then the rest. */
const FINDING_ORDER: SchemaFinding['kind'][] = [
  'migrations',
  'trigger',
  'view',
  'table',
  'column',
  'changedTable',
  'missingTable',
  'index',
];
const INTERNAL_TABLES = new Set(['sqlite_sequence', 'sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4']);
const BACKUP_INFO_SQL = `CREATE TABLE ${BACKUP_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`;

export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function schemaObjects(sqlite: Database.Database): SchemaObject[] {
  return sqlite
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name')
    .all() as SchemaObject[];
}

function columnsOf(sqlite: Database.Database, table: string): string[] {
  return sqlite.prepare('SELECT name FROM pragma_table_xinfo(?)').pluck().all(table) as string[];
}

/** Objects SQLite makes itself (the sequence and statistics tables, the indexes behind UNIQUE and PRIMARY KEY). */
function isInternal(object: SchemaObject, knownTables: ReadonlySet<string>): boolean {
  if (object.type === 'table') return INTERNAL_TABLES.has(object.name);
  return (
    object.type === 'index' &&
    object.sql === null &&
    object.name.startsWith('sqlite_autoindex_') &&
    knownTables.has(object.tbl_name)
  );
}

/** The shipped migrations in order; a file's history must be exactly the first of them. */
function historyMatches(source: Database.Database, migrationsDir: string): { ok: boolean; applied: number } {
  const hasTable = source
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!hasTable) return { ok: false, applied: 0 };
  const rows = source.prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY rowid`).all() as {
    hash: unknown;
    created_at: unknown;
  }[];
  const shipped = readMigrationFiles({ migrationsFolder: migrationsDir });
  if (rows.length === 0 || rows.length > shipped.length) return { ok: false, applied: rows.length };
  const ok = rows.every(
    (row, i) => row.hash === shipped[i]?.hash && Number(row.created_at) === shipped[i]?.folderMillis,
  );
  return { ok, applied: rows.length };
}

/** Applies the first `count` shipped migrations to an empty database, recorded exactly as drizzle's migrator records them. */
function applyFirstMigrations(target: Database.Database, migrationsDir: string, count: number): void {
  target.exec(
    `CREATE TABLE IF NOT EXISTS ${quoted(MIGRATIONS_TABLE)} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
  );
  const record = target.prepare(`INSERT INTO ${quoted(MIGRATIONS_TABLE)} ("hash", "created_at") VALUES (?, ?)`);
  target.transaction(() => {
    for (const migration of readMigrationFiles({ migrationsFolder: migrationsDir }).slice(0, count)) {
      for (const statement of migration.sql) target.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
  })();
}

/** Everything in `source`'s schema that the same migrations did not make in `reference`, and what they made that is missing. */
export function compareSchemas(source: Database.Database, reference: Database.Database): SchemaFinding[] {
  const expected = new Map(schemaObjects(reference).map((o) => [`${o.type} ${o.name}`, o]));
  const knownTables = new Set([...expected.values()].filter((o) => o.type === 'table').map((o) => o.name));
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const object of schemaObjects(source)) {
    const key = `${object.type} ${object.name}`;
    seen.add(key);
    if (isInternal(object, knownTables)) continue;
    if (object.type === 'table' && object.name === BACKUP_INFO_TABLE && object.sql === BACKUP_INFO_SQL) continue;
    if (object.type === 'index' && object.tbl_name === BACKUP_INFO_TABLE && object.sql === null) continue;
    const wanted = expected.get(key);
    // An index on a table that is itself unknown says nothing more than that table does.
    if (object.type === 'index' && !knownTables.has(object.tbl_name)) continue;
    if (!wanted) {
      const kind =
        object.type === 'trigger' || object.type === 'view' || object.type === 'index' ? object.type : 'table';
      findings.push({ kind, name: object.name });
    } else if (object.type === 'table' && object.name === MIGRATIONS_TABLE) {
      // drizzle writes this table's SQL from a template whose spacing is not ours to compare; its columns are.
      if (columnsOf(source, object.name).join() !== columnsOf(reference, object.name).join())
        findings.push({ kind: 'changedTable', name: object.name });
    } else if (wanted.sql !== object.sql || wanted.tbl_name !== object.tbl_name) {
      if (object.type !== 'table') {
        findings.push({
          kind: object.type === 'trigger' || object.type === 'view' ? object.type : 'index',
          name: object.name,
        });
        continue;
      }
      const known = new Set(columnsOf(reference, object.name));
      const extra = columnsOf(source, object.name).filter((c) => !known.has(c));
      if (extra.length === 0) findings.push({ kind: 'changedTable', name: object.name });
      for (const column of extra) findings.push({ kind: 'column', table: object.name, name: column });
    }
  }
  for (const [key, object] of expected) {
    if (!seen.has(key) && object.type === 'table' && !INTERNAL_TABLES.has(object.name))
      findings.push({ kind: 'missingTable', name: object.name });
  }
  return findings.sort((a, b) => FINDING_ORDER.indexOf(a.kind) - FINDING_ORDER.indexOf(b.kind));
}

function copyTable(source: Database.Database, target: Database.Database, table: string, rows: RowFinding[]): void {
  const names = columnsOf(target, table);
  const columns = names.map(quoted).join(', ');
  const placeholders = names.map(() => '?').join(', ');
  // The file's rows replace whatever the migrations wrote (built-in catalogues, the data file's id).
  target.exec(`DELETE FROM ${quoted(table)}`);
  const insert = target.prepare(`INSERT INTO ${quoted(table)} (${columns}) VALUES (${placeholders})`);
  let rowNumber = 0;
  for (const row of source
    .prepare(`SELECT ${columns} FROM ${quoted(table)}`)
    .raw()
    .iterate() as IterableIterator<unknown[]>) {
    rowNumber++;
    try {
      insert.run(row);
    } catch (error) {
      rows.push({ table, rowNumber, detail: String((error as Error).message ?? error) });
      if (rows.length >= 20) return;
    }
  }
}

function copySequences(source: Database.Database, target: Database.Database, tables: ReadonlySet<string>): void {
  const hasSequence = source
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`)
    .get();
  if (!hasSequence) return;
  const update = target.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?');
  const insert = target.prepare(
    'INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)',
  );
  for (const { name, seq } of source.prepare('SELECT name, seq FROM sqlite_sequence').all() as {
    name: unknown;
    seq: unknown;
  }[]) {
    if (
      typeof name !== 'string' ||
      !tables.has(name) ||
      typeof seq !== 'number' ||
      !Number.isSafeInteger(seq) ||
      seq < 0
    )
      continue;
    update.run(seq, name, seq);
    insert.run(name, seq, name);
  }
}

function foreignKeyFindings(target: Database.Database): RowFinding[] {
  const violations = target.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[];
  return violations
    .slice(0, 20)
    .map((v) => ({ table: v.table, rowNumber: null, detail: `refers to a row in ${v.parent} that does not exist` }));
}

/** The tables the app's migrations make, in the order they were made (which copies parents before children). */
export function dataTables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY rowid`,
    )
    .pluck()
    .all(MIGRATIONS_TABLE) as string[];
}

/**
 * Rebuilds a database file, never adopting it: `target` (a new file, or `:memory:`) is made by the app's own migrations
 * up to the file's version; the file's schema must be exactly what those migrations make (anything else — a trigger, a
 * view, another table or column, a history that is not the app's — is a finding); then every row of every known table
 * is copied column by column, the fresh schema's constraints and foreign keys are checked, and the remaining migrations
 * are applied. Throws `RebuildRefused` with what was found; returns the open target for the caller's own row checks.
 */
export function rebuildDatabase(source: Database.Database, target: string, migrationsDir: string): Database.Database {
  const history = historyMatches(source, migrationsDir);
  if (!history.ok) throw new RebuildRefused([{ kind: 'migrations' }], []);
  const fresh = connect(target);
  try {
    fresh.pragma('foreign_keys = OFF');
    applyFirstMigrations(fresh, migrationsDir, history.applied);
    const findings = compareSchemas(source, fresh);
    if (findings.length > 0) throw new RebuildRefused(findings, []);
    const tables = dataTables(fresh);
    const rows: RowFinding[] = [];
    fresh.transaction(() => {
      for (const table of tables) if (rows.length < 20) copyTable(source, fresh, table, rows);
      copySequences(source, fresh, new Set(tables));
    })();
    if (rows.length === 0) rows.push(...foreignKeyFindings(fresh));
    if (rows.length > 0) throw new RebuildRefused([], rows);
    runMigrations(fresh, migrationsDir);
    return fresh;
  } catch (error) {
    fresh.close();
    throw error;
  }
}

/** Makes a rebuilt file ready to be renamed into place: no free pages, a standalone file, every page checked, on disk. */
export function finishRebuilt(sqlite: Database.Database, file: string): void {
  try {
    sqlite.exec('VACUUM');
    sqlite.pragma('journal_mode = DELETE');
    const check = sqlite.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new DatabaseError('corrupt', file, `integrity_check of the rebuilt file: ${String(check)}`);
  } finally {
    sqlite.close();
  }
  fsyncPath(file, 'r+');
}
