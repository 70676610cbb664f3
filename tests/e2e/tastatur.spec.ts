import { field } from './fields';
import { checkScreen, expect, test } from './fixtures';

/** 1366 × 768 at 100 %, and the same screen at 200 % zoom (half the CSS pixels). */
const zooms = [
  { name: '100 %', viewport: { width: 1366, height: 768 } },
  { name: '200 %', viewport: { width: 683, height: 384 } },
];

for (const zoom of zooms) {
  test.describe(`keyboard only at ${zoom.name}`, () => {
    test.use({ viewport: zoom.viewport });

    test('the skip link moves focus to the heading and stays on the screen', async ({ page, open }) => {
      await open('/plan');
      const url = page.url();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeFocused();
      expect(page.url()).toBe(url);
    });

    test('a member form: all errors at once, the summary links to the fields, a save confirms and takes focus', async ({
      page,
      open,
    }) => {
      await open('/oppnevninger/utvalg/ny');
      await field(page, 'E-post').fill('ikke-en-adresse');
      await field(page, 'Medlem fra').fill('01.05.26');
      await field(page, 'Medlem til').fill('01.01.2026');
      await field(page, 'Medlem til').press('Enter');
      const summary = page.locator('.error-summary-focus');
      await expect.poll(() => summary.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      for (const message of [
        'Skriv navnet på utvalgsmedlemmet.',
        'Skriv rollen i utvalget',
        'Skriv en gyldig e-postadresse',
        'Sluttdato må være etter startdato.',
      ]) {
        await expect(summary).toContainText(message);
      }
      await checkScreen(page, `tastatur-feil-${zoom.viewport.width}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(field(page, 'Navn')).toBeFocused();
      await page.keyboard.type('Hilde Berg');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Personalleder');
      await field(page, 'E-post').fill('hilde@kommune.no');
      await field(page, 'Medlem til').fill('31.12.2027');
      await field(page, 'Medlem til').press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'Hilde Berg er lagt til i utvalget.' })).toBeFocused();
    });

    test('the date picker works with the keyboard and writes dd.mm.åååå', async ({ page, open }) => {
      await open('/oppnevninger/utvalg/ny');
      await field(page, 'Medlem fra').fill('23.11.2026');
      await field(page, 'Medlem fra').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Kalender: Medlem fra' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading')).toContainText('november 2026');
      await checkScreen(page, `tastatur-kalender-${zoom.viewport.width}`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(dialog).toHaveCount(0);
      await expect(field(page, 'Medlem fra')).toHaveValue('01.12.2026');
    });

    test('leaving a form with changes asks first; staying keeps the input, discarding leaves', async ({
      page,
      open,
    }) => {
      await open('/oppnevninger/utvalg/ny');
      await field(page, 'Navn').fill('Halvferdig');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Plan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Du har endringer som ikke er lagret' });
      await expect(dialog).toBeVisible();
      await checkScreen(page, `tastatur-ulagret-${zoom.viewport.width}`);
      await dialog.getByRole('button', { name: 'Bli her og behold endringene' }).click();
      await expect(field(page, 'Navn')).toHaveValue('Halvferdig');
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Plan' }).click();
      await dialog.getByRole('button', { name: 'Forkast endringene og gå videre' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeFocused();
    });
  });
}

test('closing the tab with unsaved input asks the browser to confirm', async ({ page, open }) => {
  await open('/oppnevninger/utvalg/ny');
  await field(page, 'Navn').fill('Halvferdig');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('Enheter has its own place in the menu, and old links under Innstillinger still arrive', async ({
  page,
  open,
}) => {
  await open('/innstillinger/enheter');
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Enheter' }),
  ).toHaveAttribute('aria-current', 'page');
  await checkScreen(page, 'enheter-tom');
});
