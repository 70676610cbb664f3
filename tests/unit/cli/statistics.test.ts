import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { suppressionFootnote } from '../../../core/disclosure';
import { DEFAULT_INDICATORS } from '../../../core/statistics/defaults';
import { ok, tempDir } from '../../support/app';
import { runCli } from '../../support/cli';

const TODAY = ['--today', '2026-11-23'];

describe('cli statistics', () => {
  const dir = tempDir();
  const db = path.join(dir, 'akan.sqlite');

  beforeAll(async () => {
    const app = await openApp({ dataFile: db, today: '2026-11-23', user: 'test' });
    const sector = await ok(app, 'units.create', { name: 'Helse og omsorg' });
    const a = await ok(app, 'units.create', { name: 'Hjemmetjenesten', parentId: sector.id });
    const b = await ok(app, 'units.create', { name: 'Sykehjemmet', parentId: sector.id });
    const c = await ok(app, 'units.create', { name: 'Stab' });
    const [first] = await ok(app, 'statisticsIndicators.list', {});
    const values: [number, number[]][] = [
      [a.id, [4, 1, 6, 0]],
      [b.id, [5, 2, 7, 3]],
      [c.id, [6, 0, 9, 8]],
    ];
    for (const quarter of [1, 2, 3, 4]) {
      const counts = values.map(([unitId, row]) => ({ unitId, indicatorId: first!.id, value: row[quarter - 1]! }));
      await ok(app, 'statistics.saveQuarter', { year: 2026, quarter, counts });
    }
    app.close();
  }, 60_000);

  test('--json prints one published table per indicator: null where suppressed, totals, and each unit row’s sector', () => {
    const result = runCli('statistics', '--db', db, '--year', '2026', '--units', '--json', ...TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const tables = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(tables).toHaveLength(DEFAULT_INDICATORS.length);
    const [first] = tables;
    expect(Object.keys(first!)).toEqual(
      expect.arrayContaining([
        'indicator',
        'k',
        'rowLabels',
        'colLabels',
        'cells',
        'rowTotals',
        'colTotals',
        'grandTotal',
        'parents',
        'groups',
      ]),
    );
    expect(first).toMatchObject({
      indicator: DEFAULT_INDICATORS[0]!.name,
      k: 3,
      rowLabels: ['Hjemmetjenesten', 'Sykehjemmet', 'Stab'],
      colLabels: ['K1 2026', 'K2 2026', 'K3 2026', 'K4 2026'],
      parents: ['Helse og omsorg', 'Helse og omsorg', null],
      grandTotal: 51,
    });
    const cells = first!.cells as (number | null)[][];
    expect(cells[0]?.[1]).toBeNull();
    expect(cells[1]?.[1]).toBeNull();
    expect(cells.flat().filter((v) => v !== null && v > 0 && v < 3)).toEqual([]);
  }, 60_000);

  test('--raw prints the same shape unprotected; plain text marks suppressed numbers with * and the footnote', () => {
    const raw = runCli('statistics', '--db', db, '--year', '2026', '--by', 'year', '--raw', '--json', ...TODAY);
    expect(raw.status).toBe(0);
    const [first] = JSON.parse(raw.stdout) as { k: null; cells: number[][]; rowLabels: string[] }[];
    expect(first).toMatchObject({ k: null, rowLabels: ['Hele kommunen'], cells: [[51]] });

    const text = runCli('statistics', '--db', db, '--year', '2026', '--k', '5', ...TODAY);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Hele kommunen\t15\t*\t22\t*\t51');
    expect(text.stdout).toContain(suppressionFootnote(5));
  }, 60_000);

  test('bad arguments or a missing data file exit 2 with a clear Norwegian message', () => {
    const cases: [string[], RegExp][] = [
      [['--db', db, '--year', '20x6'], /--year må være et heltall fra 2000 til 2100, fikk «20x6»/],
      [['--db', db, '--year', '2026', '--by', 'month'], /--by må være quarter eller year, fikk «month»/],
      [['--db', db, '--year', '2026', '--k', '2'], /--k må være et heltall fra 3 til 10, fikk «2»/],
      [['--db', db, '--year', '2027', ...TODAY], /2027 har ikke begynt ennå/],
      [['--db', path.join(dir, 'finnes-ikke.sqlite'), '--year', '2026'], /finnes ikke/],
    ];
    for (const [args, message] of cases) {
      const result = runCli('statistics', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(fs.existsSync(path.join(dir, 'finnes-ikke.sqlite'))).toBe(false);
  }, 120_000);
});
