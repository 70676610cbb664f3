import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ConnectionStore } from '../../electron/remote/connectionStore';
import { ConnectionController } from '../../electron/remote/controller';
import { startTestServer, type TestServer } from '../server/support/server';
import { tempDir } from '../support/app';
import { testSealer } from '../support/testSealer';
import { trustingFetch } from '../support/trustingFetch';
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

test('three clients on one appointment and one statistics cell — the desktop app and two browsers: exactly one wins, the others are told who', async ({
  browser,
}) => {
  // The desktop app's main process, signed in to the same server as Kari on her PC (its controller, as in
  // tests/unit/electron/remote; the system browser is the test browser that submits the provider's form).
  const desktop = new ConnectionController({
    store: new ConnectionStore(tempDir('akan-desktop-'), testSealer()),
    fetch: trustingFetch(server.certificate.cert),
    openExternal: async (url) => {
      await server.browser().navigate(url, 'kari@kommune.no');
    },
    openLocal: async () => {
      throw new Error('the desktop works on the server here');
    },
    localDataFile: path.join(tempDir('akan-desktop-file-'), 'akan-utvalg.sqlite'),
    reload: () => {},
  });
  const connected = await desktop.invoke('connection.useServer', { url: server.url });
  expect(connected.ok).toBe(true);

  const created = (await server.app.dispatch(
    'appointments.create',
    { role: 'mainContact', personName: 'Anne Lie', decidedBy: 'AMU', termStart: '2027-03-01' },
    'oppsett',
  )) as {
    ok: true;
    value: { id: number; version: number; role: string; personName: string; decidedBy: string; termStart: string };
  };
  const appointment = created.value;
  const kari = await signIn(browser, 'kari@kommune.no');
  const ola = await signIn(browser, 'ola@kommune.no');
  for (const page of [kari, ola]) {
    await page.goto(`${server.url}/#/oppnevninger/${appointment.id}`);
    await page.getByLabel('Merknader').fill(page === kari ? 'Fra nettleseren' : 'Fra Olas nettleser');
  }
  const fromDesktop = await desktop.invoke('appointments.update', {
    id: appointment.id,
    version: appointment.version,
    role: 'mainContact',
    personName: appointment.personName,
    decidedBy: appointment.decidedBy,
    termStart: appointment.termStart,
    notes: 'Fra skrivebordsappen',
  });
  expect(fromDesktop.ok).toBe(true);
  for (const page of [kari, ola]) {
    await page.getByRole('button', { name: 'Lagre oppnevning' }).click();
    await expect(page.locator('.conflict-notice')).toContainText(
      /Kari Nordmann endret denne oppnevningen kl\. \d{2}\.\d{2}\./,
    );
    await expect(page.locator('.conflict-notice')).toContainText('Fra skrivebordsappen');
  }
  const stored = (await server.app.dispatch('appointments.get', { id: appointment.id })) as {
    ok: true;
    value: { notes: string };
  };
  expect(stored.value.notes).toBe('Fra skrivebordsappen');

  // One statistics cell: the desktop saves first from the grid it read; both browsers are refused at that cell.
  await server.app.dispatch('units.create', { name: 'Stab' }, 'oppsett');
  const sheet = (await desktop.invoke('statistics.quarter', { year: 2026, quarter: 3 })) as {
    ok: true;
    value: { units: { id: number; name: string }[]; indicators: { id: number; name: string }[] };
  };
  const stab = sheet.value.units.find((u) => u.name === 'Stab')!;
  const indicator = sheet.value.indicators[0]!;
  const cell = `${indicator.name}, Stab`;
  for (const page of [kari, ola]) {
    await page.goto(`${server.url}/#/statistikk?aar=2026&kvartal=3`);
    await page.getByRole('textbox', { name: cell }).fill(page === kari ? '6' : '7');
  }
  const savedCell = await desktop.invoke('statistics.saveQuarter', {
    year: 2026,
    quarter: 3,
    counts: [{ unitId: stab.id, indicatorId: indicator.id, value: 4, was: null }],
  });
  expect(savedCell.ok).toBe(true);
  for (const page of [kari, ola]) {
    await page.getByRole('button', { name: 'Lagre tallene for K3 2026' }).click();
    await expect(
      page.getByText(/Kari Nordmann endret tallet kl\. \d{2}\.\d{2}\. Det står nå: 4\./).first(),
    ).toBeVisible();
  }
});

