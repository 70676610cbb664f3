import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { PublishedTable, PublishedValue } from '../../core/disclosure/publish';
import type { AnnualReport } from '../../core/report/model';
import type { RawTable, StatisticsPublication } from '../../core/statistics/contract';
import { freshApp, ok, tempDir } from '../support/app';
import { type DumpedWorkbook, factValue, readWorkbook } from '../support/xlsx';

const YEAR = 2026;
/**
 * Quarterly counts for the whole municipality, chosen so the small ones are distinctive: no other number in this
 * data file is 1 or 2, so a 1 or a 2 anywhere in the workbook could only be a suppressed count leaking.
 */
const COUNTS: Record<number, [number, number, number, number]> = {
  0: [1, 40, 2, 37],
  1: [1, 0, 0, 0],
  2: [10, 20, 30, 40],
};

let app: AppHandle;
let publication: StatisticsPublication;
let report: AnnualReport;
let workbook: DumpedWorkbook;
/** The true values of every published number that is shown as `*`. */
let hidden: Set<number>;

/** Every published number of a table (inner cells and all totals) beside its true value. */
function pairs(published: PublishedTable, raw: RawTable): [PublishedValue, number][] {
  return [
    ...published.cells.flatMap((row, r) => row.map((value, c): [PublishedValue, number] => [value, raw.cells[r]![c]!])),
    ...published.rowTotals.map((value, r): [PublishedValue, number] => [value, raw.rowTotals[r]!]),
    ...published.colTotals.map((value, c): [PublishedValue, number] => [value, raw.colTotals[c]!]),
    ...(published.columnTotals ? [[published.grandTotal, raw.grandTotal] as [PublishedValue, number]] : []),
  ];
}

beforeAll(async () => {
  app = await freshApp({ today: '2026-11-23' });
  await ok(app, 'settings.update', { organisationName: 'Prikkestad kommune' });
  const sector = await ok(app, 'units.create', { name: 'Oppvekst' });
  const school = await ok(app, 'units.create', { name: 'Skolen', parentId: sector.id });
  await ok(app, 'units.create', { name: 'Barnehagen', parentId: sector.id });
  // A third unit, so the note on units that did not report («3 av 3 enheter») holds no 1 or 2.
  await ok(app, 'units.create', { name: 'Kulturskolen', parentId: sector.id });
  const indicators = (await ok(app, 'statisticsIndicators.list', {})).filter((i) => i.measure === 'flow');
  for (let quarter = 1; quarter <= 4; quarter++) {
    const sheet = await ok(app, 'statistics.quarter', { year: YEAR, quarter });
    const counts = sheet.units
      .filter((u) => u.editable)
      .flatMap((unit) =>
        indicators.map((indicator, i) => ({
          unitId: unit.id,
          indicatorId: indicator.id,
          value: unit.id === school.id ? (COUNTS[i]?.[quarter - 1] ?? 0) : 0,
        })),
      );
    await ok(app, 'statistics.saveQuarter', { year: YEAR, quarter, counts });
  }
  const spec = { year: YEAR, by: 'quarter' as const, units: false };
  publication = await ok(app, 'statistics.publish', spec);
  const raw = await ok(app, 'statistics.rawTables', spec);
  hidden = new Set(
    publication.tables.flatMap((t, i) =>
      pairs(t.table, raw.tables[i]!.table).flatMap(([shown, truth]) => (shown === null ? [truth] : [])),
    ),
  );
  report = await ok(app, 'reports.preview', { year: YEAR });
  const exported = await ok(app, 'reports.exportAnnual', { year: YEAR });
  const file = path.join(tempDir(), 'rapport.xlsx');
  fs.writeFileSync(file, Buffer.from(exported.base64!, 'base64'));
  workbook = readWorkbook(file);
}, 60_000);

