import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type Bridge, startBridge } from '../../cli/bridge';
import { type AppHandle, openApp } from '../../core/app';
import { appChangeFeed } from '../../core/changeLog/appFeed';
import { seedDemo } from '../../core/demo';

export const TODAY = '2026-11-23';
/** `npm run build` output; `AKAN_BUILD_DIR` points elsewhere (e.g. `electron-vite build --outDir DIR`). */
export const STATIC_DIR = path.resolve(process.env.AKAN_BUILD_DIR ?? path.resolve(__dirname, '../../out'), 'renderer');

interface Fixtures {
  /** The real core on a fresh data file, served by the same loopback bridge as `npm run preview`. */
  app: AppHandle;
  bridge: Bridge;
  /** Opens a route of the app (e.g. `/oppnevninger`) and waits for its heading. */
  open: (route: string) => Promise<void>;
}

export const test = base.extend<Fixtures & { demo: boolean; organisationName: string | null }>({
  demo: [false, { option: true }],
  organisationName: ['Testkommune', { option: true }],
  app: async ({ demo, organisationName }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-e2e-'));
    const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), today: TODAY, user: 'e2e' });
    if (demo) await seedDemo(app, TODAY);
    else if (organisationName) await app.invoke('settings.update', { organisationName });
    // The first save of a new file takes the day's backup in the background: done before the page looks.
    await app.idle();
    await use(app);
    app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  bridge: async ({ app }, use) => {
    const feed = appChangeFeed(app);
    const bridge = await startBridge({ app, staticDir: STATIC_DIR, feed });
    await use(bridge);
    await bridge.close();
    feed.close();
  },
  open: async ({ page, bridge }, use) => {
    await use(async (route) => {
      await page.goto(`${bridge.url}#${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  },
});

/** No axe violations (WCAG 2.1 A/AA) on what the page shows now; saves a screenshot as an artifact. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  // A dialog still fading in has not its final colours yet: contrast is measured once animations have ended.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

export { expect };
