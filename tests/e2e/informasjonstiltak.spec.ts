import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';

test.describe('Informasjonstiltak', () => {
  test('a missing theme is added inside the campaign form, chosen, and nothing typed is lost', async ({
    page,
    open,
  }) => {
    await open('/informasjonstiltak/ny');
    await field(page, 'Tittel').fill('Temadag om pengespill');
    await page.getByText('Mangler et tema? Legg det til her').click();
    await page.getByLabel('Nytt tema').fill('Pengespill på nett');
    await page.getByRole('button', { name: 'Legg til tema' }).click();
    await expect(field(page, 'Tema', 'combobox').locator('option:checked')).toHaveText('Pengespill på nett');
    await expect(field(page, 'Tittel')).toHaveValue('Temadag om pengespill');
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt informasjonstiltak' })).toBeVisible();
    await page.getByLabel('Nytt tema').fill('pengespill på nett');
    await page.getByRole('button', { name: 'Legg til tema' }).click();
    await expect(page.getByText(/finnes allerede et tema som heter/)).toBeVisible();
    await checkScreen(page, 'informasjonstiltak-nytt-tema');
  });

  test('registering a campaign shows it in the list and in the timeline month by month', async ({ page, open }) => {
    await open('/informasjonstiltak');
    await expect(page.getByText('Ingen informasjonstiltak i 2026')).toBeVisible();
    await checkScreen(page, 'informasjonstiltak-tom');

    await page.getByRole('link', { name: 'Registrer informasjonstiltak' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt informasjonstiltak' })).toBeVisible();
    await field(page, 'Tittel').fill('Alkoholfritt julebord');
    await field(page, 'Tema', 'combobox').selectOption({ label: 'Sosiale arrangementer' });
    await page.getByRole('checkbox', { name: 'Intranett' }).check();
    await page.getByRole('checkbox', { name: 'Personalmøte' }).check();
    await field(page, 'Fra').fill('15.11.2026');
    await field(page, 'Til').fill('05.01.2027');
    await field(page, 'Status', 'combobox').selectOption({ label: 'Pågår' });
    await page.getByRole('checkbox', { name: 'Ledere' }).check();
    await field(page, 'Anslått antall ansatte nådd').fill('1 200');
    await field(page, 'Lenker til materiell').fill('https://intranett.testkommune.no/akan/julebord');
    await checkScreen(page, 'informasjonstiltak-ny');
    await page.getByRole('button', { name: 'Lagre informasjonstiltak' }).click();

    await expect(page.getByRole('status')).toContainText('«Alkoholfritt julebord» er lagret.');
    const table = page.getByRole('table', { name: 'Informasjonstiltak i 2026' });
    await expect(table).toContainText('15.11.2026–05.01.2027');
    await expect(table).toContainText('Intranett, Personalmøte');
    await expect(table).toContainText('1 200');
    await expect(table).toContainText('Pågår');
    const timeline = page.getByRole('list', { name: 'Tidslinje for 2026, måned for måned' });
    await expect(timeline.getByRole('listitem').filter({ hasText: 'November' })).toContainText('Alkoholfritt julebord');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Desember' })).toContainText('Alkoholfritt julebord');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Oktober' })).toContainText('Ingen tiltak');
    await checkScreen(page, 'informasjonstiltak');

    await field(page, 'År', 'combobox').selectOption('2027');
    await expect(page.getByRole('table', { name: 'Informasjonstiltak i 2027' })).toContainText('Alkoholfritt julebord');
  });

  test('bad input gets field messages and keeps what was typed', async ({ page, open }) => {
    await open('/informasjonstiltak/ny');
    await field(page, 'Tittel').fill('Plakater om pengespill');
    await field(page, 'Tema', 'combobox').selectOption({ label: 'Pengespill' });
    await field(page, 'Fra').fill('01.03.2026');
    await field(page, 'Til').fill('28.02.2026');
    await field(page, 'Anslått antall ansatte nådd').fill('mange');
    await field(page, 'Lenker til materiell').fill('https://ok.testkommune.no\nwww.plakat.no');
    await field(page, 'Evaluering').fill('Spurte 15076500565 om plakaten');
    await page.getByRole('button', { name: 'Lagre informasjonstiltak' }).click();

    await expect(page.getByText('Rett opp dette før du lagrer:')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Velg minst én kanal.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Anslått antall nådd må være et heltall.' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Lenke 2 \(www\.plakat\.no\) er ikke en gyldig https-adresse/ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /fødselsnummer/ })).toBeVisible();
    await expect(field(page, 'Tittel')).toHaveValue('Plakater om pengespill');
    await expect(field(page, 'Til')).toHaveValue('28.02.2026');
    await expect(field(page, 'Anslått antall ansatte nådd')).toHaveValue('mange');
    await expect(field(page, 'Lenker til materiell')).toHaveValue('https://ok.testkommune.no\nwww.plakat.no');
    await checkScreen(page, 'informasjonstiltak-feil');

    await page.getByRole('link', { name: 'Velg minst én kanal.' }).click();
    await expect(page.getByRole('checkbox', { name: 'Intranett' })).toBeFocused();

    // Rules that compare fields are checked once every field on its own is sound.
    await page.getByRole('checkbox', { name: 'Intranett' }).check();
    await field(page, 'Anslått antall ansatte nådd').fill('300');
    await field(page, 'Lenker til materiell').fill('https://ok.testkommune.no');
    await field(page, 'Evaluering').fill('');
    await page.getByRole('button', { name: 'Lagre informasjonstiltak' }).click();
    await expect(page.getByRole('link', { name: 'Sluttdato kan ikke være før startdato.' })).toBeVisible();
    await expect(page.getByText('Sluttdato kan ikke være før startdato.')).toHaveCount(2);
    await expect(field(page, 'Fra')).toHaveValue('01.03.2026');
    await field(page, 'Til').fill('31.03.2026');
    await page.getByRole('button', { name: 'Lagre informasjonstiltak' }).click();
    await expect(page.getByRole('status')).toContainText('«Plakater om pengespill» er lagret.');
  });

  test('themes can be added, renamed and archived; archived themes leave the choices', async ({ page, open }) => {
    await open('/informasjonstiltak/temaer');
    await field(page, 'Nytt tema').fill('Arbeidsmiljø');
    await page.getByRole('button', { name: 'Legg til tema' }).click();
    await expect(page.getByRole('status')).toContainText('Temaet «Arbeidsmiljø» er lagt til.');
    await field(page, 'Nytt tema').fill('alkohol');
    await page.getByRole('button', { name: 'Legg til tema' }).click();
    await expect(page.getByText('Det finnes allerede et tema som heter «Alkohol».').first()).toBeVisible();
    await checkScreen(page, 'informasjonstiltak-temaer');
    // What is typed and not saved would be kept by asking first; clear it before leaving.
    await field(page, 'Nytt tema').fill('');

    await page.getByRole('link', { name: 'Arbeidsmiljø' }).click();
    await field(page, 'Navn').fill('Arbeidsmiljø og trivsel');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await expect(page.getByRole('table', { name: 'Temaer' })).toContainText('Arbeidsmiljø og trivsel');
    await page.getByRole('link', { name: 'Arbeidsmiljø og trivsel' }).click();
    await checkScreen(page, 'informasjonstiltak-tema');
    await page.getByRole('button', { name: 'Arkiver temaet' }).click();
    await expect(page.getByRole('button', { name: 'Hent fram temaet' })).toBeVisible();

    await open('/informasjonstiltak/ny');
    await expect(field(page, 'Tema', 'combobox').locator('option', { hasText: 'Arbeidsmiljø' })).toHaveCount(0);
  });
});

