import type { Browser, Page } from '@playwright/test';
import { startTestServer, type TestServer } from '../server/support/server';
import { STATIC_DIR, checkScreen, expect, test } from './fixtures';

// The real server over HTTPS with the built renderer, signing in through the test identity provider's own form in
// Chromium: the committee's shared setup, as its members meet it.
let server: TestServer;

test.beforeAll(async () => {
  server = await startTestServer({}, STATIC_DIR);
  await server.app.dispatch('settings.update', { organisationName: 'Fjordby kommune', guideStep: 'done' }, 'oppsett');
});
test.afterAll(() => server.close());

async function signIn(browser: Browser, login: string): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('hva-som-helst');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: /continue/i });
  if (await consent.isVisible({ timeout: 3_000 }).catch(() => false)) await consent.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

test('members sign in with the municipality’s accounts, work on the same data, and see who saved first', async ({
  browser,
}) => {
  const kari = await signIn(browser, 'kari@kommune.no');
  await expect(kari.getByText('Kari Nordmann')).toBeVisible();
  await checkScreen(kari, 'server-oversikt');
  const ola = await signIn(browser, 'ola@kommune.no');

  const [topic] = (
    (await server.app.dispatch('trainingTopics.list', undefined)) as { ok: true; value: { id: number }[] }
  ).value;
  const created = (await server.app.dispatch(
    'trainings.create',
    {
      topicId: topic!.id,
      audiences: ['leaders'],
      unitIds: [],
      start: '2026-12-03T09:00',
      end: '2026-12-03T12:00',
      location: 'Rådhuset',
    },
    'oppsett',
  )) as { ok: true; value: { id: number } };
  const id = created.value.id;

  await ola.goto(`${server.url}/#/opplaering/${id}/endre`);
  await ola.getByLabel('Sted').fill('Kulturhuset');
  await kari.goto(`${server.url}/#/opplaering/${id}/endre`);
  await kari.getByLabel('Sted').fill('Helsehuset');
  await kari.getByRole('button', { name: 'Lagre opplæring' }).click();
  await expect(kari.getByText('Helsehuset')).toBeVisible();

  await ola.getByRole('button', { name: 'Lagre opplæring' }).click();
  await expect(ola.locator('.conflict-notice')).toContainText(
    /Kari Nordmann endret denne opplæringen kl\. \d{2}\.\d{2}\./,
  );
  await expect(ola.getByLabel('Sted')).toHaveValue('Kulturhuset');
  await ola.getByRole('button', { name: 'Lagre opplæring' }).click();
  // Kari's screen shows Ola's change without a reload: the server's event stream.
  await expect(kari.getByText('Kulturhuset')).toBeVisible({ timeout: 5_000 });

  // A member is not offered what only an administrator may do.
  await ola.goto(`${server.url}/#/innstillinger`);
  await expect(ola.getByText(/Bare en administrator kan/).first()).toBeVisible();
  await checkScreen(ola, 'server-innstillinger-medlem');
});
