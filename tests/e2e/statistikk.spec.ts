import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';
import type { AppHandle } from '../../core/app';
import { ok } from '../support/app';

const NEW = 'Nye individuelle Akan-avtaler';
const COMPLETED = 'Avsluttede Akan-avtaler – fullført';
const BROKEN = 'Avsluttede Akan-avtaler – avbrutt eller overført til personalsak';
const ACTIVE = 'Aktive Akan-avtaler ved periodens slutt';

async function units(app: AppHandle): Promise<void> {
  const sector = await app.invoke('units.create', { name: 'Helse og omsorg' });
  if (!sector.ok) throw new Error(sector.error.message);
  for (const name of ['Hjemmetjenesten', 'Sykehjemmet'])
    await app.invoke('units.create', { name, parentId: sector.value.id });
  await app.invoke('units.create', { name: 'Stab' });
}

test.describe('Statistikk', () => {
  test('the privacy reminder is shown once; bad numbers get a message at their cell and the summary moves focus to it', async ({
    page,
    open,
    app,
  }) => {
    await units(app);
    await open('/statistikk');
    const reminder = page.getByText(/Skriv aldri navn eller noe annet som kan peke ut en ansatt/);
    await expect(reminder).toBeVisible();
    await checkScreen(page, 'statistikk-registrering');
    await page.getByRole('button', { name: 'Skjønner, ikke vis igjen' }).click();
    await expect(reminder).toBeHidden();
    await page.reload();
    await expect(page.getByRole('table', { name: /Antall per enhet i K4 2026/ })).toBeVisible();
    await expect(reminder).toBeHidden();

    await field(page, 'Kvartal', 'combobox').selectOption({ label: 'K2' });
    await expect(page.getByRole('table', { name: /Antall per enhet i K2 2026/ })).toBeVisible();
    const stab = page.getByRole('textbox', { name: `${NEW}, Stab` });
    await page.getByRole('textbox', { name: `${NEW}, Hjemmetjenesten` }).fill('-1');
    await stab.fill('2,5');
    await page.getByRole('button', { name: 'Lagre tallene for K2 2026' }).click();
    const link = page.getByRole('link', { name: `Stab, ${NEW}: skriv et helt tall, uten desimaler.` });
    await expect(link).toBeVisible();
    await expect(
      page.getByRole('link', { name: `Hjemmetjenesten, ${NEW}: tallet kan ikke være negativt.` }),
    ).toBeVisible();
    await expect(stab).toHaveAttribute('aria-invalid', 'true');
    await link.click();
    await expect(stab).toBeFocused();
    await expect(stab).toHaveValue('2,5');
    await checkScreen(page, 'statistikk-feil');

    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await field(page, 'Kvartal', 'combobox').selectOption({ label: 'K1' });
    expect(question).toBe('Du har endret tall som ikke er lagret. Vil du forlate dem uten å lagre?');
    await expect(stab).toHaveValue('2,5');
  });

  test('a quarter entered in the grid is published with its small count hidden', async ({ page, open, app }) => {
    test.slow();
    await units(app);
    await open('/statistikk?aar=2026&kvartal=3');
    await expect(page.getByText('3 av 3 enheter har ikke rapportert for K3 2026.')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Stab Ikke rapportert' })).toBeVisible();
    await page.getByRole('textbox', { name: `${NEW}, Hjemmetjenesten` }).fill('1');
    await page.getByRole('textbox', { name: `${NEW}, Sykehjemmet` }).fill('7');
    await page.getByRole('textbox', { name: `${NEW}, Stab` }).fill('5');
    await expect(page.getByText('Du har endret 3 tall. Husk å lagre.')).toBeVisible();
    await expect(page.getByRole('row', { name: /^Helse og omsorg \(sum\)/ })).toContainText('8');
    await page.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
    const saved = page.getByRole('status');
    await expect(saved).toContainText('Tallene for K3 2026 er lagret. 3 tall ble endret:');
    await expect(saved).toContainText(`Hjemmetjenesten, ${NEW}: ikke rapportert → 1`);
    await expect(page.getByText('Du har ikke endret noen tall.')).toBeVisible();
    await expect(page.getByText('Alle 3 enhetene har rapportert for K3 2026.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: `${NEW}, Hjemmetjenesten` })).toHaveValue('1');

    await page.getByRole('link', { name: 'Publisering' }).click();
    await field(page, 'Rader', 'combobox').selectOption({ label: 'Per enhet, med sum per sektor' });
    const table = page.getByRole('table', { name: `${NEW} 2026 per kvartal og enhet` });
    await expect(table).toBeVisible();
    await expect(
      table
        .getByRole('row', { name: /^Hjemmetjenesten/ })
        .getByRole('cell')
        .nth(2),
    ).toHaveText(/^\*/);
    await expect(table.getByRole('row', { name: /^Stab/ }).getByRole('cell').nth(2)).toHaveText('5');
    await expect(
      page.getByText(/^\* Skjermet: færre enn 3, eller skjult for at slike tall ikke skal kunne regnes ut\.$/).first(),
    ).toBeVisible();
    // K1 was never reported: «..», not 0, and the note says so.
    await expect(table.getByRole('row', { name: /^Stab/ }).getByRole('cell').nth(0)).toHaveText(/^\.\./);
    await expect(
      page.getByText(/^\.\. Ikke rapportert\. .* mangler tall for ett eller flere kvartaler/).first(),
    ).toBeVisible();
    await checkScreen(page, 'statistikk-publisering');
  });

  test('the indicator catalogue: add one, and archive it', async ({ page, open }) => {
    await open('/statistikk/indikatorer');
    await expect(page.getByRole('table', { name: 'Indikatorer' })).toContainText(
      'Henvendelser til hovedkontakt/AKAN-kontakt',
    );
    // The relation between the indicators is part of the catalogue.
    await expect(
      page
        .getByRole('table', { name: 'Indikatorer' })
        .getByRole('row', { name: /^Aktive Akan-avtaler ved periodens slutt/ }),
    ).toContainText(
      '= slutten av perioden før + «Nye individuelle Akan-avtaler» − «Avsluttede Akan-avtaler – fullført» − «Avsluttede Akan-avtaler – avbrutt eller overført til personalsak»',
    );
    await checkScreen(page, 'statistikk-indikatorer');
    await field(page, 'Navn').fill('Deltakere på AKAN-samling');
    await field(page, 'Hva telles').fill('Antall som deltok på samlinger for AKAN-kontakter.');
    await page.getByRole('button', { name: 'Legg til indikator' }).click();
    await expect(page.getByRole('status')).toContainText('Indikatoren «Deltakere på AKAN-samling» er lagt til.');
    await page.getByRole('link', { name: 'Deltakere på AKAN-samling' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Indikator: Deltakere på AKAN-samling' })).toBeVisible();
    await checkScreen(page, 'statistikk-indikator');
    await page.getByRole('button', { name: 'Arkiver indikatoren' }).click();
    await expect(page.getByRole('button', { name: 'Hent fram indikatoren' })).toBeVisible();
  });
});

test.describe('Statistikk: the relation between the indicators', () => {
  test('numbers that break «active = before + new − ended» get a calm note as they are typed, and are stored anyway', async ({
    page,
    open,
    app,
  }) => {
    await units(app);
    const indicators = await app.invoke('statisticsIndicators.list', {});
    const stabs = await app.invoke('units.list', {});
    if (!indicators.ok || !stabs.ok) throw new Error('no catalogue');
    const id = (name: string) => indicators.value.find((i) => i.name === name)!.id;
    const stab = stabs.value.find((u) => u.name === 'Stab')!.id;
    const k1 = await app.invoke('statistics.saveQuarter', {
      year: 2026,
      quarter: 1,
      counts: [
        { unitId: stab, indicatorId: id(NEW), value: 2 },
        { unitId: stab, indicatorId: id(COMPLETED), value: 0 },
        { unitId: stab, indicatorId: id(BROKEN), value: 0 },
        { unitId: stab, indicatorId: id(ACTIVE), value: 2 },
      ],
    });
    expect(k1.ok).toBe(true);
    await open('/statistikk?aar=2026&kvartal=2');
    const cell = (indicator: string) => page.getByRole('textbox', { name: `${indicator}, Stab` });
    await cell(NEW).fill('1');
    await cell(COMPLETED).fill('0');
    await cell(BROKEN).fill('0');
    await cell(ACTIVE).fill('1');
    const note = page.getByRole('heading', { name: 'Noen tall stemmer ikke med hverandre' });
    await expect(note).toBeVisible();
    await expect(
      page.getByText(
        `Stab: «${ACTIVE}» ved slutten av K2 2026 er 1, men stemmer ikke med K1 2026 (2) + «${NEW}» (1) − «${COMPLETED}» (0) − «${BROKEN}» (0) = 3. Tallene lagres likevel – sjekk dem gjerne.`,
      ),
    ).toBeVisible();
    await checkScreen(page, 'statistikk-sammenheng');
    await cell(ACTIVE).fill('3');
    await expect(note).toBeHidden();
    await cell(ACTIVE).fill('1');
    await expect(note).toBeVisible();
    await page.getByRole('button', { name: 'Lagre tallene for K2 2026' }).click();
    await expect(page.getByRole('status')).toContainText('Tallene for K2 2026 er lagret. 4 tall ble endret:');
    await expect(cell(ACTIVE)).toHaveValue('1');
  });
});

test.describe('Statistikk with demo data', () => {
  test.use({ demo: true });

  test('a table with too many hidden cells offers the coarser one', async ({ page, open }) => {
    test.slow();
    await open('/statistikk/publisering?aar=2025&inndeling=kvartal&rader=enheter');
    await expect(page.getByRole('heading', { name: 'For mange tall er skjult' })).toBeVisible();
    await checkScreen(page, 'statistikk-publisering-demo');
    await page.getByRole('button', { name: 'Vis for hele kommunen' }).click();
    await expect(page.getByRole('table', { name: `${NEW} 2025 per kvartal, hele kommunen` })).toBeVisible();
    await expect(field(page, 'Rader', 'combobox')).toHaveValue('kommunen');
    await checkScreen(page, 'statistikk-publisering-kommunen');
  });

  test('the year’s other views are read ahead, so choosing one shows its tables without asking again', async ({
    page,
    open,
  }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/statistics.publish')) asked.push(request.postData() ?? '');
    });
    await open('/statistikk/publisering?aar=2025&inndeling=kvartal&rader=kommunen');
    await expect(page.getByRole('table', { name: `${NEW} 2025 per kvartal, hele kommunen` })).toBeVisible();
    const views = () => new Set(asked.map((body) => JSON.stringify(JSON.parse(body) as unknown))).size;
    await expect.poll(views).toBe(4);
    // From now on the core answers nothing: what is shown comes from what was read ahead.
    await page.route('**/api/statistics.publish', () => undefined);
    await field(page, 'Kolonner', 'combobox').selectOption('aar');
    await expect(page.getByRole('table', { name: `${NEW} 2025, hele kommunen` })).toBeVisible();
    await field(page, 'Rader', 'combobox').selectOption('enheter');
    await expect(page.getByRole('table', { name: `${NEW} 2025 per enhet` })).toBeVisible();
  });
});

test.describe('Statistikk in a large municipality', () => {
  test('the quarter is entered a sector at a time, opening on the first with units that have not reported', async ({
    page,
    open,
    app,
  }) => {
    const indicators = await ok(app, 'statisticsIndicators.list', {});
    const sectors: Record<string, number[]> = {};
    const sectorIds: Record<string, number> = {};
    for (const name of ['Helse', 'Oppvekst', 'Teknisk']) {
      const sector = await ok(app, 'units.create', { name });
      sectorIds[name] = sector.id;
      sectors[name] = [];
      for (let i = 1; i <= 10; i++)
        sectors[name].push((await ok(app, 'units.create', { name: `${name} ${i}`, parentId: sector.id })).id);
    }
    await ok(app, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 3,
      counts: sectors.Helse!.flatMap((unitId) => indicators.map((i) => ({ unitId, indicatorId: i.id, value: 1 }))),
    });
    await open('/statistikk?aar=2026&kvartal=3');
    const sector = field(page, 'Sektor', 'combobox');
    await expect(sector).toHaveValue(String(sectorIds.Oppvekst));
    await expect(page.getByRole('table', { name: /Antall per enhet i Oppvekst, K3 2026/ })).toBeVisible();
    await expect(
      page.getByText(
        '20 av 30 enheter har ikke rapportert for K3 2026. I Oppvekst har 10 av 10 enheter ikke rapportert.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: `${NEW}, Helse 1`, exact: true })).toHaveCount(0);
    await checkScreen(page, 'statistikk-sektor');

    await page.getByRole('textbox', { name: `${NEW}, Oppvekst 1`, exact: true }).fill('3');
    await page.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
    await expect(page.getByRole('status')).toContainText('Tallene for K3 2026 er lagret. 1 tall ble endret:');
    // The sector stays on screen after the save, and the counts follow.
    await expect(
      page.getByText(/19 av 30 enheter har ikke rapportert for K3 2026\. I Oppvekst har 9 av 10/),
    ).toBeVisible();
    await sector.selectOption({ label: 'Helse (alle har rapportert)' });
    await expect(page.getByRole('textbox', { name: `${NEW}, Helse 1`, exact: true })).toHaveValue('1');
    const whole = await ok(app, 'statistics.quarter', { year: 2026, quarter: 3 });
    expect(whole.values.filter((v) => v.value === 1)).toHaveLength(10 * indicators.length);
  });
});
