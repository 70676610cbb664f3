import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { AppHandle } from '../../core/app';
import { seedDemo } from '../../core/demo';
import type { AnnualReport, ReportValue, ValueKind } from '../../core/report/model';
import { fails, freshApp, ok, tempDir, okLatest, failsLatest } from '../support/app';
import { tableNamer } from '../../core/report/workbook/tableNames';
import { type CellValue, type DumpedWorkbook, factValue, readWorkbook } from '../support/xlsx';
import { REPORT_SHEETS } from '../support/reportSheets';

const TODAY = '2026-11-23';
const YEAR = 2026;
const NOW = new Date('2026-11-23T10:15:00Z');
const SHEETS = REPORT_SHEETS;

let app: AppHandle;
let report: AnnualReport;
let workbook: DumpedWorkbook;

/** What a report value must look like when openpyxl reads it back (undefined: an empty cell). */
function expectedCell(value: ReportValue, kind: ValueKind): CellValue | undefined {
  if (kind === 'count' && value === null) return '*';
  if (value === null || value === '') return undefined;
  if (kind === 'date' && typeof value === 'string') return { date: value };
  return value;
}

function column(ref: string): number {
  return [...(/^[A-Z]+/.exec(ref)?.[0] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function exportToFile(base64: string): string {
  const file = path.join(tempDir(), 'rapport.xlsx');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

beforeAll(async () => {
  app = await freshApp({ today: TODAY, now: () => NOW });
  await seedDemo(app, TODAY);
  await okLatest(app, 'reports.saveSummary', {
    year: YEAR,
    summaryText: 'Godt år for opplæringen.\n\nVi når Teknisk drift neste år.',
  });
  report = await ok(app, 'reports.preview', { year: YEAR });
  const exported = await ok(app, 'reports.exportAnnual', { year: YEAR });
  workbook = readWorkbook(exportToFile(exported.base64!));
}, 60_000);

afterAll(() => app.close());

describe('the summary text', () => {
  test('is stored per year, trimmed, and empty becomes null', async () => {
    const fresh = await freshApp();
    expect(await ok(fresh, 'reports.getSummary', { year: 2025 })).toEqual({
      year: 2025,
      version: 0,
      summaryText: null,
      updatedAt: null,
    });
    const saved = await okLatest(fresh, 'reports.saveSummary', { year: 2025, summaryText: '  Et godt år.  ' });
    expect(saved).toMatchObject({ year: 2025, summaryText: 'Et godt år.' });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await ok(fresh, 'reports.getSummary', { year: 2024 })).summaryText).toBeNull();
    await okLatest(fresh, 'reports.saveSummary', { year: 2025, summaryText: '' });
    expect((await ok(fresh, 'reports.getSummary', { year: 2025 })).summaryText).toBeNull();
    expect((await ok(fresh, 'changeLog.list', {})).map((e) => e.label)).toContain('Sammendrag til årsrapporten lagret');
    fresh.close();
  });

  test('refuses identity numbers, overlong text and impossible years with Norwegian messages', async () => {
    const idNumber = await failsLatest(app, 'reports.saveSummary', { year: YEAR, summaryText: 'Gjelder 15076500565.' });
    expect(idNumber.fields.summaryText).toMatch(/fødselsnummer/);
    const long = await failsLatest(app, 'reports.saveSummary', { year: YEAR, summaryText: 'x'.repeat(5001) });
    expect(long.fields.summaryText).toBe('Teksten kan være høyst 5000 tegn.');
    expect((await failsLatest(app, 'reports.saveSummary', { year: 1999, summaryText: 'x' })).fields.year).toMatch(
      /årstall/,
    );
    expect((await ok(app, 'reports.getSummary', { year: YEAR })).summaryText).toBe(
      'Godt år for opplæringen.\n\nVi når Teknisk drift neste år.',
    );
  });
});

describe('report years', () => {
  test('last year until the due date, then this year', async () => {
    const early = await freshApp({ today: '2027-03-31' });
    expect(await ok(early, 'reports.years', {})).toMatchObject({ defaultYear: 2026, dueDate: '2027-03-31' });
    early.close();
    const late = await freshApp({ today: '2027-04-01' });
    const years = await ok(late, 'reports.years', {});
    expect(years).toMatchObject({ defaultYear: 2027, dueDate: '2028-03-31' });
    expect(years.years[0]).toBe(2027);
    late.close();
  });
});

describe('the numbers are the areas’ own', () => {
  const figure = (id: string) => report.keyFigures.find((f) => f.id === id)?.value;

  test('key figures equal what the area contracts answer', async () => {
    const { sessions } = await ok(app, 'trainings.list', { year: YEAR });
    const held = sessions.filter((s) => s.status === 'held');
    expect(figure('sessionsHeld')).toBe(held.length);
    expect(figure('participants')).toBe(held.reduce((sum, s) => sum + s.participantTotal, 0));
    const leaders = held.flatMap((s) => s.participants).filter((p) => p.audience === 'leaders');
    expect(figure('participants-leaders')).toBe(leaders.reduce((sum, p) => sum + p.count, 0));
    const coverage = await ok(app, 'trainings.coverage', {});
    expect(figure('leaderCoverage')).toBe(coverage.total.leaderPercent! / 100);
    const plan = await ok(app, 'plan.summary', { year: YEAR });
    expect(figure('planDone')).toBe(plan.done);
    expect(report.keyFigures.find((f) => f.id === 'planDone')?.detail).toContain(`av ${plan.planned}`);
    const { campaigns } = await ok(app, 'campaigns.list', { year: YEAR });
    expect(figure('campaigns')).toBe(campaigns.filter((c) => c.status !== 'cancelled').length);
  });

  test('Oversikt gets the same key figures and charts as the report', async () => {
    const glance = await ok(app, 'reports.keyFigures', {});
    expect(glance.year).toBe(YEAR);
    expect(glance.keyFigures).toEqual(report.keyFigures);
    expect(glance.charts).toEqual(report.sections.flatMap((s) => s.charts));
    expect((await ok(app, 'reports.keyFigures', { year: 2025 })).year).toBe(2025);
  });
});

describe('the workbook, read back by openpyxl', () => {
  test('has every sheet, in order, visible, and no chart parts, comments or defined names that could hold data', () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual(SHEETS);
    for (const sheet of workbook.sheets) {
      expect(sheet.state).toBe('visible');
      expect(sheet.comments).toEqual([]);
    }
    expect(workbook.definedNames).toEqual([]);
    expect(workbook.chartParts).toEqual([]);
  });

  test('has document properties naming the organisation', () => {
    expect(workbook.properties).toMatchObject({
      title: 'AKAN-årsrapport 2026 – Eksempel kommune',
      creator: 'Eksempel kommune',
      company: 'Eksempel kommune',
      lastModifiedBy: 'Eksempel kommune',
    });
    expect(workbook.properties.created?.slice(0, 16)).toBe('2026-11-23T10:15');
    expect(workbook.properties).toMatchObject({
      category: 'Årsrapport',
      language: 'nb-NO',
      subject: 'Årsrapport for AKAN-arbeidet til arbeidsmiljøutvalget (AMU)',
    });
    expect(workbook.properties.keywords).toMatch(/AKAN; årsrapport; AMU/);
    expect(workbook.properties.description).toMatch(/^AKAN-utvalgets årsrapport for 2026 til arbeidsmiljøutvalget/);
  });

  test('every sheet prints on A4 fitted to the width, frozen and repeated at a table header only, with header and page numbers', () => {
    for (const sheet of workbook.sheets) {
      expect(sheet).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(['portrait', 'landscape']).toContain(sheet.orientation);
      const headerRows = sheet.tables.map((t) => Number(/\d+/.exec(t.ref)![0]));
      if (sheet.freeze)
        expect(
          headerRows.map((row) => `A${row + 1}`),
          sheet.name,
        ).toContain(sheet.freeze);
      if (sheet.printTitleRows) {
        const [, from, to] = /^\$(\d+):\$(\d+)$/.exec(sheet.printTitleRows)!;
        expect(from, sheet.name).toBe(to);
        expect(headerRows, sheet.name).toContain(Number(from));
      }
      expect(sheet.header).toMatchObject({ left: 'Eksempel kommune', right: 'AKAN-årsrapport 2026' });
      expect(sheet.footer).toMatchObject({ left: `AKAN-årsrapport 2026 – ${sheet.name}`, right: 'Side &P av &N' });
      expect(Object.keys(sheet.columnWidths).length, sheet.name).toBeGreaterThan(0);
      const title = sheet.cells.find((c) => c.ref === 'A1');
      expect(title).toMatchObject({ value: `${sheet.name} 2026`, bold: true });
    }
    expect(workbook.sheets.find((s) => s.name === 'Sammendrag')).toMatchObject({
      orientation: 'portrait',
      freeze: null,
      printTitleRows: null,
    });
    expect(workbook.sheets.find((s) => s.name === 'AMU-saker')!.freeze).toBe('A6');
  });

  test('no number is stored as text: counts, scores and shares are numbers with a number format', () => {
    for (const sheet of workbook.sheets) {
      for (const cell of sheet.cells) {
        if (typeof cell.value === 'string')
          expect(cell.value, `${sheet.name}!${cell.ref}`).not.toMatch(/^\s*-?[\d\s]+([.,]\d+)?\s*%?\s*$/);
        if (typeof cell.value === 'number' && !cell.bold)
          expect(cell.numFmt, `${sheet.name}!${cell.ref}`).not.toBe('General');
      }
    }
    const training = workbook.sheets.find((s) => s.name === 'Opplæring')!;
    const scores = training.cells.filter((c) => c.numFmt === '0.0');
    expect(scores.length).toBeGreaterThan(5);
    expect(scores.every((c) => typeof c.value === 'number')).toBe(true);
  });

  test('Sammendrag holds who reports, the key figures and the summary text', () => {
    const sheet = workbook.sheets[0]!;
    expect(factValue(sheet, 'Virksomhet')).toBe('Eksempel kommune');
    expect(factValue(sheet, 'Rapportperiode')).toBe('01.01.2026–31.12.2026');
    expect(factValue(sheet, 'Laget')).toEqual({ date: TODAY });
    expect(String(factValue(sheet, 'Hovedkontakt'))).toMatch(
      /^Anne Lie, funksjonsperiode \d{2}\.\d{2}\.\d{4}–06\.02\.2027$/,
    );
    expect(factValue(sheet, 'Ruskonsulent')).toBe('Tor Haugen');
    for (const f of report.keyFigures)
      expect(factValue(sheet, f.label), f.label).toEqual(expectedCell(f.value, f.kind));
    const texts = sheet.cells.map((c) => c.value);
    expect(texts).toContain('Godt år for opplæringen.');
    expect(texts).toContain('Vi når Teknisk drift neste år.');
  });

  test('every table of the preview is an Excel table with a Norwegian name, the same cells, bold header and Norwegian formats', () => {
    let checked = 0;
    const tableName = tableNamer();
    const names = workbook.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toContain('Opplæringer_2026');
    for (const name of names) expect(name).toMatch(/^\p{Lu}[\p{L}\p{N}_]*$/u);
    expect(names.join(' ')).not.toMatch(/Tabell|training|cases|sessions/);
    for (const section of report.sections) {
      const sheet = workbook.sheets.find((s) => s.name === section.title)!;
      for (const table of section.tables) {
        const name = table.rows.length === 0 || table.asList ? null : tableName(table.title);
        const dumped = sheet.tables.find((t) => t.name === name);
        if (table.asList) {
          const listed = (label: string) =>
            sheet.cells
              .filter((c) => c.col === 1 && c.value === label)
              .map((c) => sheet.cells.find((v) => v.row === c.row && v.col === 2)?.value);
          for (const row of table.rows)
            expect(listed(String(row[0])), table.title).toContainEqual(
              expect.stringMatching(new RegExp(`^${table.columns[1]!.label}: `)),
            );
          continue;
        }
        if (table.rows.length === 0) {
          expect(dumped, table.title).toBeUndefined();
          expect(sheet.cells.map((c) => c.value)).toContain(table.empty);
          continue;
        }
        expect(dumped, table.title).toBeDefined();
        expect(dumped!.columns).toEqual(table.columns.map((c) => c.label));
        expect(dumped!.autoFilter).toBeTruthy();
        expect(dumped!.totalsRowCount ?? 0).toBe(table.totals ? 1 : 0);
        const [start] = dumped!.ref.split(':');
        const top = Number(/\d+$/.exec(start!)![0]);
        const left = column(start!);
        const cell = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);
        table.columns.forEach((col, c) => {
          expect(cell(top, left + c)).toMatchObject({ value: col.label, bold: true });
        });
        const rows = table.totals ? [...table.rows, table.totals] : table.rows;
        rows.forEach((row, r) => {
          table.columns.forEach((col, c) => {
            const kind = r === table.rows.length && c === 0 ? 'text' : col.kind;
            const found = cell(top + 1 + r, left + c);
            expect(found?.value, `${section.title} › ${table.title} › rad ${r + 1} › ${col.label}`).toEqual(
              expectedCell(row[c] ?? null, kind),
            );
            if (found && col.kind === 'date') expect(found.numFmt).toBe('dd.mm.yyyy');
            if (found && (col.kind === 'number' || col.kind === 'count') && typeof found.value === 'number')
              expect(found.numFmt).toBe('#,##0');
            if (found && col.kind === 'decimal' && typeof found.value === 'number') expect(found.numFmt).toBe('0.0');
            if (found && col.kind === 'percent' && typeof found.value === 'number') expect(found.numFmt).toBe('0 %');
          });
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  test('the charts are pictures drawn from the same data, one per chart of the preview', () => {
    for (const section of report.sections) {
      const sheet = workbook.sheets.find((s) => s.name === section.title)!;
      expect(sheet.images, section.title).toBe(section.charts.length);
    }
    expect(report.sections.find((s) => s.id === 'training')!.charts).toHaveLength(1);
    expect(workbook.media.length).toBe(report.sections.flatMap((s) => s.charts).length);
  });
});

describe('saving the workbook to a file', () => {
  test('writes it where asked and says so; the bytes are a zip (xlsx)', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'Årsrapport 2026.xlsx');
    const saved = await ok(app, 'reports.exportAnnual', { year: YEAR, path: target });
    expect(saved).toMatchObject({ fileName: 'Årsrapport 2026.xlsx', path: target, base64: null });
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(saved.bytes).toBe(fs.statSync(target).size);
    expect(fs.readdirSync(dir)).toEqual(['Årsrapport 2026.xlsx']);
  });

  test('a target open in Excel gives the Norwegian message, keeps the old file and leaves nothing partial', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'rapport.xlsx');
    fs.writeFileSync(target, 'forrige versjon');
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
    });
    try {
      const error = await fails(app, 'reports.exportAnnual', { year: YEAR, path: target });
      expect(error.code).toBe('io');
      expect(error.message).toBe(
        'Filen «rapport.xlsx» er åpen i et annet program (for eksempel Excel) eller skrivebeskyttet. Lukk den og prøv igjen, eller velg et annet filnavn.',
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('forrige versjon');
    expect(fs.readdirSync(dir)).toEqual(['rapport.xlsx']);
  });

  test('a folder that does not exist is named, and nothing is written', async () => {
    const dir = tempDir();
    const error = await fails(app, 'reports.exportAnnual', {
      year: YEAR,
      path: path.join(dir, 'borte', 'rapport.xlsx'),
    });
    expect(error).toMatchObject({ code: 'io', message: 'Mappen for «rapport.xlsx» finnes ikke. Velg en annen mappe.' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('refuses a relative path or another file type', async () => {
    for (const bad of ['rapport.xlsx', '/tmp/rapport.csv', '']) {
      const error = await fails(app, 'reports.exportAnnual', { year: YEAR, path: bad });
      expect(error.fields.path).toMatch(/full filsti som slutter på \.xlsx/);
    }
  });

  test('without a path the bytes come back with a file name a download can use', async () => {
    const fresh = await freshApp();
    await ok(fresh, 'settings.update', { organisationName: 'Nord-Fron kommune / HR' });
    const exported = await ok(fresh, 'reports.exportAnnual', { year: 2025 });
    expect(exported.fileName).toBe('AKAN-årsrapport-2025-Nord-Fron-kommune-HR.xlsx');
    expect(exported.path).toBeNull();
    expect(Buffer.from(exported.base64!, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const empty = readWorkbook(exportToFile(exported.base64!));
    expect(empty.sheets.map((s) => s.name)).toEqual(SHEETS);
    fresh.close();
  });
});
