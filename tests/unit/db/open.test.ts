import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DatabaseError } from '../../../db/errors';
import { openDatabase } from '../../../db/open';
import { tempDir } from '../../support/app';
import { migrationsUpTo, shippedTags } from '../../support/migrations';

const file = () => path.join(tempDir(), 'akan.sqlite');

describe('openDatabase', () => {
  test('creates a new file with the pragmas from ARCHITECTURE.md', async () => {
    const { sqlite } = await openDatabase(file());
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(Number(sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(1000);
    sqlite.close();
  });

  test('refuses a file that is not a database and leaves it untouched', async () => {
    const f = file();
    fs.writeFileSync(f, 'dette er ikke en database'.repeat(200));
    const before = fs.readFileSync(f);
    await expect(openDatabase(f)).rejects.toMatchObject({ kind: 'corrupt' });
    expect(fs.readFileSync(f).equals(before)).toBe(true);
  });

  test('refuses an SQLite file that AKAN Utvalg did not create', async () => {
    const f = file();
    const other = new Database(f);
    other.exec('CREATE TABLE customers (id INTEGER)');
    other.close();
    await expect(openDatabase(f)).rejects.toMatchObject({ kind: 'corrupt' });
    const check = new Database(f);
    expect(check.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'settings'`).get()).toEqual({ n: 0 });
    check.close();
  });

  test('mustExist refuses to create a missing file', async () => {
    const f = file();
    await expect(openDatabase(f, { mustExist: true })).rejects.toBeInstanceOf(DatabaseError);
    expect(fs.existsSync(f)).toBe(false);
  });

  test('refuses a file from a newer version', async () => {
    const f = file();
    (await openDatabase(f)).sqlite.close();
    const older = migrationsUpTo(shippedTags().length - 1);
    if (shippedTags().length > 1)
      await expect(openDatabase(f, { migrationsDir: older })).rejects.toMatchObject({ kind: 'too_new' });
  });
});

describe('migrating a file that holds data', () => {
  function seedFoundation(sqlite: Database.Database): void {
    sqlite.exec(`
      INSERT INTO settings (key, value) VALUES ('organisationName', '"Eksempel kommune"');
      INSERT INTO units (id, name) VALUES (1, 'Helse'), (2, 'Sykehjem');
      UPDATE units SET parent_id = 1 WHERE id = 2;
      INSERT INTO committee_members (name, committee_role) VALUES ('Hilde', 'Personalleder');
      INSERT INTO appointments (role, person_name, unit_id, decided_by, term_start, term_end)
        VALUES ('mainContact', 'Kari', NULL, 'AMU', '2025-03-01', '2027-02-28'),
               ('unitContact', 'Siri', 2, 'AMU', '2025-01-01', '2026-12-31');
    `);
  }

  test('every later migration keeps the data of the version before and takes a backup first', async () => {
    const tags = shippedTags();
    expect(tags.length, 'the foundation and at least one later migration').toBeGreaterThan(1);
    for (let before = 1; before < tags.length; before++) {
      const dir = tempDir();
      const f = path.join(dir, 'akan.sqlite');
      const old = await openDatabase(f, { migrationsDir: migrationsUpTo(before) });
      seedFoundation(old.sqlite);
      old.sqlite.close();

      const migrated = await openDatabase(f, { backupDir: path.join(dir, 'backups') });
      expect(migrated.migrationBackup, `backup before ${tags[before]}`).not.toBeNull();
      expect(migrated.sqlite.prepare('SELECT person_name FROM appointments ORDER BY id').pluck().all()).toEqual([
        'Kari',
        'Siri',
      ]);
      expect(migrated.sqlite.prepare('SELECT parent_id FROM units WHERE id = 2').pluck().get()).toBe(1);
      expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([]);
      migrated.sqlite.close();

      const backup = new Database(migrated.migrationBackup!, { readonly: true });
      expect(backup.prepare('SELECT count(*) FROM appointments').pluck().get()).toBe(2);
      backup.close();
    }
  });

  test('a failing migration restores the backup and reports it', async () => {
    const dir = tempDir();
    const f = path.join(dir, 'akan.sqlite');
    const old = await openDatabase(f, { migrationsDir: migrationsUpTo(1) });
    seedFoundation(old.sqlite);
    old.sqlite.close();

    const broken = migrationsUpTo(1, (migrations) => {
      const journalFile = path.join(migrations, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
      journal.entries.push({ idx: 1, version: '6', when: Date.now(), tag: '0001_broken', breakpoints: true });
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      fs.writeFileSync(
        path.join(migrations, '0001_broken.sql'),
        'ALTER TABLE appointments ADD COLUMN x TEXT;\n--> statement-breakpoint\nTHIS IS NOT SQL;',
      );
    });
    const error = await openDatabase(f, { migrationsDir: broken, backupDir: path.join(dir, 'backups') }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ kind: 'migration_failed' });
    expect((error as DatabaseError).restoredFrom).toMatch(/for-migrering/);

    const reopened = await openDatabase(f, { migrationsDir: migrationsUpTo(1) });
    expect(reopened.sqlite.prepare('SELECT count(*) FROM appointments').pluck().get()).toBe(2);
    const columns = reopened.sqlite.prepare(`SELECT name FROM pragma_table_info('appointments')`).pluck().all();
    expect(columns).not.toContain('x');
    reopened.sqlite.close();
  });
});
