import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../../support/app';
import { dataFileWithOneUnit, runCli } from '../../support/cli';

const LONG = 120_000;
let dir: string;
let db: string;

function unitNames(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const names = sqlite.prepare('SELECT name FROM units ORDER BY name').pluck().all() as string[];
  sqlite.close();
  return names;
}

beforeAll(async () => {
  ({ dir, db } = await dataFileWithOneUnit());
});

describe('cli: data safety commands', () => {
  test(
    'check: 0 when healthy, 1 when damaged (with a clear message), 2 on a missing file or no arguments',
    () => {
      const healthy = runCli('check', '--db', db);
      expect(healthy.status).toBe(0);
      expect(healthy.stdout).toMatch(/i orden/);
      expect(healthy.stdout).toMatch(/Enheter: 1/);

      const damaged = path.join(dir, 'skadet.sqlite');
      fs.writeFileSync(damaged, 'ikke en database'.repeat(500));
      const broken = runCli('check', '--db', damaged);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/skadet/);
      expect(fs.readFileSync(damaged, 'utf8')).toBe('ikke en database'.repeat(500));

      expect(runCli('check', '--db', path.join(dir, 'finnes-ikke.sqlite')).status).toBe(2);
      expect(runCli('check').status).toBe(2);
    },
    LONG,
  );

  test(
    'backup then restore: the restore backs up the current data first; 1 when the backup folder cannot be written',
    () => {
      const to = path.join(dir, 'kopier');
      const backup = runCli('backup', '--db', db, '--to', to);
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      const [file] = fs.readdirSync(to);
      expect(file).toMatch(/^manuell-.*\.sqlite$/);
      expect(backup.stdout).toContain(path.join(to, file!));

      const sqlite = new Database(db);
      sqlite.prepare('INSERT INTO units (name) VALUES (?)').run('Etter kopien');
      sqlite.close();
      const restored = runCli('restore', '--db', db, '--from', path.join(to, file!));
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);
      expect(restored.stdout).toMatch(/tatt vare på i .*for-gjenoppretting-/);
      expect(unitNames(db)).toEqual(['Helse']);

      fs.writeFileSync(path.join(dir, 'en-fil'), 'x');
      const unwritable = runCli('backup', '--db', db, '--to', path.join(dir, 'en-fil', 'kopier'));
      expect(unwritable.status).toBe(1);
      expect(unwritable.stderr).toMatch(/ikke en mappe|skrivetilgang/);
      expect(runCli('backup', '--db', path.join(dir, 'finnes-ikke.sqlite')).status).toBe(2);
      expect(runCli('restore', '--db', db, '--from', path.join(dir, 'finnes-ikke.sqlite')).status).toBe(2);
    },
    LONG,
  );

  test(
    'restore onto a damaged data file keeps the damaged file aside; a damaged backup is refused with 1',
    () => {
      const copy = path.join(dir, 'kopi-for-skade.sqlite');
      expect(runCli('backup', '--db', db, '--to', path.join(dir, 'kopier2')).status).toBe(0);
      const [backupFile] = fs.readdirSync(path.join(dir, 'kopier2'));
      const from = path.join(dir, 'kopier2', backupFile!);
      fs.copyFileSync(db, copy);
      fs.writeFileSync(copy, Buffer.alloc(8192, 7));

      const badBackup = path.join(dir, 'skadet-kopi.sqlite');
      fs.writeFileSync(badBackup, 'x'.repeat(4096));
      const refused = runCli('restore', '--db', copy, '--from', badBackup);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/skadet/);

      // Nothing tells whose data the damaged copy held (no backup status beside it): the backup needs a yes.
      const unsure = runCli('restore', '--db', copy, '--from', from);
      expect(unsure.status).toBe(1);
      expect(unsure.stderr).toMatch(/kan ikke sees om sikkerhetskopien er av denne datafilen/);

      const recovered = runCli('restore', '--db', copy, '--from', from, '--other-data-file');
      expect(recovered.stderr).toBe('');
      expect(recovered.status).toBe(0);
      expect(recovered.stdout).toMatch(/lagt til side som .*kopi-for-skade\.skadet-/);
      expect(unitNames(copy)).toEqual(['Helse']);
    },
    LONG,
  );

  test(
    'export and import move everything to another data file; newer files and bad names are refused',
    () => {
      const out = path.join(dir, 'overlevering.akan');
      const exported = runCli('export', '--db', db, '--out', out);
      expect(exported.stderr).toBe('');
      expect(exported.status).toBe(0);
      expect(runCli('export', '--db', db, '--out', out).status).toBe(1);
      expect(runCli('export', '--db', db, '--out', path.join(dir, 'feil.txt')).status).toBe(2);

      const otherPc = path.join(tempDir(), 'ny-pc.sqlite');
      const imported = runCli('import', '--db', otherPc, '--from', out);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      expect(unitNames(otherPc)).toEqual(['Helse']);

      const newer = path.join(dir, 'nyere.akan');
      fs.copyFileSync(out, newer);
      const sqlite = new Database(newer);
      sqlite
        .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
        .run('fra-framtiden', Date.now());
      sqlite.close();
      const tooNew = runCli('import', '--db', otherPc, '--from', newer);
      expect(tooNew.status).toBe(1);
      expect(tooNew.stderr).toMatch(/nyere versjon/);
      expect(runCli('import', '--db', otherPc, '--from', path.join(dir, 'finnes-ikke.akan')).status).toBe(2);
    },
    LONG,
  );
});
