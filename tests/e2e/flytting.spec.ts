import type { Page } from '@playwright/test';
import type { ConnectionStatus } from '../../core/connection/contract';
import { checkScreen, expect, test } from './fixtures';

const SERVER = 'https://akan.kommune.no';
const LOCAL: ConnectionStatus = {
  mode: 'local',
  canSwitch: true,
  serverUrl: null,
  organisationName: null,
  signedInAs: null,
  signedIn: false,
  movedTo: null,
};
const REPLACE =
  'Serveren har allerede data: Enheter (2). Flytter du dataene hit, blir alt som ligger på serveren nå, erstattet av dataene fra denne PC-en (serveren tar en sikkerhetskopi av det først). Bekreft at det er dette du vil, og prøv igjen. Ingenting er endret.';

/**
 * The desktop's main process answers `connection.*` itself (tested against the real server in
 * tests/unit/electron/remote/move.test.ts); here it is played by the page's routes, to see the screen through.
 */
async function asDesktop(page: Page, sent: unknown[]): Promise<void> {
  let status = LOCAL;
  await page.route('**/api/connection.status', (route) => route.fulfill({ json: { ok: true, value: status } }));
  await page.route('**/api/connection.moveToServer', async (route) => {
    const input = route.request().postDataJSON() as { url: string; confirmReplace?: boolean };
    sent.push(input);
    if (!input.confirmReplace) {
      return route.fulfill({
        json: { ok: false, error: { code: 'refused', message: REPLACE, fields: { confirmReplace: REPLACE } } },
      });
    }
    status = {
      ...LOCAL,
      mode: 'server',
      serverUrl: SERVER,
      signedIn: true,
      signedInAs: 'Kari Nordmann',
      movedTo: { serverUrl: SERVER, at: '2026-11-23T13:05:00.000Z' },
    };
    return route.fulfill({ json: { ok: true, value: status } });
  });
}

test('«Flytt dataene til serveren» says what happens, and a server holding data is replaced only after a second yes', async ({
  page,
  open,
}) => {
  const sent: unknown[] = [];
  await asDesktop(page, sent);
  await open('/innstillinger');
  const move = page.getByRole('form', { name: 'Flytt dataene til serveren' });
  await expect(move).toContainText('Datafilen på denne PC-en beholdes som sikkerhetskopi');
  await move.getByLabel('Serverens adresse').fill(SERVER);
  await move.getByRole('button', { name: 'Flytt dataene til serveren' }).click();
  await expect(move.getByText('Serveren har allerede data: Enheter (2).').first()).toBeVisible();
  await checkScreen(page, 'flytting-bekreft');

  await move.getByRole('button', { name: 'Erstatt dataene på serveren' }).click();
  // The click returns before its request is sent: wait for it rather than reading `sent` at once.
  await expect.poll(() => sent).toEqual([{ url: SERVER }, { url: SERVER, confirmReplace: true }]);
  await page.reload();
  const section = page.getByRole('region', { name: 'Felles server' });
  await expect(section).toContainText(`Dataene ligger på ${SERVER}`);
  await expect(section).toContainText('Dataene ble flyttet hit fra denne PC-en den 23.11.2026 kl. 14:05');
  await expect(page.getByRole('form', { name: 'Flytt dataene til serveren' })).toHaveCount(0);
  await checkScreen(page, 'flytting-ferdig');
});
