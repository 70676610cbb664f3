import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { AppHandle } from '../../core/app';
import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';
import { chooseWithArrows, expectFocusKept, expectFocusWithin, retype, tabTo } from './keyboard';

/** Whole flows with Tab, Shift+Tab, Enter, Space and the arrow keys only, at 100 % and at 200 % zoom. */
const zooms = [
  { name: '100 %', viewport: { width: 1366, height: 768 } },
  { name: '200 %', viewport: { width: 683, height: 384 } },
];

const NEW = 'Nye individuelle Akan-avtaler';

async function units(app: AppHandle): Promise<void> {
  const sector = await app.invoke('units.create', { name: 'Helse og omsorg' });
  if (!sector.ok) throw new Error(sector.error.message);
  for (const name of ['Hjemmetjenesten', 'Sykehjemmet'])
    await app.invoke('units.create', { name, parentId: sector.value.id, headcount: 40, leaderCount: 3 });
  await app.invoke('units.create', { name: 'Stab', headcount: 12, leaderCount: 2 });
}

const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

for (const zoom of zooms) {
  const at = zoom.viewport.width;

  test.describe(`keyboard-only flows at ${zoom.name}`, () => {
    test.use({ viewport: zoom.viewport });

    test.describe('on an empty data file', () => {
      test.use({ organisationName: null });

      test('the first-start guide, from the organisation to Oversikt', async ({ page, bridge }) => {
        await page.goto(bridge.url);
        await expect(heading(page, 'Velkommen til AKAN Utvalg')).toBeVisible();
        const save = page.getByRole('button', { name: 'Lagre og gå videre' });
        await tabTo(page, save);
        await page.keyboard.press('Enter');
        const summary = page.locator('.error-summary-focus');
        await expectFocusWithin(summary);
        await expect(summary).toContainText('Skriv navnet på kommunen eller virksomheten.');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect(field(page, 'Navnet på kommunen eller virksomheten')).toBeFocused();
        await page.keyboard.type('Fjellbygd kommune');
        await page.keyboard.press('Enter');

        await expect(heading(page, 'AKAN-utvalget', 2)).toBeFocused();
        await expect(page.getByText('Steg 2 av 4')).toBeVisible();
        await tabTo(page, field(page, 'Navn'));
        await page.keyboard.type('Hilde Berg');
        await page.keyboard.press('Tab');
        await expect(field(page, 'Rolle i utvalget')).toBeFocused();
        await page.keyboard.type('Personal- og kompetanseleder');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('list', { name: 'Lagt til' })).toContainText(
          'Hilde Berg – Personal- og kompetanseleder',
        );
        await expect(field(page, 'Navn')).toBeFocused();
        await page.keyboard.type('Feil Person');
        await page.keyboard.press('Tab');
        await page.keyboard.type('Ruskonsulent');
        await page.keyboard.press('Enter');
        await expect(page.getByRole('list', { name: 'Lagt til' })).toContainText('Feil Person');
        await tabTo(page, page.getByRole('button', { name: 'Fjern Feil Person' }), { back: true });
        await page.keyboard.press('Enter');
        await expect(page.getByRole('list', { name: 'Lagt til' })).not.toContainText('Feil Person');
        await expectFocusKept(page);
        await checkScreen(page, `tastatur-oppstart-utvalg-${at}`);
        await tabTo(page, page.getByRole('button', { name: 'Gå videre', exact: true }));
        await page.keyboard.press('Enter');

        await expect(heading(page, 'Hovedkontakten', 2)).toBeFocused();
        await tabTo(page, field(page, 'Navn'));
        await page.keyboard.type('Anne Lie');
        await tabTo(page, field(page, 'Funksjonsperioden starter'));
        await page.keyboard.type('1.3.25');
        await checkScreen(page, `tastatur-oppstart-hovedkontakt-${at}`);
        await page.keyboard.press('Enter');

        await expect(heading(page, 'Enhetene', 2)).toBeFocused();
        await expect(page.getByText('Steg 4 av 4')).toBeVisible();
        await checkScreen(page, `tastatur-oppstart-enheter-${at}`);
        await tabTo(page, page.getByRole('button', { name: 'Gå til oversikten' }));
        await page.keyboard.press('Enter');

        await expect(heading(page, 'Oversikt')).toBeFocused();
        await expect(page.getByText(/Funksjonsperioden til Anne Lie går ut 28\.02\.2027/)).toBeVisible();
        await checkScreen(page, `tastatur-oppstart-oversikt-${at}`);
      });
    });

    test('a training: planned, opened, recorded as held with counts', async ({ page, open, app }) => {
      test.slow();
      await units(app);
      await open('/opplaering');
      await tabTo(page, page.getByRole('link', { name: 'Planlegg opplæring' }).first());
      await page.keyboard.press('Enter');
      await expect(heading(page, 'Planlegg opplæring')).toBeFocused();
      const topic = field(page, 'Emne', 'combobox');
      await tabTo(page, topic);
      await chooseWithArrows(page, topic, 'AKAN-introduksjon for nyansatte');
      await tabTo(page, page.getByRole('checkbox', { name: 'Nyansatte', exact: true }));
      await page.keyboard.press('Space');
      await tabTo(page, field(page, 'Dato'));
      await page.keyboard.type('10.11.2026');
      await tabTo(page, field(page, 'Fra kl.'));
      await page.keyboard.type('13');
      await page.keyboard.press('Tab');
      await page.keyboard.type('14:30');
      await checkScreen(page, `tastatur-opplaering-ny-${at}`);
      await page.keyboard.press('Enter');

      await expect(page.getByRole('status')).toContainText('«AKAN-introduksjon for nyansatte» er lagret.');
      await expect(page.getByRole('status')).toBeFocused();
      await tabTo(page, page.getByRole('link', { name: 'Tilbake til opplæringene' }));
      await page.keyboard.press('Enter');
      await expect(heading(page, 'Opplæring')).toBeFocused();
      await tabTo(page, page.getByRole('link', { name: /^AKAN-introduksjon for nyansatte/ }));
      await page.keyboard.press('Enter');
      await expect(heading(page, 'AKAN-introduksjon for nyansatte')).toBeFocused();
      await tabTo(page, page.getByRole('link', { name: 'Registrer gjennomføring' }));
      await page.keyboard.press('Enter');

      await expect(heading(page, 'Gjennomføring: AKAN-introduksjon for nyansatte')).toBeFocused();
      const addUnit = field(page, 'Legg til en enhet', 'combobox');
      await tabTo(page, addUnit);
      await chooseWithArrows(page, addUnit, 'Helse og omsorg › Hjemmetjenesten');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Legg til enheten' })).toBeFocused();
      await page.keyboard.press('Enter');
      const cell = page.getByRole('textbox', { name: 'Nyansatte fra Hjemmetjenesten' });
      await expect(cell).toBeFocused();
      await page.keyboard.type('-4');
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary-focus');
      await expectFocusWithin(summary);
      await expect(summary).toContainText('Hjemmetjenesten, nyansatte: Antall deltakere kan ikke være negativt.');
      await checkScreen(page, `tastatur-opplaering-feil-${at}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(cell).toBeFocused();
      await retype(page, '4');
      await tabTo(page, field(page, 'Snittkarakter'));
      await page.keyboard.type('4,5');
      await page.keyboard.press('Enter');

      const saved = page.getByRole('status');
      await expect(saved).toContainText('er registrert som gjennomført med 4 deltakere');
      await expect(saved).toBeFocused();
      await expect(page.getByText('Snittkarakter: 4,5 av 5.')).toBeVisible();
      await checkScreen(page, `tastatur-opplaering-gjennomfort-${at}`);
    });

    test('a statistics quarter: numbers typed in the grid, saved and confirmed', async ({ page, open, app }) => {
      await units(app);
      await open('/statistikk');
      await tabTo(page, page.getByRole('button', { name: 'Skjønner, ikke vis igjen' }));
      await page.keyboard.press('Enter');
      await expectFocusKept(page);
      const quarter = field(page, 'Kvartal', 'combobox');
      await tabTo(page, quarter);
      await chooseWithArrows(page, quarter, 'K3');
      await expect(page.getByRole('table', { name: /Antall per enhet i K3 2026/ })).toBeVisible();
      await tabTo(page, page.getByRole('textbox', { name: `${NEW}, Hjemmetjenesten` }));
      await page.keyboard.type('4');
      await tabTo(page, page.getByRole('textbox', { name: `${NEW}, Sykehjemmet` }));
      await page.keyboard.type('2,5');
      await page.keyboard.press('Enter');
      const summary = page.locator('.error-summary-focus');
      await expectFocusWithin(summary);
      await expect(summary).toContainText(`Sykehjemmet, ${NEW}: skriv et helt tall, uten desimaler.`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('textbox', { name: `${NEW}, Sykehjemmet` })).toBeFocused();
      await retype(page, '3');
      await tabTo(page, page.getByRole('textbox', { name: `${NEW}, Stab` }));
      await page.keyboard.type('5');
      await expect(page.getByText('Du har endret 3 tall. Husk å lagre.')).toBeVisible();
      await checkScreen(page, `tastatur-statistikk-${at}`);
      await tabTo(page, page.getByRole('button', { name: 'Lagre tallene for K3 2026' }));
      await page.keyboard.press('Enter');

      const saved = page.getByRole('status').filter({ hasText: 'Tallene for K3 2026 er lagret.' });
      await expect(saved).toContainText(`Sykehjemmet, ${NEW}: ikke rapportert → 3`);
      await expect(saved).toBeFocused();
      await checkScreen(page, `tastatur-statistikk-lagret-${at}`);
    });

    test('the report: the summary written and saved, the workbook downloaded', async ({ page, open }) => {
      await open('/rapport');
      const text = page.getByRole('textbox', { name: 'Utvalgets oppsummering av 2026' });
      await tabTo(page, text);
      await page.keyboard.type('Et år med mange kurs for ledere.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Neste år vil vi nå Stab.');
      await expect(page.getByText('Oppsummeringen har endringer som ikke er lagret.')).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Lagre oppsummering' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByText('Oppsummeringen er lagret.')).toBeVisible();
      await expectFocusKept(page);
      await checkScreen(page, `tastatur-rapport-${at}`);

      const tabs = page.getByRole('tablist', { name: 'Arkene i årsrapporten' });
      await tabTo(page, tabs.getByRole('tab', { selected: true }));
      await page.keyboard.press('ArrowRight');
      await expect(tabs.getByRole('tab', { name: 'Opplæring' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(tabs.getByRole('tab', { name: 'Opplæring' })).toHaveAttribute('aria-selected', 'true');
      await expect(
        page.getByRole('table', { name: 'Gjennomførte opplæringer og deltakere per kvartal' }),
      ).toBeVisible();

      await tabTo(page, page.getByRole('button', { name: 'Last ned årsrapport' }), { back: true });
      const downloading = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('AKAN-årsrapport-2026-Testkommune.xlsx');
      expect(
        fs
          .readFileSync(await download.path())
          .subarray(0, 2)
          .toString('latin1'),
      ).toBe('PK');
      await expect(page.getByRole('status').filter({ hasText: 'Årsrapporten er lastet ned' })).toBeVisible();
      await expectFocusKept(page);
      await checkScreen(page, `tastatur-rapport-lastet-ned-${at}`);
    });
  });
}

test('a session marked held by mistake is set back to planned, and the message takes the focus', async ({
  page,
  open,
  app,
}) => {
  const topics = await app.invoke('trainingTopics.list', undefined);
  if (!topics.ok) throw new Error(topics.error.message);
  const planned = await app.invoke('trainings.create', {
    topicId: topics.value[0]!.id,
    audiences: ['leaders'],
    start: '2026-11-10T09:00',
    end: '2026-11-10T12:00',
  });
  if (!planned.ok) throw new Error(planned.error.message);
  const held = await app.invoke('trainings.recordHeld', {
    id: planned.value.id,
    version: planned.value.version,
    participants: [],
  });
  expect(held.ok).toBe(true);
  await open(`/opplaering/${planned.value.id}`);
  await tabTo(page, page.getByRole('button', { name: 'Sett tilbake til planlagt' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Opplæringen er satt tilbake til planlagt.' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Sett tilbake til planlagt' })).toHaveCount(0);
});

/** A filter chosen with the arrow keys reloads its list; the select keeps the focus for the next key. */
const filters = [
  { route: '/opplaering', filter: 'Status', option: 'Gjennomført' },
  { route: '/opplaering', filter: 'År', option: '2022' },
  { route: '/informasjonstiltak', filter: 'År', option: '2025' },
  { route: '/informasjonstiltak', filter: 'Status', option: 'Gjennomført' },
  { route: '/amu', filter: 'År', option: '2025' },
  { route: '/oppnevninger', filter: 'Vis', option: 'Alle' },
  { route: '/plan', filter: 'År', option: '2027' },
  { route: '/statistikk/publisering', filter: 'Rader', option: 'Per enhet, med sum per sektor' },
];

test.describe('filters keep the focus while their list reloads', () => {
  test.use({ demo: true });
  for (const { route, filter, option } of filters) {
    test(`${route}: ${filter}`, async ({ page, open }) => {
      await open(route);
      const select = field(page, filter, 'combobox');
      await tabTo(page, select, { max: 80 });
      await chooseWithArrows(page, select, option);
    });
  }
});

test('the next page of a long list keeps the focus on «Neste side», which stays reachable on the last page', async ({
  page,
  open,
  app,
}) => {
  const topics = await app.invoke('trainingTopics.list', undefined);
  if (!topics.ok) throw new Error(topics.error.message);
  for (let day = 0; day < 201; day++) {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    const created = await app.invoke('trainings.create', {
      topicId: topics.value[0]!.id,
      audiences: ['leaders'],
      start: `${date}T09:00`,
      end: `${date}T10:00`,
    });
    if (!created.ok) throw new Error(created.error.message);
  }
  await open('/opplaering?aar=alle');
  const pager = page.getByRole('navigation', { name: 'Sider i listen' });
  const next = pager.getByRole('button', { name: 'Neste side' });
  await tabTo(page, next, { max: 400 });
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Side 2 av 2');
  await expect(next).toBeFocused();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(pager).toContainText('Side 2 av 2');
  await page.keyboard.press('Shift+Tab');
  await expect(pager.getByRole('button', { name: 'Forrige side' })).toBeFocused();
});

/** Each area's main screen on a fresh data file: what is empty says what to do first, and the keyboard gets there. */
const emptyScreens = [
  {
    route: '/opplaering',
    empty: 'Ingen opplæringer er registrert ennå',
    action: 'Planlegg opplæring',
    next: 'Planlegg opplæring',
  },
  { route: '/opplaering/dekning', empty: 'Ingen enheter er registrert', action: 'Registrer enhet', next: 'Ny enhet' },
  {
    route: '/informasjonstiltak',
    empty: 'Ingen informasjonstiltak i 2026',
    action: 'Registrer informasjonstiltak',
    next: 'Nytt informasjonstiltak',
  },
  { route: '/statistikk', empty: 'Ingen enheter ennå', action: 'Registrer den første enheten', next: 'Ny enhet' },
  {
    route: '/statistikk/publisering',
    empty: 'Ingen tall er registrert for 2026',
    action: 'Registrer tall',
    next: 'Statistikk',
  },
  {
    route: '/plan',
    empty: 'Ingen punkter i planen for 2026',
    action: 'Nytt punkt i planen',
    next: 'Nytt punkt i planen',
  },
  { route: '/amu', empty: 'Ingen AMU-saker er registrert', action: 'Registrer AMU-sak', next: 'Ny AMU-sak' },
  {
    route: '/oppnevninger',
    empty: 'Ingen hovedkontakt er registrert',
    action: 'Registrer hovedkontakt',
    next: 'Ny oppnevning',
  },
  {
    route: '/oppnevninger',
    empty: 'Ingen utvalgsmedlemmer er registrert',
    action: 'Legg til utvalgsmedlem',
    next: 'Nytt utvalgsmedlem',
  },
  { route: '/enheter', empty: 'Ingen enheter er registrert', action: 'Ny enhet', next: 'Ny enhet' },
];

test.describe('every empty screen offers its first action', () => {
  for (const screen of emptyScreens) {
    test(`${screen.route}: «${screen.empty}» → «${screen.action}»`, async ({ page, open }) => {
      await open(screen.route);
      const card = page.locator('.empty-state').filter({ hasText: screen.empty });
      await expect(card).toBeVisible();
      await tabTo(page, card.getByRole('link', { name: screen.action }), { max: 80 });
      await page.keyboard.press('Enter');
      await expect(heading(page, screen.next)).toBeFocused();
    });
  }

  test('Oversikt on a fresh data file leads to the hovedkontakt first', async ({ page, open }) => {
    await open('/oversikt');
    await tabTo(page, page.getByRole('link', { name: 'Registrer ny hovedkontakt' }));
    await page.keyboard.press('Enter');
    await expect(heading(page, 'Ny oppnevning')).toBeFocused();
  });
});
