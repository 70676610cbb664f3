import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../../core/app';
import { checkDataFile } from '../../../core/backups/check';
import { ownIdentity } from '../../../core/backups/identity';
import { NEW_ID_METHOD } from '../../../core/backups/location';
import { seedDemo } from '../../../core/demo';
import { fails, ok, tempDir } from '../../support/app';
import { contentHash } from '../../support/dbContent';

// Crafted .akan files, each made from a real export and then changed the way an attacker (or a careless tool) would.
// Every one must be refused by import and restore with a Norwegian message that names what was found, previewed as
// unusable by backups.inspect, and leave the data here exactly as they were.

let dir: string;
let source: AppHandle;
let target: AppHandle;
let cleanExport: string;

beforeAll(async () => {
  dir = tempDir('akan-hostile-');
  source = await openApp({
    dataFile: path.join(dir, 'kilde.sqlite'),
    user: 'kari',
    dailyBackups: false,
    today: '2026-11-23',
  });
  await seedDemo(source, '2026-11-23');
  cleanExport = path.join(dir, 'ren.akan');
  await ok(source, 'backups.export', { file: cleanExport });
  target = await openApp({
    dataFile: path.join(dir, 'her.sqlite'),
    user: 'ola',
    dailyBackups: false,
    backupFolder: path.join(dir, 'kopier'),
  });
  await ok(target, 'units.create', { name: 'Helse' });
}, 60_000);

afterAll(() => {
  source.close();
  target.close();
});

let counter = 0;
function crafted(change: (file: Database.Database) => void): string {
  const file = path.join(dir, `angrep-${++counter}.akan`);
  fs.copyFileSync(cleanExport, file);
  const sqlite = new Database(file);
  sqlite.pragma('foreign_keys = OFF');
  change(sqlite);
  sqlite.close();
  return file;
}

