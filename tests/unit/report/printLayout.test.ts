import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { seedDemo } from '../../../core/demo';
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
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.error}`);
  return result.stdout;
}

// The workbook as it prints: LibreOffice (an independent spreadsheet program) turns it into a PDF, read back with
// poppler. The first page is kept as a PNG in test-results/print/ for a person to look at.
test('the annual report prints on A4, a sheet fit to the width of its pages, with page headers and «Side n av N»', async () => {
  const app = await freshApp({ today: '2026-11-23' });
  await seedDemo(app, '2026-11-23');
  const dir = tempDir('akan-print-');
  const workbook = path.join(dir, 'rapport.xlsx');
  await ok(app, 'reports.exportAnnual', { year: 2026, path: workbook });
  app.close();

  run('soffice', [
    '--headless',
    `-env:UserInstallation=file://${dir}/profile`,
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    workbook,
  ]);
  const pdf = path.join(dir, 'rapport.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  expect(pages).toBeGreaterThanOrEqual(SHEETS.length);
  expect(pages).toBeLessThanOrEqual(SHEETS.length * 3);
  const sizes = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf])
    .split('\n')
    .filter((line) => /^Page\s+\d+ size:/.test(line));
  expect(sizes).toHaveLength(pages);
  for (const size of sizes) expect(size).toMatch(/\(A4\)/);

  const text = run('pdftotext', ['-layout', pdf, '-']);
  const perPage = text.split('\f').filter((page) => page.trim() !== '');
  expect(perPage).toHaveLength(pages);
  const footers = perPage.map((page) => /AKAN-årsrapport 2026 – (.+?)\s+Side (\d+) av (\d+)/.exec(page));
  footers.forEach((footer, index) => {
    expect(footer, `page ${index + 1} has its footer`).not.toBeNull();
    expect(Number(footer![2])).toBe(index + 1);
    expect(Number(footer![3])).toBe(pages);
  });
  // The sheets follow one another in the workbook's order, each on pages of its own.
  const order = [...new Set(footers.map((footer) => footer![1]))];
  expect(order).toEqual(SHEETS);
  for (const page of perPage) expect(page).toContain('Eksempel kommune');
  expect(text).toContain('50 %');

  const png = path.resolve('test-results', 'print', 'arsrapport-side-1');
  fs.mkdirSync(path.dirname(png), { recursive: true });
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(10_000);
}, 180_000);
