import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openApp } from '../../../../core/app';
import { type ChangeBatch, createChangeFeed } from '../../../../core/changeLog/feed';
import type { ConnectionStatus } from '../../../../core/connection/contract';
import type { Result } from '../../../../core/errors';
import { ConnectionStore, type Sealer } from '../../../../electron/remote/connectionStore';
import { ConnectionController, type Dispatcher } from '../../../../electron/remote/controller';
import { checkServer, serverOrigin } from '../../../../electron/remote/serverCheck';
import { freshApp, ok, tempDir } from '../../../support/app';
import { testSealer } from '../../../support/testSealer';
import { trustingFetch } from '../../../support/trustingFetch';
import { startTestServer, type TestServer } from '../../../server/support/server';

let server: TestServer;
let fetch: ReturnType<typeof trustingFetch>;

beforeAll(async () => {
  server = await startTestServer();
  fetch = trustingFetch(server.certificate.cert);
});
afterAll(() => server.close());

interface Desktop {
  controller: ConnectionController;
  dir: string;
  sealer: Sealer;
  reloads: number;
  localCalls: unknown[];
}

/** The desktop's main process: its user-data folder, the system browser signing in as `login`, a local file. */
function desktop(login = 'kari@kommune.no', dir = tempDir('akan-desktop-'), sealer = testSealer()): Desktop {
  const state: Desktop = { controller: null as never, dir, sealer, reloads: 0, localCalls: [] };
  const local: Dispatcher = async (method) => {
    state.localCalls.push(method);
    return { ok: true, value: { local: true } };
  };
  state.controller = new ConnectionController({
    store: new ConnectionStore(dir, sealer),
    fetch,
    openExternal: async (url) => {
      const landed = await server.browser().navigate(url, login);
      if (landed.status !== 200) throw new Error(`the browser ended at ${landed.status}`);
    },
    openLocal: async () => local,
    localDataFile: path.join(dir, 'akan.sqlite'),
    reload: () => state.reloads++,
  });
  return state;
}

const value = <T>(result: Result<unknown>) => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

