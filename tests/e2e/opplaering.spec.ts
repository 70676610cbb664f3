import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { ok } from '../support/app';
import { checkScreen, expect, test } from './fixtures';

// Demo data relative to 23.11.2026: Vei og park (3 leaders) has had no "Den nødvendige samtalen" in the last three years.

async function readDownload(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** A unit's row; units below a sector are named with their place («Vei og park (under Teknisk drift)»). */
const coverageRow = (page: Page, unit: string) =>
  page.getByRole('row', { name: new RegExp(`^${unit}( \\(under|$| )`) });

test.describe('Opplæring with demo data', () => {
  test.use({ demo: true });

  test('plan a session, record it as held with counts, see the coverage change and export the calendar', async ({
    page,
    open,
  }) => {
    test.slow(); // the whole flow, with five screens checked by axe
    await open('/opplaering/dekning');
    await expect(
      page.getByText('Teller gjennomførte opplæringer fra og med 23.11.2023 til og med 23.11.2026'),
    ).toBeVisible();
    await expect(coverageRow(page, 'Vei og park').getByRole('cell').nth(3)).toHaveText('0 %');
    await expect(
      page.getByRole('region', { name: /Ikke nådd/ }).getByText('Teknisk drift › Vei og park'),
    ).toBeVisible();
    await checkScreen(page, 'opplaering-dekning');

    await open('/opplaering');
    await checkScreen(page, 'opplaering-liste');
    await page.getByRole('link', { name: 'Planlegg opplæring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planlegg opplæring' })).toBeVisible();
    await page.getByLabel('Emne').selectOption({ label: 'Den nødvendige samtalen' });
    await page.getByLabel('Tittel').fill('Lederkurs for Vei og park');
    await page.getByRole('checkbox', { name: 'Ledere', exact: true }).check();
    await page.getByRole('textbox', { name: /^Dato/ }).fill('10.11.2026');
    await page.getByRole('textbox', { name: /^Fra kl/ }).fill('9');
    await page.getByRole('textbox', { name: /^Til kl/ }).fill('12:00');
    await page.getByLabel('Antall plasser').fill('2');
    await page.getByRole('checkbox', { name: 'Teknisk drift › Vei og park' }).check();
    await checkScreen(page, 'opplaering-ny');
    await page.getByRole('button', { name: 'Lagre opplæring' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Lederkurs for Vei og park' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('«Lederkurs for Vei og park» er lagret.');
    await expect(page.getByText('10.11.2026 kl. 09:00–12:00').first()).toBeVisible();

    await page.getByRole('link', { name: 'Registrer gjennomføring' }).click();
    await page.getByRole('textbox', { name: 'Ledere fra Vei og park' }).fill('3');
    await page.getByLabel('Snittkarakter').fill('4,5');
    await expect(page.getByRole('table', { name: /Antall deltakere/ })).toContainText('3 av 2 plasser');
    await checkScreen(page, 'opplaering-gjennomfort');
    await page.getByRole('button', { name: 'Lagre gjennomføring' }).click();

    await expect(page.getByRole('status')).toContainText('er registrert som gjennomført med 3 deltakere');
    await expect(
      page.getByText('Det er registrert 3 deltakere, men opplæringen har 2 plasser. Sjekk tallene – de er lagret.'),
    ).toBeVisible();
    await expect(page.getByText('Snittkarakter: 4,5 av 5.')).toBeVisible();
    await checkScreen(page, 'opplaering-detalj');

    const single = await readDownload(page, () =>
      page.getByRole('button', { name: 'Last ned til kalenderen' }).click(),
    );
    expect(single.name).toBe('opplaering-2026-11-10-lederkurs-for-vei-og-park.ics');
    const [event] = events(single.text);
    expect(event?.getFirstPropertyValue('summary')).toBe('Lederkurs for Vei og park');
    expect(String(event?.getFirstPropertyValue('uid'))).toMatch(/^training-\d+-[0-9a-f]{16}@akan-utvalg$/);

    await open('/opplaering/dekning');
    await expect(coverageRow(page, 'Vei og park').getByRole('cell').nth(2)).toHaveText('3');
    await expect(coverageRow(page, 'Vei og park').getByRole('cell').nth(3)).toHaveText('100 %');
    await expect(page.getByRole('region', { name: /Ikke nådd/ }).getByText('Teknisk drift › Vei og park')).toHaveCount(
      0,
    );

    await page
      .getByRole('navigation', { name: 'Visninger for opplæring' })
      .getByRole('link', { name: 'Liste' })
      .click();
    const period = await readDownload(page, () => page.getByRole('button', { name: 'Last ned kalenderfil' }).click());
    expect(period.name).toBe('opplaering-2026-11-23-til-2027-11-23.ics');
    const statuses = events(period.text).map((e) => e.getFirstPropertyValue('status'));
    expect(statuses.length).toBeGreaterThan(2);
    expect(statuses.every((s) => s === 'CONFIRMED' || s === 'CANCELLED')).toBe(true);
    await expect(page.getByRole('status')).toContainText('er lastet ned');
  });

  test('bad input gets Norwegian messages at the fields and keeps what was typed', async ({ page, open }) => {
    await open('/opplaering/ny');
    await page.getByRole('button', { name: 'Lagre opplæring' }).click();
    await expect(page.getByText('Rett opp dette før du lagrer:')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Velg et emne fra listen.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Velg minst én målgruppe.' })).toBeVisible();

    await page.getByLabel('Emne').selectOption({ label: 'Pengespill' });
    await page.getByRole('checkbox', { name: 'Ansatte', exact: true }).check();
    await page.getByRole('textbox', { name: /^Dato/ }).fill('02.12.2026');
    await page.getByRole('textbox', { name: /^Fra kl/ }).fill('14:00');
    await page.getByRole('textbox', { name: /^Til kl/ }).fill('13:00');
    await page.getByLabel('Beskrivelse').fill('Spør 15076500565 om rommet');
    await page.getByRole('button', { name: 'Lagre opplæring' }).click();
    await expect(page.getByRole('link', { name: /ser ut til å inneholde et fødselsnummer/ })).toBeVisible();
    await expect(page.getByLabel('Beskrivelse')).toHaveValue('Spør 15076500565 om rommet');
    await page.getByLabel('Beskrivelse').fill('Ta med egne eksempler.');
    await page.getByRole('button', { name: 'Lagre opplæring' }).click();
    await expect(
      page.getByRole('link', { name: 'Slutt må være etter start. Sjekk dato og klokkeslett.' }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Til kl/ })).toHaveValue('13:00');
    await expect(page.getByRole('textbox', { name: /^Dato/ })).toHaveValue('02.12.2026');
    await checkScreen(page, 'opplaering-feil');
    await page.getByRole('link', { name: 'Slutt må være etter start. Sjekk dato og klokkeslett.' }).click();
    await expect(page.getByRole('textbox', { name: /^Til kl/ })).toBeFocused();

    await open('/opplaering?status=planned');
    await page.getByRole('link', { name: 'Den nødvendige samtalen – Teknisk drift og stab' }).click();
    await page.getByRole('link', { name: 'Registrer gjennomføring' }).click();
    await page.getByRole('textbox', { name: 'Ledere fra Vei og park' }).fill('-2');
    await page.getByRole('textbox', { name: 'Ledere fra Økonomi' }).fill('1,5');
    await page.getByRole('button', { name: 'Lagre gjennomføring' }).click();
    await expect(page.getByRole('link', { name: 'Antall deltakere kan ikke være negativt.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Antall deltakere må være et heltall.' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Ledere fra Vei og park' })).toHaveValue('-2');

    await page.getByRole('textbox', { name: 'Ledere fra Vei og park' }).fill('2');
    await page.getByRole('textbox', { name: 'Ledere fra Økonomi' }).fill('');
    await page.getByRole('button', { name: 'Lagre gjennomføring' }).click();
    await expect(page.getByText(/Du kan registrere den som gjennomført fra 03\.12\.2026/).first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Ledere fra Vei og park' })).toHaveValue('2');
  });

  test('the month calendar starts on Monday, moves with the arrow keys and links every session', async ({
    page,
    open,
  }) => {
    await open('/opplaering/kalender');
    await expect(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible();
    const headers = page.getByRole('columnheader');
    await expect(headers.nth(1)).toHaveText('Mandag');
    await expect(headers.nth(7)).toHaveText('Søndag');
    await checkScreen(page, 'opplaering-kalender');

    const today = page.locator('[data-date="2026-11-23"]');
    await expect(today).toHaveAttribute('tabindex', '0');
    await expect(today).toHaveAccessibleName('mandag 23. november 2026 (i dag): planlegg opplæring');
    await today.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-date="2026-11-24"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-date="2026-12-01"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('heading', { level: 2, name: 'Desember 2026' })).toBeVisible();
    await expect(page.locator('[data-date="2026-12-08"]')).toBeFocused();

    await expect(page.getByRole('link', { name: /Den nødvendige samtalen – Teknisk drift og stab/ })).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-date="2026-12-01"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /AKAN-introduksjon for nyansatte/ })).toBeFocused();

    await page.getByRole('button', { name: 'Forrige måned, November 2026' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible();
    await page.locator('[data-date="2026-11-25"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Planlegg opplæring' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Dato/ })).toHaveValue('25.11.2026');
  });

  test('topics, a held session and the reminders on Oversikt', async ({ page, open }) => {
    test.slow(); // several screens checked by axe
    await open('/opplaering/emner');
    await expect(page.getByRole('table', { name: 'Emner' })).toContainText('AKAN-introduksjon for nyansatte');
    await checkScreen(page, 'opplaering-emner');
    await page.getByRole('textbox', { name: /^Nytt emne/ }).fill('Rus og sikkerhet i drift');
    await page.getByRole('button', { name: 'Legg til emne' }).click();
    await expect(page.getByRole('status')).toContainText('«Rus og sikkerhet i drift» er lagt til');

    await open('/oversikt');
    await expect(page.getByText('Deltakertall mangler: AKAN-introduksjon for nyansatte')).toBeVisible();
    await page.getByRole('link', { name: 'Registrer deltakere' }).click();
    // The reminder opens the form itself.
    await expect(page.getByRole('heading', { level: 1, name: /^Gjennomføring: / })).toBeVisible();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByText('Antall deltakere er ikke registrert.')).toBeVisible();
    await page.getByRole('link', { name: 'Kopier til ny dato' }).click();
    await page.getByRole('textbox', { name: /^Dato/ }).fill('12.01.2027');
    await checkScreen(page, 'opplaering-kopier');
    await page.getByRole('button', { name: 'Lag kopi' }).click();
    await expect(page.getByRole('status')).toContainText('Kopien av «AKAN-introduksjon for nyansatte» er planlagt');
    await expect(page.getByText('12.01.2027 kl. 13:00–14:30').first()).toBeVisible();

    await page.getByRole('link', { name: 'Endre', exact: true }).click();
    await expect(page.getByRole('textbox', { name: /^Dato/ })).toHaveValue('12.01.2027');
    await checkScreen(page, 'opplaering-endre');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('link', { name: 'Avlys' }).click();
    await page.getByRole('button', { name: 'Avlys opplæringen' }).click();
    await expect(page.getByRole('link', { name: /Skriv kort hvorfor opplæringen er avlyst/ })).toBeVisible();
    await page.getByLabel('Hvorfor blir opplæringen avlyst?').fill('For få påmeldte');
    await checkScreen(page, 'opplaering-avlys');
    await page.getByRole('button', { name: 'Avlys opplæringen' }).click();
    await expect(page.getByRole('status')).toContainText('er avlyst. Last ned kalenderfilen på nytt');
    await expect(page.getByText('For få påmeldte')).toBeVisible();

    await open('/opplaering/emner');
    await page.getByRole('link', { name: 'Pengespill' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Emne: Pengespill' })).toBeVisible();
    await checkScreen(page, 'opplaering-emne');
  });
});

test.describe('Opplæring from scratch', () => {
  test('an empty list says what to do first; a monthly series is previewed and planned', async ({ page, open }) => {
    await open('/opplaering');
    await expect(page.getByText('Ingen opplæringer er registrert ennå')).toBeVisible();
    await checkScreen(page, 'opplaering-tom');
    await page.getByRole('button', { name: 'Last ned kalenderfil' }).click();
    await expect(page.getByRole('status')).toContainText('Det er ingen planlagte opplæringer i perioden');

    await page.getByRole('link', { name: 'Planlegg opplæring' }).first().click();
    await page.getByLabel('Emne').selectOption({ label: 'AKAN-introduksjon for nyansatte' });
    await page.getByRole('checkbox', { name: 'Nyansatte', exact: true }).check();
    await page.getByRole('textbox', { name: /^Dato/ }).fill('12.01.2027');
    await page.getByRole('textbox', { name: /^Fra kl/ }).fill('13:00');
    await page.getByRole('textbox', { name: /^Til kl/ }).fill('14:30');
    await page.getByRole('checkbox', { name: /Gjenta opplæringen/ }).check();
    await page.getByLabel('Antall ganger i alt').fill('3');
    await expect(page.getByRole('listitem').filter({ hasText: 'tirsdag 09.03.2027' })).toBeVisible();
    await checkScreen(page, 'opplaering-serie');
    await page.getByLabel('Antall ganger i alt').fill('53');
    await page.getByRole('button', { name: 'Planlegg opplæringene' }).click();
    await expect(page.getByRole('link', { name: 'Antall ganger må være et heltall fra 2 til 52.' })).toBeVisible();
    await page.getByLabel('Antall ganger i alt').fill('3');
    await page.getByRole('button', { name: 'Planlegg opplæringene' }).click();
    await expect(page.getByRole('status')).toContainText('3 opplæringer er planlagt, fra 12.01.2027 til 09.03.2027.');
    await expect(page.getByRole('table', { name: /Opplæringer \(3\)/ })).toBeVisible();
  });
});

test.describe('Enheter', () => {
  test.use({ demo: true });

  test('create, move, archive with the units below, and restore', async ({ page, open }) => {
    test.slow(); // several screens checked by axe
    await open('/oversikt');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Enheter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Helse og omsorg/ })).toContainText('229 i alt');
    await checkScreen(page, 'enheter');

    await page.getByRole('link', { name: 'Ny enhet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny enhet' })).toBeVisible();
    await checkScreen(page, 'enhet-ny');
    await page.getByLabel('Navn').fill('Brannvesenet');
    await page.getByLabel('Ligger under').selectOption({ label: 'Teknisk drift' });
    await page.getByLabel('Antall ansatte').fill('40');
    await page.getByLabel('Antall ledere').fill('41');
    await page.getByRole('button', { name: 'Lagre enhet' }).click();
    await expect(
      page.getByRole('link', { name: 'Antall ledere kan ikke være større enn antall ansatte. Sjekk tallene.' }),
    ).toBeVisible();
    await page.getByLabel('Antall ledere').fill('3');
    await page.getByRole('button', { name: 'Lagre enhet' }).click();
    await expect(page.getByRole('status')).toContainText('«Brannvesenet» er lagret.');

    await page.getByRole('link', { name: 'Teknisk drift', exact: true }).click();
    await expect(
      page.getByLabel('Ligger under').getByRole('option', { name: 'Teknisk drift › Vei og park' }),
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'Arkiver enheten' }).click();
    await expect(page.getByText(/«Teknisk drift» har 3 aktive underenheter/)).toBeVisible();
    await checkScreen(page, 'enhet-endre');
    await page.getByRole('checkbox', { name: /Arkiver også underenhetene/ }).check();
    await page.getByRole('button', { name: 'Arkiver enheten' }).click();
    await expect(page.getByRole('status')).toContainText('«Teknisk drift» er arkivert sammen med 3 underenheter.');
    await expect(page.getByRole('link', { name: 'Brannvesenet' })).toHaveCount(0);

    await page.getByRole('switch', { name: 'Vis arkiverte enheter' }).check();
    await page.getByRole('link', { name: 'Teknisk drift', exact: true }).click();
    await page.getByRole('button', { name: 'Gjenopprett enheten' }).click();
    await expect(page.getByRole('status')).toContainText('«Teknisk drift» er gjenopprettet sammen med 3 underenheter.');
    await expect(page.getByRole('link', { name: 'Brannvesenet' })).toBeVisible();
  });
});