describe('statistics in the annual report', () => {
  test('the data really has suppressed cells whose true values are the distinctive 1 and 2', () => {
    expect([...hidden].sort()).toEqual([1, 2]);
  });

  test('the Statistikk sheet shows exactly the published table: the same numbers, `*` where it hides one, and its footnote', () => {
    const sheet = workbook.sheets.find((s) => s.name === 'Statistikk')!;
    const table = sheet.tables.find((t) => t.name === 'Publiserte_tall_hele_kommunen_2026')!;
    expect(table.columns).toEqual(['Indikator', 'K1 2026', 'K2 2026', 'K3 2026', 'K4 2026', 'I alt']);
    const top = Number(/\d+/.exec(table.ref)![0]);
    publication.tables.forEach(({ indicator, table: published }, r) => {
      const row = sheet.cells.filter((c) => c.row === top + 1 + r).sort((a, b) => a.col - b.col);
      // A count at the period's end has no yearly total: its «I alt» is left empty, as on the statistics screen.
      const total = indicator.measure === 'stock' ? [] : [published.grandTotal];
      expect(row.map((c) => c.value)).toEqual([
        indicator.name,
        ...[...published.cells[0]!, ...total].map((v) => v ?? '*'),
      ]);
    });
    expect(sheet.cells.map((c) => c.value)).toContain(publication.footnote);
    expect(publication.footnote).toBe(
      '* Skjermet: færre enn 3, eller skjult for at slike tall ikke skal kunne regnes ut.',
    );
  });

  test('no suppressed value appears anywhere in the file: any cell of any sheet, comments, defined names, hidden sheets, chart parts', () => {
    const standalone = new RegExp(`(?<![\\p{L}\\d])(${[...hidden].join('|')})(?![\\d])`, 'u');
    for (const sheet of workbook.sheets) {
      expect(sheet.state).toBe('visible');
      expect(sheet.comments).toEqual([]);
      for (const cell of sheet.cells) {
        const where = `${sheet.name}!${cell.ref}`;
        if (typeof cell.value === 'number') expect(hidden.has(cell.value), `${where} = ${cell.value}`).toBe(false);
        if (typeof cell.value === 'string')
          expect(standalone.test(cell.value), `${where} = «${cell.value}»`).toBe(false);
      }
    }
    expect(workbook.definedNames).toEqual([]);
    expect(workbook.chartParts).toEqual([]);
  });

  test('the key figures and the trend chart carry the published numbers only, and a hidden total is `*` with the footnote', () => {
    const figures = report.keyFigures.filter((f) => f.id.startsWith('statistics-'));
    expect(figures.map((f) => f.value)).toEqual(
      publication.tables.map((t) => (t.indicator.measure === 'stock' ? t.table.cells[0]!.at(-1) : t.table.grandTotal)),
    );
    expect(figures.some((f) => f.value === null)).toBe(true);
    const summary = workbook.sheets.find((s) => s.name === 'Sammendrag')!;
    const tiny = publication.tables[1]!;
    expect(factValue(summary, tiny.indicator.name)).toBe('*');
    expect(summary.cells.map((c) => c.value)).toContain(publication.footnote);

    const chart = report.sections.find((s) => s.id === 'statistics')!.charts[0]!;
    // Numbers nobody reported (`..`) are not drawn either.
    expect(chart.series.map((s) => s.values)).toEqual(
      publication.tables.map((t) => t.table.cells[0]!.map((v) => (v === '..' ? null : v))),
    );
    expect(chart.series.flatMap((s) => s.values).filter((v) => v !== null && hidden.has(v))).toEqual([]);
    expect(chart.note).toBe(
      '* Skjermet: færre enn 3, eller skjult for at slike tall ikke skal kunne regnes ut. Skjermede tall (*) er ikke tegnet. Tall som ikke er rapportert (..), er ikke tegnet.',
    );
    expect(workbook.sheets.find((s) => s.name === 'Statistikk')!.images).toBe(1);
  });

  test('Oversikt shows the same published figures and explains the `*`', async () => {
    const glance = await ok(app, 'reports.keyFigures', { year: YEAR });
    expect(glance.keyFigures).toEqual(report.keyFigures);
    expect(glance.notes).toEqual([publication.footnote]);
  });

  test('a year that has not begun has no statistics and does not stop the report', async () => {
    const next = await ok(app, 'reports.preview', { year: YEAR + 1 });
    const section = next.sections.find((s) => s.id === 'statistics')!;
    expect(section.tables[0]!.empty).toBe('2027 har ikke begynt ennå, så det finnes ingen tall.');
    expect(next.keyFigures.some((f) => f.id.startsWith('statistics-'))).toBe(false);
  });
});
