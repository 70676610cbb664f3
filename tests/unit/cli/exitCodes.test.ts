import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { EXIT, EXIT_MEANINGS } from '../../../cli/exitCodes';
import { tempDir } from '../../support/app';
import { dataFileWithOneUnit, runCli } from '../../support/cli';
import { writeProtect } from '../../support/writeProtect';

const LONG = 120_000;
const ROOT = path.resolve(__dirname, '../../..');
let dir: string;
let db: string;
const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((u) => u()));

beforeAll(async () => {
  ({ dir, db } = await dataFileWithOneUnit());
});

describe('cli exit codes: one table', () => {
  test('README and docs/DATA-SAFETY.md print the same table as cli/exitCodes.ts', () => {
    for (const doc of ['README.md', 'docs/DATA-SAFETY.md']) {
      const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
      for (const [code, meaning] of Object.entries(EXIT_MEANINGS))
        expect(text, doc).toContain(`| ${code} | ${meaning} |`);
      const rows = text.match(/^\| \d \| /gm) ?? [];
      expect(rows, doc).toHaveLength(Object.keys(EXIT_MEANINGS).length);
    }
  });

  test(
    '0 done, 2 bad arguments or a missing file',
    () => {
      expect(runCli('reminders', '--db', db, '--today', '2026-11-23').status).toBe(EXIT.ok);
      expect(runCli('reminders', '--db', path.join(dir, 'finnes-ikke.sqlite')).status).toBe(EXIT.usage);
      expect(fs.existsSync(path.join(dir, 'finnes-ikke.sqlite'))).toBe(false);
    },
    LONG,
  );

  test(
    '1 the work failed: an export onto a file that exists',
    () => {
      const out = path.join(dir, 'finnes.akan');
      fs.writeFileSync(out, 'x');
      const result = runCli('export', '--db', db, '--out', out);
      expect(result.status).toBe(EXIT.failed);
      expect(fs.readFileSync(out, 'utf8')).toBe('x');
    },
    LONG,
  );

  test(
    '3 a lost (0-byte) data file: nothing is written over it, in every command that opens it',
    () => {
      const empty = path.join(dir, 'tom.sqlite');
      fs.writeFileSync(empty, '');
      for (const args of [['reminders'], ['check'], ['statistics', '--year', '2026', '--json'], ['backup']]) {
        const result = runCli(...args, '--db', empty);
        expect(result.status, args[0]).toBe(EXIT.lost);
        expect(result.stderr, args[0]).toMatch(/tom \(0 byte\)/);
      }
      expect(fs.statSync(empty).size).toBe(0);
      expect(fs.readdirSync(dir).filter((name) => name.startsWith('tom.sqlite-'))).toEqual([]);
    },
    LONG,
  );

  test(
    '4 a damaged data file, left as it was',
    () => {
      const damaged = path.join(dir, 'skadet.sqlite');
      fs.writeFileSync(damaged, 'ikke en database'.repeat(500));
      const result = runCli('reminders', '--db', damaged);
      expect(result.status).toBe(EXIT.damaged);
      expect(result.stderr).toMatch(/skadet/);
      expect(fs.readFileSync(damaged, 'utf8')).toBe('ikke en database'.repeat(500));
    },
    LONG,
  );

  test(
    '5 a data file held by another program',
    () => {
      const holder = new Database(db);
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.prepare('BEGIN EXCLUSIVE').run();
      try {
        const result = runCli('reminders', '--db', db);
        expect(result.status).toBe(EXIT.busy);
        expect(result.stderr).toMatch(/i bruk av et annet program/);
      } finally {
        holder.prepare('COMMIT').run();
        holder.close();
      }
    },
    LONG,
  );

  test(
    '6 a write-protected folder: reading works, a change is refused as write-protected, never as damaged',
    () => {
      const folder = tempDir();
      const file = path.join(folder, 'akan.sqlite');
      fs.copyFileSync(db, file);
      const backup = path.join(tempDir(), 'kopi.sqlite');
      fs.copyFileSync(db, backup);
      undo.push(writeProtect(file, folder));
      const read = runCli('reminders', '--db', file);
      expect(read.stderr).toBe('');
      expect(read.status).toBe(EXIT.ok);
      const change = runCli('restore', '--db', file, '--from', backup);
      expect(change.status).toBe(EXIT.readonly);
      expect(change.stderr).toMatch(/skrivebeskyttet/);
    },
    LONG,
  );
});