test.describe('with demo data', () => {
  test.use({ demo: true });

  test('filters narrow the list and the timeline; a campaign the plan relies on is not deleted', async ({
    page,
    open,
  }) => {
    await open('/informasjonstiltak');
    const table = page.getByRole('table', { name: 'Informasjonstiltak i 2026' });
    await expect(table).toContainText('Alkoholfritt julebord – ta vare på hverandre');
    await checkScreen(page, 'informasjonstiltak-demo');

    await field(page, 'Status', 'combobox').selectOption({ label: 'Gjennomført' });
    await expect(table).not.toContainText('Alkoholfritt julebord');
    await expect(table).toContainText('Ny rusmiddelpolicy presentert');
    await field(page, 'Kanal', 'combobox').selectOption({ label: 'Sosiale medier' });
    await expect(page.getByText('Ingen tiltak passer filtrene')).toBeVisible();
    await page.getByRole('button', { name: 'Fjern filtrene' }).click();
    await expect(table).toContainText('Alkoholfritt julebord');

    await table.getByRole('link', { name: 'Ny rusmiddelpolicy presentert' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny rusmiddelpolicy presentert' })).toBeVisible();
    await checkScreen(page, 'informasjonstiltak-endre');
    await page.getByRole('button', { name: 'Slett tiltaket' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett tiltaket' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'er koblet til planpunktet «Presentere ny rusmiddelpolicy på personalmøter»',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Ny rusmiddelpolicy presentert' })).toBeVisible();
  });
});
