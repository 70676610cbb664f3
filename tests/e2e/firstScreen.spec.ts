import { expect, test } from '@playwright/test';
import { FIRST_SCREEN_LIMIT_KB, firstScreen } from '../../bench/firstScreen';
import { STATIC_DIR } from './fixtures';

// A size, not a time: the build's first screen must stay small however the machine is loaded.
test(`the first screen (Oversikt before its charts) loads at most ${FIRST_SCREEN_LIMIT_KB} kB of JavaScript, gzip`, () => {
  const screen = firstScreen(STATIC_DIR);
  expect(screen.gzipBytes / 1024).toBeLessThanOrEqual(FIRST_SCREEN_LIMIT_KB);
  // Charts and the other areas come in chunks of their own, loaded when first shown.
  expect(screen.files.some((f) => /^(ReportChartView|OpplaeringPage|StatistikkPage|RapportPage)-/.test(f))).toBe(false);
  expect(screen.files.length).toBeGreaterThan(1);
});
