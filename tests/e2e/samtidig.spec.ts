import { type Bridge, startBridge } from '../../cli/bridge';
import { type AppHandle, openApp } from '../../core/app';
import { appChangeFeed } from '../../core/changeLog/appFeed';
import type { ChangeFeed } from '../../core/changeLog/feed';
import { STATIC_DIR, TODAY, checkScreen, expect, test } from './fixtures';

// Two people on one data file: the fixture's window (the change log calls it «e2e») and Ola's, in his own browser
// context through a second app and bridge on the same file, as a second window or PC would be.
let ola: AppHandle;
let olaFeed: ChangeFeed;
let olaBridge: Bridge;

test.beforeEach(async ({ app }) => {
  ola = await openApp({ dataFile: app.dataFile, today: TODAY, user: 'Ola Hansen', dailyBackups: false });
  olaFeed = appChangeFeed(ola);
  olaBridge = await startBridge({ app: ola, staticDir: STATIC_DIR, feed: olaFeed });
});

test.afterEach(async () => {
  await olaBridge.close();
  olaFeed.close();
  ola.close();
});

async function training(app: AppHandle): Promise<number> {
  const [topic] = await app.invoke('trainingTopics.list', undefined).then((r) => (r.ok ? r.value : []));
  const saved = await app.invoke('trainings.create', {
    topicId: topic!.id,
    audiences: ['leaders'],
    unitIds: [],
    start: '2026-12-03T09:00',
    end: '2026-12-03T12:00',
    location: 'Rådhuset',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.value.id;
}

test('two people edit the same training: the second is told who saved first, sees both, and nothing typed is lost', async ({
  app,
  bridge,
  page,
  browser,
}) => {
  const id = await training(app);
  const olaContext = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const olaPage = await olaContext.newPage();
  await olaPage.goto(`${olaBridge.url}#/opplaering/${id}/endre`);
  await olaPage.getByLabel('Sted').fill('Kulturhuset');

  await page.goto(`${bridge.url}#/opplaering/${id}/endre`);
  await page.getByLabel('Sted').fill('Helsehuset');
  await page.getByRole('button', { name: 'Lagre opplæring' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Den nødvendige samtalen');

  // Ola's form keeps what he typed while the change reaches his screen.
  await olaPage.waitForTimeout(1_500);
  await expect(olaPage.getByLabel('Sted')).toHaveValue('Kulturhuset');
  await olaPage.getByRole('button', { name: 'Lagre opplæring' }).click();
  const notice = olaPage.locator('.conflict-notice');
  await expect(notice).toContainText(
    /e2e endret denne opplæringen kl\. \d{2}\.\d{2}\. Se endringene og lagre på nytt\./,
  );
  const row = notice.getByRole('row', { name: /Sted/ });
  await expect(row).toContainText('Helsehuset');
  await expect(row).toContainText('Kulturhuset');
  await expect(olaPage.getByLabel('Sted')).toHaveValue('Kulturhuset');
  await checkScreen(olaPage, 'samtidig-konflikt');

  // Having seen it, Ola saves his own on top; the first window's details follow without a reload.
  await page.goto(`${bridge.url}#/opplaering/${id}`);
  await expect(page.getByText('Helsehuset')).toBeVisible();
  await olaPage.getByRole('button', { name: 'Lagre opplæring' }).click();
  await expect(olaPage.getByRole('heading', { level: 1 })).toContainText('Den nødvendige samtalen');
  await expect(page.getByText('Kulturhuset')).toBeVisible({ timeout: 5_000 });
  const changes = await app.invoke('changeLog.list', {});
  expect(changes.ok && changes.value.filter((c) => c.label === 'Opplæring endret').map((c) => c.user)).toEqual([
    'Ola Hansen',
    'e2e',
  ]);
  await olaContext.close();
});

test('when the other end cannot be reached, one calm banner says so, the typed text stays, and it clears on return', async ({
  page,
  bridge,
}) => {
  await page.goto(`${bridge.url}#/plan`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Nytt punkt i planen' }).first().click();
  await page.getByLabel('Aktivitet').fill('Temamøte om pengespill');
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Lagre punktet' }).click();
  const banner = page.locator('.connection-banner');
  await expect(banner).toHaveCount(1);
  await expect(banner).toContainText('Får ikke kontakt');
  await expect(page.getByLabel('Aktivitet')).toHaveValue('Temamøte om pengespill');
  await checkScreen(page, 'samtidig-uten-kontakt');
  await page.unroute('**/api/**');
  await page.getByRole('button', { name: 'Lagre punktet' }).click();
  await expect(banner).toHaveCount(0, { timeout: 10_000 });
});

test('the statistics grid: a cell the other person saved first is refused at that cell with their number; saving again keeps mine', async ({
  app,
  bridge,
  page,
  browser,
}) => {
  await app.invoke('units.create', { name: 'Stab' });
  const cell = 'Nye individuelle Akan-avtaler, Stab';
  const olaContext = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const olaPage = await olaContext.newPage();
  await olaPage.goto(`${olaBridge.url}#/statistikk?aar=2026&kvartal=3`);
  await olaPage.getByRole('textbox', { name: cell }).fill('5');

  await page.goto(`${bridge.url}#/statistikk?aar=2026&kvartal=3`);
  await page.getByRole('textbox', { name: cell }).fill('4');
  await page.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
  await expect(page.getByRole('status')).toContainText('Tallene for K3 2026 er lagret.');

  await expect(olaPage.getByRole('textbox', { name: cell })).toHaveValue('5');
  await olaPage.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
  await expect(
    olaPage
      .getByText(/Stab, Nye individuelle Akan-avtaler: e2e endret tallet kl\. \d{2}\.\d{2}\. Det står nå: 4\./)
      .first(),
  ).toBeVisible();
  await checkScreen(olaPage, 'samtidig-statistikk');
  await olaPage.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
  await expect(olaPage.getByRole('status')).toContainText('Tallene for K3 2026 er lagret.');
  const sheet = await app.invoke('statistics.quarter', { year: 2026, quarter: 3 });
  expect(sheet.ok && sheet.value.values.map((v) => v.value)).toEqual([5]);
  await olaContext.close();
});
