import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright';
import { type Bridge, startBridge } from '../cli/bridge';
import { type AppHandle, openApp } from '../core/app';
import { todayInOslo } from '../core/validation/dates';
import playwrightConfig from '../playwright.config';
import { historyDataset } from './dataset';
import { builtRenderer } from './rendererBuild';
import type { BenchCase, BenchFigure } from './run';

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

const CONTENT_RUNS = 5;
const CONTENT_LIMIT_MS = 1_000;

/**
 * Runs in the page before its own scripts: notes the frame in which the key figures are first drawn (the first
 * animation frame after they are in the document), as the page itself sees it, not when a poll from outside gets to it.
 */
const MARK_KEY_FIGURES = `
  const seen = new MutationObserver(() => {
    if (!document.querySelector('ul[aria-label="Nøkkeltall"] li')) return;
    seen.disconnect();
    requestAnimationFrame((frame) => { window.keyFiguresShown = frame; });
  });
  seen.observe(document, { childList: true, subtree: true });
`;

/** Oversikt's own content (the year at a glance with its key figures) on the 15-year file, from navigation start. */
export async function figures(): Promise<BenchFigure[]> {
  const renderer = builtRenderer();
  const opened = await openApp({
    dataFile: (await historyDataset(15, todayInOslo())).file,
    user: 'bench',
    dailyBackups: false,
  });
  const served = await startBridge({ app: opened, staticDir: renderer });
  const chromiumBrowser = await chromium.launch(playwrightConfig.use?.launchOptions);
  const { viewport, locale, timezoneId } = playwrightConfig.use ?? {};
  const times: number[] = [];
  try {
    for (let i = 0; i < CONTENT_RUNS; i++) {
      const context = await chromiumBrowser.newContext({ viewport, locale, timezoneId });
      const page = await context.newPage();
      await page.addInitScript({ content: MARK_KEY_FIGURES });
      await page.goto(`${served.url}#/oversikt`, { waitUntil: 'commit' });
      const shown = await page.waitForFunction(() => (globalThis as { keyFiguresShown?: number }).keyFiguresShown);
      times.push((await shown.jsonValue()) as number);
      await context.close();
    }
  } finally {
    await chromiumBrowser.close();
    await served.close();
    opened.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  return [
    {
      name: `Oversikt's key figures visible on 15 years (Chromium, fresh context; median of ${CONTENT_RUNS}, min ${Math.round(Math.min(...times))} ms)`,
      value: `${Math.round(median)} ms`,
      limit: `≤ ${CONTENT_LIMIT_MS} ms`,
      ok: median <= CONTENT_LIMIT_MS,
    },
  ];
}
