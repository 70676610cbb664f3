import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';

test.describe('first start on an empty data file', () => {
  test.use({ organisationName: null });

  test('leads through the organisation, the committee and the hovedkontakt to Oversikt', async ({ page, bridge }) => {
    await page.goto(bridge.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til AKAN Utvalg' })).toBeVisible();
    await expect(page.getByText('Steg 1 av 4')).toBeVisible();
    await checkScreen(page, 'oppstart-organisasjon');

    await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await expect(page.getByText('Skriv navnet på kommunen eller virksomheten.').first()).toBeVisible();
    await field(page, 'Navnet på kommunen eller virksomheten').fill('Fjellbygd kommune');
    await page.getByRole('button', { name: 'Lagre og gå videre' }).click();

    await expect(page.getByText('Steg 2 av 4')).toBeVisible();
    await field(page, 'Navn').fill('Hilde Berg');
    await field(page, 'Rolle i utvalget').fill('Personal- og kompetanseleder');
    await page.getByRole('button', { name: 'Legg til utvalgsmedlem' }).click();
    await expect(page.getByRole('list', { name: 'Lagt til' })).toContainText(
      'Hilde Berg – Personal- og kompetanseleder',
    );
    await expect(field(page, 'Navn')).toBeFocused();
    await checkScreen(page, 'oppstart-utvalg');
    await page.getByRole('button', { name: 'Gå videre', exact: true }).click();

    await expect(page.getByText('Steg 3 av 4')).toBeVisible();
    await field(page, 'Navn').fill('Anne Lie');
    await field(page, 'Funksjonsperioden starter').fill('01.03.2025');
    await checkScreen(page, 'oppstart-hovedkontakt');
    await page.getByRole('button', { name: 'Lagre oppnevning' }).click();

    await expect(page.getByText('Steg 4 av 4')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Enhetene' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Registrer den første enheten' })).toBeVisible();
    await checkScreen(page, 'oppstart-enheter');
    await page.getByRole('button', { name: 'Gå til oversikten' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toContainText('Fjellbygd kommune');
    await expect(page.getByText(/Funksjonsperioden til Anne Lie går ut 28\.02\.2027/)).toBeVisible();
  });

  test('the hovedkontakt step can be skipped, and Oversikt then asks for one', async ({ page, bridge }) => {
    await page.goto(bridge.url);
    await field(page, 'Navnet på kommunen eller virksomheten').fill('Fjellbygd kommune');
    await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await page.getByRole('button', { name: 'Gå videre', exact: true }).click();
    await page.getByRole('button', { name: /Hopp over/ }).click();
    await page.getByRole('button', { name: 'Gå til oversikten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
    await expect(page.getByText('Ingen hovedkontakt er registrert')).toBeVisible();
  });

  test('picks up where it was left after a reload, and a member added by mistake can be removed', async ({
    page,
    bridge,
  }) => {
    await page.goto(bridge.url);
    await field(page, 'Navnet på kommunen eller virksomheten').fill('Fjellbygd kommune');
    await page.getByRole('button', { name: 'Lagre og gå videre' }).click();
    await field(page, 'Navn').fill('Feil Person');
    await field(page, 'Rolle i utvalget').fill('Ruskonsulent');
    await page.getByRole('button', { name: 'Legg til utvalgsmedlem' }).click();
    await expect(page.getByRole('list', { name: 'Lagt til' })).toContainText('Feil Person');

    await page.reload();
    await expect(page.getByText('Steg 2 av 4')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Lagt til' })).toContainText('Feil Person');
    await page.getByRole('button', { name: 'Fjern Feil Person' }).click();
    await expect(page.getByRole('list', { name: 'Lagt til' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Tilbake', exact: true }).click();
    await expect(field(page, 'Navnet på kommunen eller virksomheten')).toHaveValue('Fjellbygd kommune');
  });
});
