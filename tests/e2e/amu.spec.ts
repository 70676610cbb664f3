import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';

test.describe('AMU-saker', () => {
  test('the annual report reminder leads to a prefilled case; a decision on a draft is refused and the form kept', async ({
    page,
    open,
    app,
  }) => {
    // Last year's report is asked for only from a committee that has data from last year.
    await app.invoke('amuCases.create', {
      kind: 'information',
      title: 'Orientering 2025',
      meetingDate: '2025-10-15',
      status: 'sent',
    } as never);
    await open('/oversikt');
    const reminder = page.getByRole('listitem').filter({ hasText: 'Årsrapporten for 2025 er ikke sendt til AMU' });
    await expect(reminder).toContainText('Frist: 31.03.2026');
    await reminder.getByRole('link', { name: 'Registrer årsrapporten' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ny AMU-sak' })).toBeVisible();
    await expect(field(page, 'Tittel')).toHaveValue('Årsrapport for AKAN-arbeidet 2025');
    await expect(field(page, 'Året rapporten gjelder')).toHaveValue('2025');
    await field(page, 'AMU-møte').fill('10.12.2026');
    await field(page, 'Vedtaket').fill('AMU tar rapporten til orientering.');
    await checkScreen(page, 'amu-ny');
    await page.getByRole('button', { name: 'Lagre AMU-sak' }).click();

    const message =
      'Et utkast har ikke noe vedtak ennå. Sett status til «Sendt» eller «Behandlet» før du registrerer vedtaket, eller fjern vedtaket.';
    await expect(page.getByText(message).first()).toBeVisible();
    await expect(field(page, 'Vedtaket')).toHaveValue('AMU tar rapporten til orientering.');
    await expect(field(page, 'AMU-møte')).toHaveValue('10.12.2026');
    await checkScreen(page, 'amu-feil');

    await field(page, 'Status', 'combobox').selectOption({ label: 'Sendt' });
    await page.getByRole('button', { name: 'Lagre AMU-sak' }).click();
    await expect(page.getByRole('status')).toContainText('AMU-saken «Årsrapport for AKAN-arbeidet 2025» er lagret.');
    const table = page.getByRole('table', { name: 'AMU-saker 2026, nyeste møte først' });
    await expect(table).toContainText('10.12.2026');
    await expect(table).toContainText('Sendt');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Trenger oppfølging' })).toBeVisible();
    await expect(page.getByText('Årsrapporten for 2025 er ikke sendt til AMU')).toHaveCount(0);
  });

  test('an adopted change proposal sets when the AKAN agreement was last revised', async ({ page, open }) => {
    await open('/amu');
    await expect(page.getByText('Appen vet ikke når AMU sist vedtok avtalen.', { exact: false })).toBeVisible();
    await expect(page.getByText('Ingen AMU-saker er registrert')).toBeVisible();
    await checkScreen(page, 'amu-tom');

    await page.getByRole('link', { name: 'Registrer endringsforslag' }).click();
    await expect(field(page, 'Hva gjelder saken?', 'combobox')).toHaveValue('agreementChange');
    await field(page, 'AMU-møte').fill('12.05.2025');
    await field(page, 'Saksnummer').fill('14/2025');
    await field(page, 'Status', 'combobox').selectOption({ label: 'Behandlet' });
    await field(page, 'Vedtaket').fill('AMU vedtar endringene.');
    await field(page, 'Vedtaksdato').fill('11.05.2025');
    await page.getByRole('button', { name: 'Lagre AMU-sak' }).click();
    await expect(page.getByRole('link', { name: 'Vedtaket kan ikke være fattet før møtet 12.05.2025.' })).toBeVisible();
    await field(page, 'Vedtaksdato').fill('12.05.2025');
    await page.getByRole('button', { name: 'Lagre AMU-sak' }).click();

    await expect(page.getByText(/Sist revidert 12\.05\.2025/)).toBeVisible();
    await expect(
      page.locator('.agreement-panel').getByRole('link', { name: 'Endringer i AKAN-avtalen' }),
    ).toBeVisible();
    // Back on the list of the year the case was met.
    await expect(page.getByRole('table', { name: 'AMU-saker 2025, nyeste møte først' })).toContainText('14/2025');
    await expect(page.getByText(/neste gang senest 12\.05\.2027/)).toBeVisible();
    await expect(page.getByText('Innenfor fristen')).toBeVisible();
    await checkScreen(page, 'amu');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Trenger oppfølging' })).toBeVisible();
    await expect(page.getByText('Når ble AKAN-avtalen sist revidert?')).toHaveCount(0);
  });
});

test.describe('with demo data', () => {
  test.use({ demo: true });

  test('the successor case is a draft until it is sent to AMU', async ({ page, open }) => {
    await open('/amu');
    const thisYear = page.getByRole('table', { name: 'AMU-saker 2026, nyeste møte først' });
    await expect(thisYear).toContainText('Årsrapport for AKAN-arbeidet 2025');
    await expect(thisYear).not.toContainText('Oppnevning av AKAN-hovedkontakt – Anne Lie');
    await page.getByRole('combobox', { name: 'År' }).selectOption({ label: 'Alle år' });
    const table = page.getByRole('table', { name: 'AMU-saker alle år, nyeste møte først' });
    await expect(table).toContainText('Årsrapport for AKAN-arbeidet 2025');
    await expect(table).toContainText('Oppnevning av AKAN-hovedkontakt – Anne Lie');
    await expect(page).toHaveURL(/aar=alle/);
    await expect(page.getByText(/Sist revidert/)).toBeVisible();
    await checkScreen(page, 'amu-demo');

    await open('/oversikt');
    const reminder = page.getByRole('listitem').filter({ hasText: 'Ny hovedkontakt er ikke meldt til AMU' });
    await expect(reminder).toContainText('«Oppnevning av AKAN-hovedkontakt for neste periode» er fortsatt et utkast');
    await reminder.getByRole('link', { name: 'Åpne saken' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Oppnevning av AKAN-hovedkontakt for neste periode' }),
    ).toBeVisible();
    await checkScreen(page, 'amu-endre');
    await field(page, 'AMU-møte').fill('10.12.2026');
    await field(page, 'Status', 'combobox').selectOption({ label: 'Sendt' });
    await page.getByRole('button', { name: 'Lagre AMU-sak' }).click();
    await expect(page.getByRole('status')).toContainText('er lagret');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
    await expect(page.getByText(/Funksjonsperioden til Anne Lie går ut/)).toBeVisible();
    await expect(page.getByText('Ny hovedkontakt er ikke meldt til AMU')).toHaveCount(0);
  });
});
