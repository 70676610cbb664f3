import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocx } from '../support/docx';
import { REPORT_SHEETS } from '../support/reportSheets';
import { checkScreen, expect, test } from './fixtures';
import { readWorkbook } from '../support/xlsx';

test.describe('Rapport and the year at a glance, with demo data', () => {
  test.use({ demo: true });

  test('Oversikt shows the key figures of the year, each leading to its screen, and charts with their numbers', async ({
    page,
    open,
    app,
  }) => {
    const glance = await app.invoke('reports.keyFigures', {});
    if (!glance.ok) throw new Error(glance.error.message);
    await open('/oversikt');
    await expect(page.getByRole('heading', { level: 2, name: 'Året 2026 så langt' })).toBeVisible();
    const figures = page.getByRole('list', { name: 'Nøkkeltall' });
    const held = glance.value.keyFigures.find((f) => f.id === 'sessionsHeld')!;
    await expect(figures.getByRole('listitem').filter({ hasText: held.label })).toContainText(String(held.value));
    const chart = page.getByRole('figure', { name: /Deltakere på opplæring per kvartal 2026/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    await expect(chart.getByRole('table', { name: /Tallene i/ }).getByRole('row')).toHaveCount(5);
    const trend = page.getByRole('figure', { name: /Publiserte tall per kvartal 2026/ });
    await expect(trend.getByRole('table')).toContainText('*');
    await expect(
      page.getByText('* Skjermet: færre enn 3, eller skjult for at slike tall ikke skal kunne regnes ut.').first(),
    ).toBeVisible();
    await checkScreen(page, 'oversikt-aaret');
  });

  test('the summary is saved explicitly, the preview shows every sheet, and the export downloads the workbook', async ({
    page,
    open,
  }) => {
    await open('/rapport');
    await expect(page.getByLabel('Rapportår')).toHaveValue('2026');
    const summary = page.getByLabel('Utvalgets oppsummering av 2026');
    await summary.fill('Et år med mange kurs for ledere.\n\nNeste år vil vi nå Teknisk drift og Stab.');
    await expect(page.getByText('Oppsummeringen har endringer som ikke er lagret.')).toBeVisible();
    await page.getByRole('button', { name: 'Lagre oppsummering' }).click();
    await expect(page.getByText('Oppsummeringen er lagret.')).toBeVisible();

    const sheets = REPORT_SHEETS;
    const tabs = page.getByRole('tablist', { name: 'Arkene i årsrapporten' });
    for (const name of sheets) await expect(tabs.getByRole('tab', { name })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText('Neste år vil vi nå Teknisk drift og Stab.');
    await checkScreen(page, 'rapport');

    await tabs.getByRole('tab', { name: 'Opplæring' }).click();
    const quarters = page.getByRole('table', { name: 'Gjennomførte opplæringer og deltakere per kvartal' });
    await expect(quarters).toBeVisible();
    const totals = await quarters.locator('tfoot td').allTextContents();
    expect(totals[0]).toBe('I alt');
    await checkScreen(page, 'rapport-opplaering');

    await tabs.getByRole('tab', { name: 'Statistikk' }).click();
    const published = page.getByRole('table', { name: 'Publiserte tall for hele kommunen 2026' });
    await expect(published).toContainText('*');
    await expect(
      page.getByRole('tabpanel').getByText('* Skjermet: færre enn 3', { exact: false }).first(),
    ).toBeVisible();
    await checkScreen(page, 'rapport-statistikk');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned årsrapport' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('AKAN-årsrapport-2026-Eksempel-kommune.xlsx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'akan-download-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    await expect(page.getByRole('status').filter({ hasText: 'Årsrapporten er lastet ned' })).toBeVisible();

    const workbook = readWorkbook(file);
    expect(workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(sheets));
    const sheet = workbook.sheets.find((s) => s.name === 'Opplæring')!;
    const table = sheet.tables.find((t) => t.name === 'Gjennomførte_opplæringer_deltakere_kvartal')!;
    const lastRow = Number(/\d+$/.exec(table.ref)![0]);
    const fileTotals = sheet.cells.filter((c) => c.row === lastRow).map((c) => String(c.value));
    expect(fileTotals).toEqual(totals.map((t) => t.replace(/(\d)\s(?=\d)/g, '$1')));

    const caseDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lag saksframlegg' }).click();
    const caseFile = await caseDownload;
    expect(caseFile.suggestedFilename()).toMatch(/\.docx$/);
    const docx = path.join(path.dirname(file), caseFile.suggestedFilename());
    await caseFile.saveAs(docx);
    await expect(page.getByRole('status').filter({ hasText: 'Saksframlegget er lastet ned' })).toBeVisible();
    const document = readDocx(docx);
    expect(document.paragraphs.join('\n')).toContain('Neste år vil vi nå Teknisk drift og Stab.');
    expect(document.paragraphs.join('\n')).toMatch(/Forslag til vedtak/i);
  });

  test('another year can be chosen', async ({ page, open }) => {
    await open('/rapport?ar=2025');
    await expect(page.getByLabel('Rapportår')).toHaveValue('2025');
    await expect(page.getByRole('heading', { name: 'Forhåndsvisning av 2025' })).toBeVisible();
    await page.getByLabel('Rapportår').selectOption('2026');
    await expect(page.getByRole('heading', { name: 'Forhåndsvisning av 2026' })).toBeVisible();
  });
});
