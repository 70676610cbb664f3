import type { Page } from '@playwright/test';
import type { Bridge } from '../../cli/bridge';
import type { Role } from '../../core/access';
import { checkScreen, expect, test } from './fixtures';

const CONTACT = 'IT-avdelingen (it@kommune.no)';

/**
 * The page as the shared server serves it (its session token and `akan-server` in meta tags, `/auth/me` naming the
 * signed-in person), over the bridge's real contract; the server's own refusals are tested in tests/server.
 */
async function asSignedIn(page: Page, bridge: Bridge, role: Role): Promise<void> {
  const meta = `<meta name="akan-bridge-token" content="${bridge.token}"><meta name="akan-server" content="1">`;
  await page.route(
    (url) => url.origin === new URL(bridge.origin).origin && url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('</head>', `${meta}</head>`) });
    },
  );
  await page.route('**/auth/me', (route) =>
    route.fulfill({
      json: { name: 'Ola Hansen', email: 'ola@kommune.no', role, csrf: bridge.token, contact: CONTACT },
    }),
  );
}

async function openAt(page: Page, bridge: Bridge, route: string): Promise<void> {
  await page.goto(`${bridge.origin}#${route}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('on the shared server, what only an administrator may do is not offered to a member', () => {
  test('a member sees no settings form, no backups and no unit forms, and is told whom to ask', async ({
    page,
    bridge,
    app,
  }) => {
    await app.invoke('units.create', { name: 'Hjemmetjenesten' });
    await asSignedIn(page, bridge, 'member');

    await openAt(page, bridge, '/innstillinger');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    await expect(nav).toContainText('Ola Hansen');
    await expect(nav).toContainText('medlem');
    await expect(page.getByText(`Bare en administrator kan endre innstillingene. Spør ${CONTACT}.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lagre innstillinger' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Sikkerhetskopier' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Se endringsloggen' })).toBeVisible();
    await checkScreen(page, 'innstillinger-medlem');

    await openAt(page, bridge, '/innstillinger/sikkerhetskopier');
    await expect(page.getByRole('heading', { level: 1, name: 'Sikkerhetskopier' })).toBeVisible();
    await expect(
      page.getByText(/Bare en administrator kan gjenopprette, eksportere eller importere data/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /Gjenopprett|Eksporter|Importer/ })).toHaveCount(0);

    await openAt(page, bridge, '/enheter');
    await expect(page.getByRole('table', { name: /Enheter/ })).toContainText('Hjemmetjenesten');
    await expect(page.getByRole('link', { name: 'Hjemmetjenesten' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ny enhet' })).toHaveCount(0);
    await checkScreen(page, 'enheter-medlem');

    await openAt(page, bridge, '/enheter/ny');
    await expect(page.getByText(/Bare en administrator kan legge til, endre og arkivere enheter/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Lagre/ })).toHaveCount(0);

    // Committee work is still offered.
    await openAt(page, bridge, '/oppnevninger');
    await expect(page.getByRole('link', { name: 'Registrer oppnevning' })).toBeVisible();
  });

  test('an administrator is offered all of it', async ({ page, bridge, app }) => {
    await app.invoke('units.create', { name: 'Hjemmetjenesten' });
    await asSignedIn(page, bridge, 'admin');

    await openAt(page, bridge, '/innstillinger');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toContainText('administrator');
    await expect(page.getByRole('button', { name: 'Lagre innstillinger' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sikkerhetskopier' })).toBeVisible();
    await expect(page.getByText(/Bare en administrator/)).toHaveCount(0);

    await openAt(page, bridge, '/enheter');
    await expect(page.getByRole('link', { name: 'Hjemmetjenesten' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ny enhet' })).toBeVisible();
  });
});
