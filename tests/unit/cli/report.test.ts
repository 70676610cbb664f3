import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../../support/app';
import { runCli } from '../../support/cli';
import { readWorkbook } from '../../support/xlsx';

/** The CLI runs from the project folder (see tests/support/cli.ts). */
const ROOT = path.resolve(__dirname, '../../..');

describe('cli report', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.sqlite');

  beforeAll(() => {
    expect(runCli('demo', '--db', db, '--today', '2026-11-23').status).toBe(0);
  }, 120_000);

  test('writes the annual report as a workbook with every sheet and the charts; a relative --out is taken from where it runs', () => {
    const out = path.join(dir, 'årsrapport-2026.xlsx');
    const relative = path.relative(ROOT, out);
    const result = runCli('report', '--db', db, '--year', '2026', '--out', relative, '--today', '2026-11-23');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Årsrapporten for 2026 er lagret i ${out}\n`);
    const workbook = readWorkbook(out);
    expect(workbook.sheets.map((s) => s.name)).toContain('Sammendrag');
    expect(workbook.sheets.find((s) => s.name === 'Opplæring')?.images).toBe(1);
    expect(workbook.media.length).toBeGreaterThan(0);
  }, 60_000);

  test('bad arguments or a missing data file exit 2 with a clear message and write nothing', () => {
    const out = path.join(dir, 'feil.xlsx');
    const cases: [string[], RegExp][] = [
      [['--db', db, '--year', '20x6', '--out', out], /--year må være et heltall fra 2000 til 2100, fikk «20x6»/],
      [
        ['--db', db, '--year', '2026', '--out', path.join(dir, 'rapport.csv')],
        /--out må være en fil som slutter på \.xlsx/,
      ],
      [['--db', path.join(dir, 'finnes-ikke.sqlite'), '--year', '2026', '--out', out], /finnes ikke/],
      [['--db', db, '--year', '2026'], /--out/],
    ];
    for (const [args, message] of cases) {
      const result = runCli('report', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'finnes-ikke.sqlite'))).toBe(false);
  }, 120_000);

  test('a file that cannot be written exits 1 with the Norwegian message', () => {
    const result = runCli('report', '--db', db, '--year', '2026', '--out', path.join(dir, 'mangler', 'rapport.xlsx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Feil: Mappen for «rapport.xlsx» finnes ikke. Velg en annen mappe.\n');
    expect(fs.existsSync(path.join(dir, 'mangler'))).toBe(false);
  }, 60_000);
});