async function expectRefused(file: string, found: RegExp): Promise<void> {
  const before = contentHash(target.context.sqlite);
  const preview = await ok(target, 'backups.inspect', { file });
  expect(preview.contents).toBeNull();
  expect(preview.problem).toMatch(found);
  for (const method of ['backups.import', 'backups.restore'] as const) {
    const error = await fails(target, method, { file });
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(found);
    expect(error.message).toMatch(/Ingenting er endret\.$/);
  }
  expect(contentHash(target.context.sqlite)).toBe(before);
  expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('import and restore rebuild the data, never adopt the file', () => {
  test('a clean export of a full demo data set previews as usable and imports, rows and all', async () => {
    const preview = await ok(target, 'backups.inspect', { file: cleanExport });
    expect(preview.problem).toBeNull();
    const other = await openApp({ dataFile: path.join(tempDir(), 'ny.sqlite'), user: 'per', dailyBackups: false });
    try {
      await ok(other, 'backups.import', { file: cleanExport });
      const tables = [
        'units',
        'trainings',
        'campaigns',
        'appointments',
        'statistics_counts',
        'plan_items',
        'amu_cases',
        'settings',
      ];
      const count = (db: Database.Database, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      for (const table of tables) {
        expect(count(other.context.sqlite, table), table).toBe(count(source.context.sqlite, table));
      }
      // The export's data file is still where it was, with the same id: the imported copy got an id of its own.
      expect(count(other.context.sqlite, 'change_log')).toBe(Number(count(source.context.sqlite, 'change_log')) + 1);
      const newId = other.context.sqlite.prepare('SELECT count(*) FROM change_log WHERE method = ?').pluck();
      expect(newId.get(NEW_ID_METHOD)).toBe(1);
      expect(ownIdentity(other.context).dataFileId).not.toBe(ownIdentity(source.context).dataFileId);
      expect((await ok(other, 'settings.get', undefined)).organisationName).toBe(
        (await ok(source, 'settings.get', undefined)).organisationName,
      );
    } finally {
      other.close();
    }
  });

  test('a trigger that copies every name into a hidden table on each save is refused, and named', async () => {
    const file = crafted((db) =>
      db.exec(`CREATE TABLE skjult (navn TEXT);
               CREATE TRIGGER kopier_navn AFTER INSERT ON units BEGIN INSERT INTO skjult (navn) VALUES (new.name); END;`),
    );
    await expectRefused(file, /trigger \(«kopier_navn»\)|trigger.*kopier_navn/);
  });

  test('a trigger that re-points the backup folder to a foreign share is refused', async () => {
    const file = crafted((db) =>
      db.exec(`CREATE TRIGGER ny_mappe AFTER INSERT ON change_log BEGIN
                 UPDATE settings SET value = '"\\\\\\\\fremmed\\\\share"' WHERE key = 'backupFolder'; END;`),
    );
    await expectRefused(file, /ny_mappe/);
  });

  test('a view, an unknown table and an unknown column are each refused by name', async () => {
    await expectRefused(
      crafted((db) => db.exec(`CREATE VIEW alle_navn AS SELECT name FROM units`)),
      /visning \(«alle_navn»\)/,
    );
    await expectRefused(
      crafted((db) => db.exec(`CREATE TABLE ekstra (x TEXT)`)),
      /ukjent tabell \(«ekstra»\)/,
    );
    await expectRefused(
      crafted((db) => db.exec(`ALTER TABLE units ADD COLUMN hemmelig TEXT`)),
      /ukjent kolonne «hemmelig» i tabellen «Enheter»/,
    );
    await expectRefused(
      crafted((db) => db.exec(`CREATE INDEX ekstra_indeks ON units (name)`)),
      /ukjent indeks \(«ekstra_indeks»\)/,
    );
  });

  test('a row that breaks the contract’s rules is refused: an identity number in a name, a code the app does not know, a bad date', async () => {
    await expectRefused(
      crafted((db) =>
        db.prepare(`UPDATE units SET name = ? WHERE id = (SELECT min(id) FROM units)`).run('Kari 150765 00565'),
      ),
      /«Enheter» \(units\), rad 1 \(id \d+\), feltet name: Teksten ser ut til å inneholde et fødselsnummer/,
    );
    await expectRefused(
      crafted((db) => db.exec(`UPDATE appointments SET role = 'sjef' WHERE id = (SELECT min(id) FROM appointments)`)),
      /«Oppnevninger» \(appointments\).*feltet role/,
    );
    await expectRefused(
      crafted((db) =>
        db.exec(`UPDATE appointments SET term_start = '2026-02-30' WHERE id = (SELECT min(id) FROM appointments)`),
      ),
      /feltet term_start: Skriv en gyldig/,
    );
    await expectRefused(
      crafted((db) => db.exec(`UPDATE units SET name = '${'x'.repeat(500)}' WHERE id = (SELECT min(id) FROM units)`)),
      /høyst 120 tegn/,
    );
    await expectRefused(
      crafted((db) =>
        db.exec(
          `UPDATE statistics_counts SET value = 'mange' WHERE rowid = (SELECT min(rowid) FROM statistics_counts)`,
        ),
      ),
      /feltet value/,
    );
  });

  test('settings that are not valid JSON, or do not pass their schema, or are unknown, are refused', async () => {
    await expectRefused(
      crafted((db) => db.exec(`UPDATE settings SET value = '{ikke json' WHERE key = 'organisationName'`)),
      /ikke lagret som gyldig JSON/,
    );
    await expectRefused(
      crafted((db) => db.exec(`INSERT OR REPLACE INTO settings (key, value) VALUES ('disclosureK', '1')`)),
      /Skjermingsgrense.*ugyldig verdi/,
    );
    await expectRefused(
      crafted((db) => db.exec(`INSERT INTO settings (key, value) VALUES ('fjernstyring', '"ja"')`)),
      /Ukjent innstilling «fjernstyring»/,
    );
    await expectRefused(
      crafted((db) =>
        db.exec(`INSERT OR REPLACE INTO settings (key, value) VALUES ('backupFolder', '"relativ/mappe"')`),
      ),
      /Mappe for sikkerhetskopier/,
    );
  });

  test('a file with only a migrations table, or with a history that is not the app’s, is refused', async () => {
    const onlyHistory = crafted((db) => {
      const tables = db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'`,
        )
        .pluck()
        .all() as string[];
      for (const table of tables) db.exec(`DROP TABLE "${table}"`);
    });
    await expectRefused(onlyHistory, /mangler/);
    await expectRefused(
      crafted((db) => db.exec(`UPDATE __drizzle_migrations SET hash = 'fremmed'`)),
      /versjonshistorikken/,
    );
    await expectRefused(
      crafted((db) => db.exec(`UPDATE __drizzle_migrations SET created_at = 99999999999999`)),
      /versjonshistorikken/,
    );
  });

  test('check calls a data file with a trigger or bad settings not healthy', async () => {
    const withTrigger = crafted((db) =>
      db.exec(`DROP TABLE akan_backup_info; CREATE TRIGGER t AFTER INSERT ON units BEGIN SELECT 1; END;`),
    );
    expect(checkDataFile(withTrigger)).toMatchObject({
      healthy: false,
      message: expect.stringMatching(/^Datafilen er ikke i orden.*trigger/),
    });
    const badSettings = crafted((db) =>
      db.exec(
        `DROP TABLE akan_backup_info; INSERT OR REPLACE INTO settings (key, value) VALUES ('coverageYears', 'x')`,
      ),
    );
    expect(checkDataFile(badSettings)).toMatchObject({
      healthy: false,
      message: expect.stringMatching(/Antall år for dekning/),
    });
    expect(checkDataFile(cleanExport)).toMatchObject({ healthy: true });
  });

  test('every connection runs with trusted_schema off and secure_delete on', () => {
    expect(target.context.sqlite.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(target.context.sqlite.pragma('secure_delete', { simple: true })).toBe(1);
  });
});
