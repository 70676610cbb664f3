import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LARGE_TODAY, LARGE_YEAR, buildLargeOrganisation } from '../../../bench/dataset/largeYear';
import type { AppHandle } from '../../../core/app';
import { seedDemo } from '../../../core/demo';
import { demoContext } from '../../../core/demo/types';
import { freshApp, ok, tempDir } from '../../support/app';

const SHEETS = [
  'Sammendrag',
  'Opplæring',
  'Informasjonstiltak',
  'Oppnevninger og utvalg',
  'Statistikk',
  'Framdriftsplan',
  'AMU-saker',
];

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || String(result.error)}`);
  return result.stdout;
}

interface Printed {
  pages: string[];
  sizes: string[];
  /** The page (from 1) of every drawing of every image object. */
  imagePages: Map<string, number[]>;
}

/** LibreOffice (an independent spreadsheet and word processor) prints the file to PDF; poppler reads the PDF back. */
function print(file: string, pngName: string): Printed {
  const dir = path.dirname(file);
  run('soffice', [
    '--headless',
    `-env:UserInstallation=file://${dir}/profile`,
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    file,
  ]);
  const pdf = file.replace(/\.\w+$/, '.pdf');
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(count), pdf])
    .split('\n')
    .filter((line) => /^Page\s+\d+ size:/.test(line));
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, count);
  const imagePages = new Map<string, number[]>();
  for (const line of run('pdfimages', ['-list', pdf]).split('\n').slice(2)) {
    const [page, , type, , , , , , , , object] = line.trim().split(/\s+/);
    if (type !== 'image' || !object) continue;
    imagePages.set(object, [...(imagePages.get(object) ?? []), Number(page)]);
  }
  // Every page as a picture, for a person to look at before a release.
  const png = path.resolve('test-results', 'print', pngName);
  fs.mkdirSync(path.dirname(png), { recursive: true });
  run('pdftoppm', ['-png', '-r', '50', pdf, png]);
  return { pages, sizes, imagePages };
}

/** What a page holds apart from its running header and footer. */
function body(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/Side \d+ av \d+$/.test(line) && !/AKAN-årsrapport \d{4}$/.test(line));
}

async function checkWorkbook(app: AppHandle, year: number, name: string, maxPagesPerSheet: number) {
  const file = path.join(tempDir('akan-print-'), 'rapport.xlsx');
  await ok(app, 'reports.exportAnnual', { year, path: file });
  const printed = print(file, name);
  expect(printed.sizes).toHaveLength(printed.pages.length);
  for (const size of printed.sizes) expect(size).toMatch(/\(A4\)/);

  const footers = printed.pages.map((page) => /AKAN-årsrapport \d{4} – (.+?)\s+Side (\d+) av (\d+)/.exec(page));
  footers.forEach((footer, index) => {
    expect(footer, `${name}: page ${index + 1} has its footer`).not.toBeNull();
    expect(Number(footer![2])).toBe(index + 1);
    expect(Number(footer![3])).toBe(printed.pages.length);
  });
  const sheetOf = footers.map((footer) => footer![1]!);
  expect([...new Set(sheetOf)]).toEqual(SHEETS);
  for (const sheet of SHEETS) {
    const pages = sheetOf.filter((s) => s === sheet).length;
    expect(pages, `${name}: pages of «${sheet}»`).toBeLessThanOrEqual(maxPagesPerSheet);
  }

  // No page holds only a footnote, and every chart is drawn whole on one page.
  printed.pages.forEach((page, index) => {
    const lines = body(page);
    const onlyNotes =
      lines.length > 0 && lines.every((line) => /^(\*|\.\.|\d+ gjennomført|Dekningen gjelder)/.test(line));
    expect(onlyNotes, `${name}: page ${index + 1} holds only a footnote: ${lines.join(' / ')}`).toBe(false);
  });
  expect(printed.imagePages.size).toBeGreaterThanOrEqual(3);
  for (const [object, pages] of printed.imagePages) {
    expect(new Set(pages).size, `${name}: chart ${object} drawn on pages ${pages.join(', ')}`).toBe(1);
  }
  return printed;
}

// The workbook and the case document as they print. The pages are kept as PNG in test-results/print/.
describe('the annual report on paper', () => {
  test('demo data: A4 on every page, sheets in order with headers and «Side n av N», charts whole, no lone footnote', async () => {
    const app = await freshApp({ today: '2026-11-23' });
    await seedDemo(app, '2026-11-23');
    const printed = await checkWorkbook(app, 2026, 'demo-arsrapport', 4);
    for (const page of printed.pages) expect(page).toContain('Eksempel kommune');
    expect(printed.pages.join('\n')).toContain('50 %');

    const caseFile = path.join(tempDir('akan-print-'), 'saksframlegg.docx');
    await ok(app, 'reports.exportCaseDocument', { year: 2026, path: caseFile });
    const document = print(caseFile, 'demo-saksframlegg');
    for (const size of document.sizes) expect(size).toMatch(/\(A4\)/);
    const text = document.pages.join('\n');
    expect(text).toContain('AKAN-utvalgets årsrapport 2026');
    expect(text).toContain('Forslag til vedtak');
    app.close();
  }, 240_000);

  test('a busy year of a 200-unit municipality prints the same way', async () => {
    const app = await freshApp({ today: LARGE_TODAY });
    await buildLargeOrganisation(demoContext(app, LARGE_TODAY));
    await checkWorkbook(app, LARGE_YEAR, 'stor-kommune-arsrapport', 24);
    app.close();
  }, 300_000);
});