describe('checking the address', () => {
  test('the address is taken as typed, and only its origin is kept', () => {
    expect(serverOrigin('akan.kommune.no')?.href).toBe('https://akan.kommune.no/');
    expect(serverOrigin(' https://akan.kommune.no/api/ ')?.href).toBe('https://akan.kommune.no/');
    expect(serverOrigin('https://kari:hemmelig@akan.kommune.no')).toBeNull();
    expect(serverOrigin('')).toBeNull();
  });

  test('plain http is refused before anything is sent', async () => {
    const check = await checkServer('http://akan.kommune.no', async () => {
      throw new Error('must not be called');
    });
    expect(check).toEqual({ ok: false, message: expect.stringContaining('https://') });
  });

  test('a certificate this PC does not trust gives its own message', async () => {
    const check = await checkServer(server.url, globalThis.fetch);
    expect(check).toMatchObject({ ok: false, message: expect.stringContaining('sertifikat') });
  });

  test('a server that is not AKAN Utvalg, or of another contract generation, is refused', async () => {
    const answers: unknown[] = [
      { hello: 'world' },
      { product: 'AKAN Utvalg', version: '9.0.0', contractVersion: 99, organisationName: null, oidc: null },
    ];
    for (const answer of answers) {
      const other = https.createServer({ cert: server.certificate.cert, key: server.certificate.key }, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      const check = await checkServer(`https://127.0.0.1:${(other.address() as { port: number }).port}`, fetch);
      other.close();
      expect(check.ok).toBe(false);
      if (!check.ok)
        expect(check.message).toMatch(
          answer === answers[0] ? /ikke en AKAN Utvalg-server/ : /nyere AKAN Utvalg \(9\.0\.0\)/,
        );
    }
  });

  test('the real server answers who it is and where to sign in', async () => {
    const check = await checkServer(server.url, fetch);
    expect(check).toMatchObject({
      ok: true,
      url: server.url,
      info: { product: 'AKAN Utvalg', oidc: { issuer: server.idp.issuer } },
    });
  });
});

describe('the desktop on the server', () => {
  test('signs in through the system browser and works on the server, the change log naming the person', async () => {
    const pc = desktop('kari@kommune.no');
    const status = value<ConnectionStatus>(
      await pc.controller.invoke('connection.useServer', { url: server.url.replace('https://', '') }),
    );
    expect(status).toMatchObject({
      mode: 'server',
      serverUrl: server.url,
      signedIn: true,
      signedInAs: 'Kari Nordmann',
    });
    expect(pc.reloads).toBe(1);

    const created = value<{ id: number }>(
      await pc.controller.invoke('units.create', { name: 'Teknisk drift', headcount: 40, leaderCount: 3 }),
    );
    const onServer = value<{ id: number; name: string }[]>(await server.app.dispatch('units.list', {}));
    expect(onServer.map((u) => u.name)).toContain('Teknisk drift');
    const log = value<{ user: string; method: string; entityId: number | null }[]>(
      await server.app.dispatch('changeLog.list', {}),
    );
    expect(log.find((e) => e.method === 'units.create' && e.entityId === created.id)?.user).toMatch(
      /Kari Nordmann|kari@kommune\.no/,
    );
    expect(pc.localCalls).toEqual([]);
  });

  test('stays signed in across a restart; the tokens are only ever stored sealed', async () => {
    const first = desktop('ola@kommune.no');
    value(await first.controller.invoke('connection.useServer', { url: server.url }));
    const stored = fs.readFileSync(path.join(first.dir, 'server-session.bin'));
    expect(stored.toString('latin1')).not.toMatch(/eyJ|Ola Hansen|refresh/);

    const again = desktop('nobody-signs-in', first.dir, first.sealer);
    expect(value<ConnectionStatus>(await again.controller.invoke('connection.status', {}))).toMatchObject({
      mode: 'server',
      signedInAs: 'Ola Hansen',
    });
    expect(value<{ disclosureK: number }>(await again.controller.invoke('settings.get', undefined)).disclosureK).toBe(
      3,
    );
  });

  test('an expired access token is renewed with the refresh token, without asking the user', async () => {
    const pc = desktop('kari@kommune.no');
    value(await pc.controller.invoke('connection.useServer', { url: server.url }));
    const store = new ConnectionStore(pc.dir, pc.sealer);
    const tokens = store.tokens()!;
    expect(tokens.refreshToken).toBeTruthy();
    store.setTokens({ ...tokens, expiresAt: Date.now() - 1000 });
    const restarted = desktop('nobody-signs-in', pc.dir, pc.sealer);
    expect((await restarted.controller.invoke('settings.get', undefined)).ok).toBe(true);
    expect(store.tokens()!.accessToken).not.toBe(tokens.accessToken);
  });

  test('tokens the server no longer accepts and cannot be renewed: signed out, with the way back', async () => {
    const pc = desktop('kari@kommune.no');
    value(await pc.controller.invoke('connection.useServer', { url: server.url }));
    const store = new ConnectionStore(pc.dir, pc.sealer);
    store.setTokens({ ...store.tokens()!, accessToken: 'ikke.en.token', refreshToken: null });
    const restarted = desktop('nobody-signs-in', pc.dir, pc.sealer);
    const result = await restarted.controller.invoke('settings.get', undefined);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'signed_out', message: expect.stringContaining('Logg inn igjen') },
    });
  });

  test('someone not on the allow-list signs in but gets no data', async () => {
    const pc = desktop('utenfor@kommune.no');
    value(await pc.controller.invoke('connection.useServer', { url: server.url }));
    const result = await pc.controller.invoke('settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('ikke tilgang') } });
  });

  test('«Bruk lokal datafil» switches back to this PC’s own file', async () => {
    const pc = desktop('kari@kommune.no');
    value(await pc.controller.invoke('connection.useServer', { url: server.url }));
    expect(value<ConnectionStatus>(await pc.controller.invoke('connection.useLocal', {}))).toMatchObject({
      mode: 'local',
      signedIn: false,
    });
    expect(fs.existsSync(path.join(pc.dir, 'server-session.bin'))).toBe(false);
    expect(value(await pc.controller.invoke('settings.get', undefined))).toEqual({ local: true });
  });

  test('a wrong address is answered on the field, and nothing changes', async () => {
    const pc = desktop();
    const result = await pc.controller.invoke('connection.useServer', { url: 'http://akan.kommune.no' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { url: expect.stringContaining('https://') } },
    });
    expect(value<ConnectionStatus>(await pc.controller.invoke('connection.status', {})).mode).toBe('local');
    expect(pc.reloads).toBe(0);
  });
});

describe('the desktop relays everyone’s changes to its window', () => {
  const nextBatch = (controller: ConnectionController) =>
    new Promise<ChangeBatch>((resolve) => {
      const stop = controller.follow((batch) => {
        stop();
        resolve(batch);
      });
    });

  test('on the server: another person’s change arrives over the event stream, by method name', async () => {
    const pc = desktop('ola@kommune.no');
    value(await pc.controller.invoke('connection.useServer', { url: server.url }));
    const batch = nextBatch(pc.controller);
    await new Promise((resolve) => setTimeout(resolve, 500));
    value(
      await server.app.dispatch(
        'plan.create',
        { year: 2026, activity: 'Temamøte', kind: 'other', status: 'notStarted' },
        'Kari Nordmann',
      ),
    );
    expect((await batch).methods).toContain('plan.create');
  });

  test('on the local file: a change made by another process on the same file (the CLI) arrives too', async () => {
    const here = await freshApp();
    const cli = await openApp({ dataFile: here.dataFile, today: '2026-11-23', user: 'CLI', dailyBackups: false });
    const feed = createChangeFeed(() => here.context.sqlite, 20);
    const pc = desktop();
    const controller = new ConnectionController({
      store: new ConnectionStore(pc.dir, pc.sealer),
      fetch,
      openExternal: async () => {},
      openLocal: async () => here.dispatch,
      localDataFile: here.dataFile,
      localFeed: () => feed,
      reload: () => {},
    });
    const batch = nextBatch(controller);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await ok(cli, 'units.create', { name: 'Vei og park' });
    expect((await batch).methods).toEqual(['units.create']);
    feed.close();
    cli.close();
    here.close();
  });
});
