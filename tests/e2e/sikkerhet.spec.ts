import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridge } from '../../cli/bridge';
import { openApp } from '../../core/app';
import { seedDemo } from '../../core/demo';
import { openRecovery } from '../../core/recovery';
import { field } from './fields';
import { checkScreen, expect, TODAY, test } from './fixtures';

const STATIC_DIR = path.resolve(process.env.AKAN_BUILD_DIR ?? path.resolve(__dirname, '../../out'), 'renderer');

test.describe('Sikkerhetskopier og endringslogg', () => {
  test.use({ demo: true });

  test('Innstillinger shows where backups go; a backup on request; restoring it from the list', async ({
    page,
    open,
    app,
  }) => {
    await open('/innstillinger');
    const section = page.getByRole('region', { name: 'Sikkerhetskopier' });
    await expect(section).toContainText(path.join(path.dirname(app.dataFile), 'backups'));
    // The first day of data entry got its backup at the first save.
    await expect(section).toContainText('(daglig)');
    await section.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    await expect(section.getByRole('status')).toContainText('Sikkerhetskopien er lagret i');
    await expect(section).toContainText('(tatt manuelt)');
    await checkScreen(page, 'innstillinger-sikkerhetskopier');

    await app.invoke('units.create', { name: 'Lagt til etter kopien' });
    await section.getByRole('link', { name: 'Gjenopprett eller flytt data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sikkerhetskopier' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    await expect(table).toContainText(/Enheter: \d+/);
    await expect(table).toContainText('Nyeste brukbare');
    await checkScreen(page, 'sikkerhetskopier');

    await table.getByRole('button', { name: 'Gjenopprett…' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gjenopprett denne sikkerhetskopien' }).click();
    await expect(page.getByRole('status')).toContainText('Dataene er gjenopprettet fra manuell-');
    await expect(page.getByRole('status')).toContainText('tatt vare på i for-gjenoppretting-');
    const units = await app.invoke('units.list', {});
    expect(units.ok && units.value.map((u) => u.name)).not.toContain('Lagt til etter kopien');
  });

  test('in the browser the export downloads as a file, and that file comes back in through the file input', async ({
    page,
    open,
    app,
  }) => {
    await open('/innstillinger/sikkerhetskopier');
    await expect(page.getByLabel('Lagre eksportfilen som')).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned alle data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^akan-utvalg-eksport-\d{4}-\d{2}-\d{2}\.akan$/);
    const exportFile = path.join(path.dirname(app.dataFile), download.suggestedFilename());
    await download.saveAs(exportFile);
    await expect(page.getByRole('status').filter({ hasText: 'Alle data er lastet ned som' })).toContainText(
      download.suggestedFilename(),
    );
    expect(fs.readFileSync(exportFile).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await app.invoke('units.create', { name: 'Lagt til etter eksporten' });

    const form = page.getByRole('form', { name: 'Importer data fra fil' });
    await form.getByRole('button', { name: 'Se hva filen inneholder' }).click();
    const summary = page.getByText('Rett opp dette før du lagrer:');
    await expect(summary).toBeVisible();
    await page.getByRole('link', { name: 'Velg eksportfilen (.akan) du vil importere.' }).click();
    const input = page.getByLabel('Filen som skal importeres');
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('type', 'file');
    await expect(input).toHaveAttribute('accept', '.akan');
    await checkScreen(page, 'sikkerhetskopier-import-uten-fil');

    // Keyboard only: the focused file input opens the system's file chooser, then Tab and Enter.
    const choosing = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await choosing).setFiles(exportFile);
    await page.keyboard.press('Tab');
    await expect(form.getByRole('button', { name: 'Se hva filen inneholder' })).toBeFocused();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Filen som skal importeres' });
    await expect(table).toContainText('Eksportfil');
    await expect(table).toContainText(/Enheter: \d+/);
    await expect(summary).toHaveCount(0);
    await checkScreen(page, 'sikkerhetskopier-import-fil');

    await table.getByRole('button', { name: 'Importer…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Importer filen' }).click();
    await expect(page.getByRole('status').first()).toContainText(
      `Dataene er importert fra ${download.suggestedFilename()}.`,
    );
    await expect(page.getByRole('status').first()).toContainText('tatt vare på i for-import-');
    const units = await app.invoke('units.list', {});
    expect(units.ok && units.value.map((u) => u.name)).not.toContain('Lagt til etter eksporten');
    expect(units.ok && units.value.length).toBeGreaterThan(0);
  });

  test('the change log lists who changed what and when, filtered by area, user and period', async ({ page, open }) => {
    await open('/innstillinger');
    await page.getByRole('link', { name: 'Se endringsloggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Endringslogg' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Endringer, nyeste først' });
    await expect(table).toContainText('Oppnevning registrert');
    await expect(table).toContainText('e2e');

    await field(page, 'Område', 'combobox').selectOption({ label: 'Oppnevninger' });
    await field(page, 'Bruker', 'combobox').selectOption('e2e');
    await page.getByRole('button', { name: 'Vis endringer' }).click();
    await expect(table).not.toContainText('Enhet opprettet');
    const areas = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(new Set(areas)).toEqual(new Set(['Oppnevninger']));
    await checkScreen(page, 'endringslogg');

    await field(page, 'Fra og med').fill('31.02.2026');
    await page.getByRole('button', { name: 'Vis endringer' }).click();
    await expect(page.getByText('Rett opp dette før du lagrer:')).toBeVisible();

    await field(page, 'Fra og med').fill('01.01.2020');
    await field(page, 'Til og med').fill('31.12.2020');
    await page.getByRole('button', { name: 'Vis endringer' }).click();
    await expect(page.getByText('Ingen endringer passer med filteret')).toBeVisible();
  });
});

test('a damaged data file shows the recovery screen; restoring the newest good backup opens the app', async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-e2e-gjenoppretting-'));
  const dataFile = path.join(dir, 'akan-utvalg.sqlite');
  const seeded = await openApp({ dataFile, today: TODAY, user: 'e2e', dailyBackups: false });
  await seedDemo(seeded, TODAY);
  await seeded.invoke('backups.create', {});
  seeded.close();
  fs.writeFileSync(dataFile, Buffer.alloc(16_384, 0x5a));

  const recovery = await openRecovery({ dataFile, today: TODAY, user: 'e2e', dailyBackups: false });
  const bridge = await startBridge({ app: recovery, staticDir: STATIC_DIR });
  try {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Datafilen kunne ikke åpnes' })).toBeVisible();
    await expect(page.getByText('Datafilen er skadet eller ikke en AKAN Utvalg-fil.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    await expect(table).toContainText('Nyeste brukbare');
    await expect(table).toContainText(/Oppnevninger: \d+/);
    await checkScreen(page, 'gjenoppretting');

    await table.getByRole('button', { name: 'Gjenopprett denne sikkerhetskopien' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toContainText('Eksempel kommune');
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('akan-utvalg.skadet-'))).toHaveLength(1);
  } finally {
    await bridge.close();
    recovery.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('another data file’s backup in the same folder is shown apart with its organisation, and restored only after a yes naming both', async ({
  page,
  open,
  app,
}) => {
  const folder = path.join(path.dirname(app.dataFile), 'backups');
  const neighbour = await openApp({
    dataFile: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'akan-e2e-nabo-')), 'akan.sqlite'),
    today: TODAY,
    user: 'e2e',
    dailyBackups: false,
  });
  await neighbour.invoke('settings.update', { organisationName: 'Nabokommunen', backupFolder: folder });
  await neighbour.invoke('units.create', { name: 'Nabokommunens enhet' });
  await neighbour.invoke('backups.create', {});
  neighbour.close();

  await open('/innstillinger/sikkerhetskopier');
  const own = page.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
  const others = page.getByRole('table', { name: 'Sikkerhetskopier av andre datafiler, nyeste først' });
  await expect(own).toContainText('Nyeste brukbare');
  await expect(others).toContainText('Nabokommunen');
  await expect(others).toContainText('Annen datafil');
  await expect(others).not.toContainText('Nyeste brukbare');
  await checkScreen(page, 'sikkerhetskopier-andre-datafiler');

  await others.getByRole('button', { name: 'Gjenopprett…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('en annen datafil, som tilhører «Nabokommunen»');
  await expect(dialog).toContainText('dataene til «Testkommune» erstattet');
  await dialog.getByRole('button', { name: 'Ja, erstatt dataene med denne sikkerhetskopien' }).click();
  await expect(page.getByRole('status')).toContainText('Dataene er gjenopprettet fra manuell-');
  const units = await app.invoke('units.list', {});
  expect(units.ok && units.value.map((u) => u.name)).toEqual(['Nabokommunens enhet']);
});
