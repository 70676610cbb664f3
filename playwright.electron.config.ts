import { defineConfig } from '@playwright/test';

/** The Electron smoke suite: needs the Electron binary and `electron-vite build` output in out/. */
export default defineConfig({
  testDir: 'tests/electron',
  outputDir: 'test-results/electron',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
