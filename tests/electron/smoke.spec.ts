import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { openApp } from '../../core/app';
import { locateElectron } from '../../electron/launch.cjs';

const ROOT = path.resolve(__dirname, '../..');
const binary = locateElectron();

test.skip(!binary, 'Electron-binæren finnes ikke på denne maskinen; kjøres på release-maskiner');

interface AkanWindow {
  akan: { invoke(method: string, input: unknown): Promise<{ ok: boolean; value?: { organisationName?: string } }> };
  require?: unknown;
  process?: unknown;
}

test('the built app starts hardened, shows Oversikt and answers through window.akan', async () => {
  expect(fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js')), 'run `electron-vite build` first').toBe(true);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-smoke-'));
  const dataFile = path.join(home, 'akan-utvalg.sqlite');
  const seed = await openApp({ dataFile });
  await seed.invoke('settings.update', { organisationName: 'Røykprøve kommune' });
  seed.close();

  // Own userData (and so its own single-instance lock) beside the data file, never the tester's real one.
  const app = await electron.launch({
    executablePath: binary as string,
    args: [ROOT],
    env: { ...process.env, AKAN_DATA_FILE: dataFile, LOCALAPPDATA: home, XDG_DATA_HOME: home },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/AKAN Utvalg/);
    expect(page.url()).toMatch(/^app:\/\/akan\//);
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();

    const settings = await page.evaluate(() => (window as unknown as AkanWindow).akan.invoke('settings.get', {}));
    expect(settings).toMatchObject({ ok: true, value: { organisationName: 'Røykprøve kommune' } });

    const exposed = await page.evaluate(() => {
      const w = window as unknown as AkanWindow;
      return { require: typeof w.require, process: typeof w.process, akan: Object.keys(w.akan) };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', akan: ['invoke'] });
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
