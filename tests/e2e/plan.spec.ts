import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';

test.describe('Plan', () => {
  test('an item added to the year counts as planned, and as done when its status says so', async ({
    page,
    open,
    app,
  }) => {
    await app.invoke('committee.create', { name: 'Tor Haugen', committeeRole: 'Ruskonsulent' });
    await open('/plan');
    await expect(page.getByText('Ingen punkter i planen for 2026')).toBeVisible();
    await checkScreen(page, 'plan-tom');

    await page.getByRole('link', { name: 'Nytt punkt i planen' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt punkt i planen' })).toBeVisible();
    await field(page, 'Aktivitet').fill('Kurs i Den nødvendige samtalen for nye ledere');
    await field(page, 'Type', 'combobox').selectOption({ label: 'Opplæring' });
    await field(page, 'Ansvarlig', 'combobox').selectOption({ label: 'Tor Haugen (Ruskonsulent)' });
    await field(page, 'Eller kvartal', 'combobox').selectOption({ label: 'K4' });
    await checkScreen(page, 'plan-ny');
    await page.getByRole('button', { name: 'Lagre punktet' }).click();

    await expect(page.getByRole('status')).toContainText('er lagret i planen for 2026');
    await expect(page.getByText('0 av 1 planlagte punkter er fullført (0 %).')).toBeVisible();
    const table = page.getByRole('table', { name: 'Punkter i planen for 2026' });
    await expect(table).toContainText('K4 2026');
    await expect(table).toContainText('Ikke startet');

    await table.getByRole('link', { name: 'Kurs i Den nødvendige samtalen for nye ledere' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Kurs i Den nødvendige samtalen for nye ledere' }),
    ).toBeVisible();
    await checkScreen(page, 'plan-endre');
    await field(page, 'Status', 'combobox').selectOption({ label: 'Fullført' });
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    await expect(page.getByText('1 av 1 planlagte punkter er fullført (100 %).')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
    await checkScreen(page, 'plan');
  });

  test('bad input gets field messages and keeps what was typed', async ({ page, open }) => {
    await open('/plan/ny');
    await field(page, 'Aktivitet').fill('Revidere rusmiddelpolicyen');
    await field(page, 'Dato').fill('15.01.2027');
    await field(page, 'Merknader').fill('Spør 150765 00565');
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    await expect(page.getByRole('link', { name: /fødselsnummer/ })).toBeVisible();
    await field(page, 'Merknader').fill('Spør personalsjefen');
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    await expect(
      page.getByRole('link', { name: 'Fristen må ligge i 2026. Velg en dato i 2026, eller endre året.' }),
    ).toBeVisible();
    await field(page, 'Eller kvartal', 'combobox').selectOption({ label: 'K1' });
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    await expect(page.getByRole('link', { name: 'Velg enten en frist eller et kvartal, ikke begge.' })).toBeVisible();
    await expect(field(page, 'Aktivitet')).toHaveValue('Revidere rusmiddelpolicyen');
    await expect(field(page, 'Dato')).toHaveValue('15.01.2027');
    await checkScreen(page, 'plan-feil');

    await field(page, 'År', 'combobox').selectOption('2027');
    await field(page, 'Eller kvartal', 'combobox').selectOption({ label: 'Ikke valgt' });
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    await expect(page.getByRole('status')).toContainText('«Revidere rusmiddelpolicyen» er lagret i planen for 2027.');
    await expect(page.getByRole('table', { name: 'Punkter i planen for 2027' })).toContainText('15.01.2027');
  });

  test('linking a completed campaign marks the item done', async ({ page, open, app }) => {
    const themes = await app.invoke('campaignThemes.list', {});
    if (!themes.ok) throw new Error(themes.error.message);
    await app.invoke('campaigns.create', {
      title: 'Spillevett på jobben',
      themeId: themes.value[0]!.id,
      channels: ['poster'],
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      status: 'completed',
    });
    await open('/plan/ny');
    await field(page, 'Aktivitet').fill('Kampanje om pengespill');
    await field(page, 'Informasjonstiltak i 2026', 'combobox').selectOption({
      label: 'Spillevett på jobben (01.03.2026, gjennomført)',
    });
    await page.getByRole('button', { name: 'Lagre punktet' }).click();
    const table = page.getByRole('table', { name: 'Punkter i planen for 2026' });
    await expect(table).toContainText('Fullført');
    await expect(table).toContainText('Tiltaket «Spillevett på jobben» er gjennomført.');
    await expect(page.getByText('1 av 1 planlagte punkter er fullført (100 %).')).toBeVisible();
  });
});

test.describe('with demo data', () => {
  test.use({ demo: true });

  test('planned against done, overdue items, and carrying unfinished items over once', async ({ page, open }) => {
    await open('/plan');
    await expect(page.getByRole('heading', { level: 2, name: 'Framdrift 2026' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Punkter i planen for 2026' });
    await expect(table.getByText('Forsinket')).toHaveCount(1);
    await expect(table).toContainText('Tiltaket «Ny rusmiddelpolicy presentert» er gjennomført.');
    await expect(table).toContainText('Kartlegge AKAN-kontakter i alle enheter');
    await checkScreen(page, 'plan-demo');

    await page.getByRole('button', { name: 'Kopier uferdige punkter til 2027' }).click();
    await expect(page.getByRole('status')).toContainText(/\d+ punkter er kopiert til 2027\./);
    await page.getByRole('button', { name: 'Kopier uferdige punkter til 2027' }).click();
    await expect(page.getByRole('status')).toContainText('Ingen nye punkter ble kopiert til 2027.');
    await expect(table.getByText('(kopiert til 2027)').first()).toBeVisible();

    await page.getByRole('link', { name: 'Se planen for 2027' }).click();
    const next = page.getByRole('table', { name: 'Punkter i planen for 2027' });
    await expect(next).toContainText('Oppdatere AKAN-sidene på intranettet');
    await expect(next.getByText('Oppdatere AKAN-sidene på intranettet')).toHaveCount(1);

    await field(page, 'År', 'combobox').selectOption('2025');
    await expect(page.getByRole('heading', { level: 2, name: 'Framdrift 2025' })).toBeVisible();
    await expect(page.getByText('3 av 4 planlagte punkter er fullført (75 %).')).toBeVisible();
  });
});
