import { checkScreen, expect, test } from './fixtures';

test.describe('Oppnevninger', () => {
  test('registering a hovedkontakt whose term ends soon shows the reminder on Oversikt', async ({ page, open }) => {
    await open('/oversikt');
    await expect(page.getByText('Ingen hovedkontakt er registrert')).toBeVisible();
    await checkScreen(page, 'oversikt-tom');

    await page.getByRole('link', { name: 'Registrer ny hovedkontakt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny oppnevning' })).toBeVisible();
    await page.getByLabel('Navn', { exact: false }).first().fill('Kari Nordmann');
    await page.getByLabel('Funksjonsperioden starter').fill('01.03.2025');
    await expect(page.getByText('til og med 28.02.2027')).toBeVisible();
    await checkScreen(page, 'oppnevning-ny');
    await page.getByRole('button', { name: 'Lagre oppnevning' }).click();

    await expect(page.getByRole('status')).toContainText('Kari Nordmann');
    await expect(page.getByRole('table', { name: /Hovedkontakter/ })).toContainText('01.03.2025–28.02.2027');
    await checkScreen(page, 'oppnevninger');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    const reminder = page
      .getByRole('listitem')
      .filter({ hasText: 'Funksjonsperioden til Kari Nordmann går ut 28.02.2027 (om 97 dager)' });
    await expect(reminder).toBeVisible();
    await expect(reminder.getByText('Frist: 28.02.2027')).toBeVisible();
  });

  test('invalid input shows Norwegian field messages and keeps what was typed', async ({ page, open }) => {
    await open('/oppnevninger/ny');
    await page.getByLabel('Navn', { exact: false }).first().fill('Ola Nordmann');
    await page.getByLabel('Funksjonsperioden starter').fill('31.02.2026');
    await page.getByLabel('Merknader').fill('Kontakt 15076500565 ved spørsmål');
    await page.getByRole('button', { name: 'Lagre oppnevning' }).click();

    const summary = page.getByText('Rett opp dette før du lagrer:');
    await expect(summary).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skriv en gyldig startdato (dd.mm.åååå).' })).toBeVisible();
    await expect(page.getByText(/ser ut til å inneholde et fødselsnummer/).first()).toBeVisible();
    await expect(page.getByLabel('Navn', { exact: false }).first()).toHaveValue('Ola Nordmann');
    await expect(page.getByLabel('Funksjonsperioden starter')).toHaveValue('31.02.2026');
    await checkScreen(page, 'oppnevning-feil');

    await page.getByRole('link', { name: 'Skriv en gyldig startdato (dd.mm.åååå).' }).click();
    await expect(page.getByLabel('Funksjonsperioden starter')).toBeFocused();
  });

  test('a unit contact needs a unit', async ({ page, open }) => {
    await open('/oppnevninger/ny?rolle=unitContact');
    await page.getByLabel('Navn', { exact: false }).first().fill('Siri Enhet');
    await page.getByLabel('Funksjonsperioden starter').fill('01.01.2026');
    await page.getByRole('button', { name: 'Lagre oppnevning' }).click();
    await expect(page.getByText('Velg enheten AKAN-kontakten skal dekke.').first()).toBeVisible();
  });
});

test.describe('with demo data', () => {
  test.use({ demo: true });

  test('every screen passes axe', async ({ page, open }) => {
    for (const [route, name] of [
      ['/oversikt', 'oversikt'],
      ['/oppnevninger', 'oppnevninger-demo'],
      ['/oppnevninger/utvalg/ny', 'utvalgsmedlem-ny'],
      ['/innstillinger', 'innstillinger'],
    ] as const) {
      await open(route);
      await checkScreen(page, name);
    }
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toContainText('Eksempel kommune');
  });

  test('the list opens on the appointments in force; «Avsluttede» shows the earlier ones', async ({ page, open }) => {
    await open('/oppnevninger');
    const main = page.getByRole('table', { name: 'Hovedkontakter i funksjon og kommende' });
    await expect(main).toContainText('Anne Lie');
    await expect(main).not.toContainText('Per Olsen');
    await expect(page.getByRole('table', { name: /^AKAN-kontakter i funksjon/ })).toContainText('Sara Nilsen');

    await page.getByRole('combobox', { name: 'Vis' }).selectOption({ label: 'Avsluttede' });
    await expect(page).toHaveURL(/vis=avsluttede/);
    await expect(page.getByRole('table', { name: 'Avsluttede hovedkontakter, sist avsluttet først' })).toContainText(
      'Per Olsen',
    );
    await expect(page.getByText('Ingen er avsluttet ennå.')).toBeVisible();
    await checkScreen(page, 'oppnevninger-avsluttede');

    await page.getByRole('combobox', { name: 'Vis' }).selectOption({ label: 'Alle' });
    await expect(page.getByRole('table', { name: 'Alle hovedkontakter' }).getByRole('row')).toHaveCount(3);
  });

  test('the demo hovedkontakt reminder is due', async ({ page, open }) => {
    await open('/oversikt');
    await expect(page.getByText(/Funksjonsperioden til Anne Lie går ut/)).toBeVisible();
  });
});