test('an administrator downloads all data from the server, and brings the file back in through the file input', async ({
  browser,
}) => {
  await server.app.dispatch('units.create', { name: 'Med i eksporten' }, 'oppsett');
  const kari = await signIn(browser, 'kari@kommune.no');
  await kari.goto(`${server.url}/#/innstillinger/sikkerhetskopier`);
  const downloading = kari.waitForEvent('download');
  await kari.getByRole('button', { name: 'Last ned alle data' }).click();
  const download = await downloading;
  const exportFile = path.join(server.dir, download.suggestedFilename());
  await download.saveAs(exportFile);
  expect(fs.statSync(exportFile).size).toBeGreaterThan(0);
  await server.app.dispatch('units.create', { name: 'Lagt til etter eksporten' }, 'oppsett');

  await kari.getByLabel('Filen som skal importeres').setInputFiles(exportFile);
  await kari.getByRole('button', { name: 'Se hva filen inneholder' }).click();
  const table = kari.getByRole('table', { name: 'Filen som skal importeres' });
  await expect(table).toContainText('Eksportfil');
  await checkScreen(kari, 'server-import-fil');
  await table.getByRole('button', { name: 'Importer…' }).click();
  await kari.getByRole('dialog').getByRole('button', { name: 'Importer filen' }).click();
  await expect(kari.getByRole('status').first()).toContainText(
    `Dataene er importert fra ${download.suggestedFilename()}.`,
  );
  const units = (await server.app.dispatch('units.list', {})) as { ok: true; value: { name: string }[] };
  expect(units.value.map((unit) => unit.name)).toContain('Med i eksporten');
  expect(units.value.map((unit) => unit.name)).not.toContain('Lagt til etter eksporten');
});

test('a training’s life cycle through the server, then «Logg ut» ends the session', async ({ browser }) => {
  await server.app.dispatch('units.create', { name: 'Vei og park' }, 'oppsett');
  const kari = await signIn(browser, 'kari@kommune.no');
  await kari.goto(`${server.url}/#/opplaering/ny`);
  await expect(kari.getByRole('heading', { level: 1, name: 'Planlegg opplæring' })).toBeVisible();
  await kari.getByLabel('Emne').selectOption({ label: 'Den nødvendige samtalen' });
  await kari.getByLabel('Tittel').fill('Lederkurs på serveren');
  await kari.getByRole('checkbox', { name: 'Ledere', exact: true }).check();
  await kari.getByRole('textbox', { name: /^Dato/ }).fill('10.11.2026');
  await kari.getByRole('textbox', { name: /^Fra kl/ }).fill('9');
  await kari.getByRole('textbox', { name: /^Til kl/ }).fill('12:00');
  await kari.getByRole('checkbox', { name: 'Vei og park' }).check();
  await checkScreen(kari, 'server-opplaering-ny');
  await kari.getByRole('button', { name: 'Lagre opplæring' }).click();
  await expect(kari.getByRole('heading', { level: 1, name: 'Lederkurs på serveren' })).toBeVisible();

  await kari.getByRole('link', { name: 'Registrer gjennomføring' }).click();
  await kari.getByRole('textbox', { name: 'Ledere fra Vei og park' }).fill('4');
  await kari.getByRole('button', { name: 'Lagre gjennomføring' }).click();
  await expect(kari.getByRole('status')).toContainText('er registrert som gjennomført med 4 deltakere');
  await checkScreen(kari, 'server-opplaering-gjennomfort');
  const log = (await server.app.dispatch('changeLog.list', { area: 'trainings' })) as {
    ok: true;
    value: { user: string; label: string }[];
  };
  expect(log.value.slice(0, 2).map((entry) => [entry.label, entry.user])).toEqual([
    ['Opplæring registrert som gjennomført', 'Kari Nordmann <kari@kommune.no>'],
    ['Opplæring planlagt', 'Kari Nordmann <kari@kommune.no>'],
  ]);

  await kari.getByRole('button', { name: 'Logg ut' }).click();
  // The identity provider ends its own session too (RP-initiated logout), asking first as a real one does.
  await kari.getByRole('button', { name: /yes/i }).click();
  await expect(kari.getByRole('heading', { name: 'Du er logget ut' })).toBeVisible();
  await checkScreen(kari, 'server-logget-ut');
  const after = await kari.request.post(`${server.url}/api/settings.get`, { data: {} });
  expect(after.status()).toBe(401);
});