test.describe('Enheter and Dekning in a large organisation', () => {
  test('the unit list and the coverage table come 200 rows a page with totals for every unit; the unit filter goes by sector', async ({
    page,
    open,
    app,
  }) => {
    test.slow(); // 206 units through the contract, two screens checked by axe
    const sector = await ok(app, 'units.create', { name: 'Alfa' });
    for (let i = 1; i <= 205; i++) {
      const name = `Enhet ${String(i).padStart(3, '0')}`;
      await ok(app, 'units.create', { name, parentId: sector.id, headcount: 3, leaderCount: 1 });
    }
    await open('/enheter');
    await expect(page.getByRole('table', { name: 'Enheter (206)' })).toBeVisible();
    await expect(page.getByRole('row', { name: /^Alfa/ })).toContainText('615 i alt');
    await expect(page.getByText('Side 1 av 2')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Enhet 205' })).toHaveCount(0);
    await checkScreen(page, 'enheter-sider');
    const next = page.getByRole('navigation', { name: 'Sider: enheter' }).getByRole('button', { name: 'Neste side' });
    await next.click();
    await expect(page.getByRole('link', { name: 'Enhet 205' })).toBeVisible();
    await expect(page.getByText('Side 2 av 2')).toBeVisible();
    await expect(next).toBeFocused();

    await open('/opplaering/dekning');
    await expect(coverageRow(page, 'Alfa')).toContainText('205');
    await expect(page.getByText(/^205 enheter har ikke hatt deltakere på «Den nødvendige samtalen»/)).toBeVisible();
    await expect(coverageRow(page, 'Enhet 205')).toHaveCount(0);
    await checkScreen(page, 'opplaering-dekning-sider');
    await page
      .getByRole('navigation', { name: 'Sider: dekning per enhet' })
      .getByRole('button', { name: 'Neste side' })
      .click();
    await expect(coverageRow(page, 'Enhet 205')).toBeVisible();
    await expect(page.getByRole('region', { name: /Ikke nådd/ }).getByText('Alfa › Enhet 205')).toBeVisible();

    // The list's unit filter offers the sectors first, then the units of the sector chosen.
    await open('/opplaering');
    const unitFilter = page.getByRole('search', { name: 'Filtrer opplæringene' }).getByLabel('Enhet');
    await expect(unitFilter.locator('option')).toHaveText(['Alle enheter', 'Alfa']);
    await unitFilter.selectOption({ label: 'Alfa' });
    await expect(unitFilter.locator('option')).toHaveCount(207);
    await unitFilter.selectOption({ label: 'Alfa › Enhet 205' });
    await expect(page).toHaveURL(/enhet=\d+/);
    await expect(unitFilter.locator('option:checked')).toHaveText('Alfa › Enhet 205');
  });
});
