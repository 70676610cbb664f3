import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../../../core/app';
import { heldRecords } from '../../../../core/backups/held';
import type { ConnectionStatus } from '../../../../core/connection/contract';
import type { Result } from '../../../../core/errors';
import { ConnectionStore } from '../../../../electron/remote/connectionStore';
import { ConnectionController } from '../../../../electron/remote/controller';
import { freshApp, ok, tempDir } from '../../../support/app';
import { testSealer } from '../../../support/testSealer';
import { trustingFetch } from '../../../support/trustingFetch';
import { startTestServer, type TestServer } from '../../../server/support/server';

let server: TestServer;
const opened: AppHandle[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  opened.forEach((app) => app.close());
  await server.close();
});

interface Pc {
  controller: ConnectionController;
  local: AppHandle;
  signIns: number;
  reloads: number;
  /** What the person does in the app while the browser is signing in. */
  whileSigningIn?: () => Promise<void>;
}

/** A desktop whose local data file holds `units`, signing in through the system browser as `login`. */
async function pcWith(login: string, units: string[]): Promise<Pc> {
  const local = await freshApp({ dailyBackups: false });
  opened.push(local);
  for (const name of units) await ok(local, 'units.create', { name, headcount: 20 });
  await ok(local, 'settings.update', { organisationName: `Kommune for ${units[0]}` });
  const pc: Pc = { controller: null as never, local, signIns: 0, reloads: 0 };
  pc.controller = new ConnectionController({
    store: new ConnectionStore(tempDir('akan-desktop-'), testSealer()),
    fetch: trustingFetch(server.certificate.cert),
    openExternal: async (url) => {
      pc.signIns++;
      await pc.whileSigningIn?.();
      const landed = await server.browser().navigate(url, login);
      if (landed.status !== 200) throw new Error(`the browser ended at ${landed.status}`);
    },
    openLocal: async () => local.dispatch,
    localDataFile: local.dataFile,
    reload: () => pc.reloads++,
  });
  return pc;
}

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const unitNames = async (dispatch: AppHandle['dispatch']) =>
  value<{ name: string }[]>(await dispatch('units.list', {})).map((unit) => unit.name);

describe('«Flytt dataene til serveren»', () => {
  test('a member is refused by the server; nothing moves and this PC stays on its own file', async () => {
    const pc = await pcWith('ola@kommune.no', ['Helse']);
    const result = await pc.controller.invoke('connection.moveToServer', { url: server.url });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('Bare en administrator') },
    });
    expect(heldRecords(server.config.dataFile)).toEqual([]);
    expect(value<ConnectionStatus>(await pc.controller.invoke('connection.status', {}))).toMatchObject({
      mode: 'local',
      movedTo: null,
    });
    expect(fs.statSync(pc.local.dataFile).mode & 0o222).not.toBe(0);
    expect(value(await pc.controller.invoke('units.create', { name: 'Skole' }))).toMatchObject({ name: 'Skole' });
    expect(pc.reloads).toBe(0);
  });

  test('an admin moves the data: the server then holds exactly them, and this PC works on the server', async () => {
    const pc = await pcWith('kari@kommune.no', ['Teknisk drift', 'Vei og park']);
    await ok(pc.local, 'plan.create', { year: 2026, activity: 'Temamøte', kind: 'other', status: 'notStarted' });
    const localUnits = value(await pc.local.dispatch('units.list', {}));
    const localPlan = value(await pc.local.dispatch('plan.list', { year: 2026 }));
    const before = heldRecords(pc.local.dataFile);
    const duringMove: Result<unknown>[] = [];
    pc.whileSigningIn = async () => {
      duringMove.push(await pc.controller.invoke('units.create', { name: 'Lagret under flyttingen' }));
      duringMove.push(await pc.controller.invoke('connection.moveToServer', { url: server.url }));
      duringMove.push(await pc.controller.invoke('units.list', {}));
    };

    const status = value<ConnectionStatus>(await pc.controller.invoke('connection.moveToServer', { url: server.url }));
    expect(status).toMatchObject({
      mode: 'server',
      serverUrl: server.url,
      signedInAs: 'Kari Nordmann',
      organisationName: 'Kommune for Teknisk drift',
      movedTo: { serverUrl: server.url },
    });
    expect(pc.reloads).toBe(1);
    expect(duringMove.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['busy', 'busy', 'ok']);
    expect(heldRecords(server.config.dataFile)).toEqual(before);
    expect(value(await server.app.dispatch('units.list', {}))).toEqual(localUnits);
    expect(value(await server.app.dispatch('plan.list', { year: 2026 }))).toEqual(localPlan);
    expect(value<{ organisationName: string }>(await server.app.dispatch('settings.get', {})).organisationName).toBe(
      'Kommune for Teknisk drift',
    );
    expect(await unitNames(async (m, i) => pc.controller.invoke(m, i))).toEqual(['Teknisk drift', 'Vei og park']);
  });

  test('the local file is kept as it was, read-only, also after switching back to it', async () => {
    const pc = await pcWith('kari@kommune.no', ['Barnehage']);
    // The server holds data from the test before: this move needs the yes.
    value(await pc.controller.invoke('connection.moveToServer', { url: server.url, confirmReplace: true }));
    const file = pc.local.dataFile;
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    const kept = sha(file);

    const local = value<ConnectionStatus>(await pc.controller.invoke('connection.useLocal', {}));
    expect(local).toMatchObject({ mode: 'local', movedTo: { serverUrl: server.url } });
    expect(await unitNames(async (m, i) => pc.controller.invoke(m, i))).toEqual(['Barnehage']);
    const save = await pc.controller.invoke('units.create', { name: 'Ny enhet' });
    expect(save).toMatchObject({
      ok: false,
      error: { code: 'readonly', message: expect.stringMatching(/flyttet til .* kan bare leses/) },
    });
    expect((await pc.controller.invoke('backups.import', { file: '/tmp/x.akan' })).ok).toBe(false);
    expect(await pc.controller.invoke('connection.moveToServer', { url: server.url })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('allerede flyttet') },
    });
    expect(sha(file)).toBe(kept);
    expect(await unitNames(pc.local.dispatch)).toEqual(['Barnehage']);
  });

  test('a server that holds data already asks first, naming what would be replaced; the yes needs no new sign-in', async () => {
    const pc = await pcWith('kari@kommune.no', ['Kultur', 'Idrett', 'Havn']);
    const onServer = heldRecords(server.config.dataFile);
    const asked = await pc.controller.invoke('connection.moveToServer', { url: server.url });
    expect(asked).toMatchObject({
      ok: false,
      error: { code: 'refused', fields: { confirmReplace: expect.stringContaining('Enheter (1)') } },
    });
    if (!asked.ok) expect(asked.error.message).toMatch(/erstattet .* sikkerhetskopi .* Ingenting er endret/);
    expect(heldRecords(server.config.dataFile)).toEqual(onServer);
    expect(await unitNames(server.app.dispatch)).toEqual(['Barnehage']);
    expect(value<ConnectionStatus>(await pc.controller.invoke('connection.status', {})).mode).toBe('local');
    expect(fs.statSync(pc.local.dataFile).mode & 0o222).not.toBe(0);

    value(await pc.controller.invoke('connection.moveToServer', { url: server.url, confirmReplace: true }));
    expect(pc.signIns).toBe(1);
    expect(await unitNames(server.app.dispatch)).toEqual(['Havn', 'Idrett', 'Kultur']);
    const safety = fs.readdirSync(path.join(server.dir, 'backups')).filter((name) => name.includes('import'));
    expect(safety.length).toBeGreaterThanOrEqual(2);
  });
});
