import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright';
import { type Bridge, startBridge } from '../cli/bridge';
import { type AppHandle, openApp } from '../core/app';
import { todayInOslo } from '../core/validation/dates';
import playwrightConfig from '../playwright.config';
import { historyDataset } from './dataset';
import { builtRenderer } from './rendererBuild';
import type { BenchCase } from './run';

/** The floor: a page with a heading and a paragraph and nothing else, from the same bridge as the app. */
const FLOOR_PAGE = 'first-paint-floor.html';
const FLOOR_HTML = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>AKAN Utvalg</title></head>
<body><h1>AKAN Utvalg</h1><p>En statisk side, servert på samme måte som appen.</p></body></html>
`;

let app: AppHandle;
let bridge: Bridge;
let browser: Browser;

/** First contentful paint (ms after navigation start) of `url` in a fresh browser context, so nothing is cached. */
async function firstContentfulPaint(url: string): Promise<number> {
  const { viewport, locale, timezoneId } = playwrightConfig.use ?? {};
  const context = await browser.newContext({ viewport, locale, timezoneId });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const paint = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    );
    return (await paint.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

export default [
  {
    name: 'first contentful paint, Oversikt on 15 years (Chromium, fresh context, loopback bridge)',
    setup: async () => {
      const renderer = builtRenderer();
      fs.writeFileSync(path.join(renderer, FLOOR_PAGE), FLOOR_HTML);
      app = await openApp({
        dataFile: (await historyDataset(15, todayInOslo())).file,
        user: 'bench',
        dailyBackups: false,
      });
      bridge = await startBridge({ app, staticDir: renderer });
      browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    },
    run: () => firstContentfulPaint(`${bridge.url}#/oversikt`),
    floor: { name: 'a static page, same bridge', run: () => firstContentfulPaint(`${bridge.origin}${FLOOR_PAGE}`) },
    target: 2,
    teardown: async () => {
      await browser.close();
      await bridge.close();
      app.close();
    },
  },
] satisfies BenchCase[];
