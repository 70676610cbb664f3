import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CommanderError } from 'commander';
import { describe, expect, test, vi } from 'vitest';
import { seedDemo } from '../../core/demo';
import { DATA_FILE_ID_KEY, DATA_FILE_LOCATION_KEY } from '../../core/settings/stored';
import { serverProgram } from '../../server/cli';
import { ConfigError, parseConfig } from '../../server/config';
import { freshApp, ok, tempDir } from '../support/app';
import { callApi, startTestServer } from './support/server';

const ROOT = path.resolve(__dirname, '../..');
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');

class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Runs `npm run server -- ...args` in this process (a child process per command costs seconds on a busy machine). */
async function runServerCli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Exit(Number(code ?? 0));
  });
  let status = 0;
  try {
    await serverProgram().parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof Exit) status = error.code;
    else if (error instanceof CommanderError) status = 2;
    else throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
    exit.mockRestore();
  }
  return { status, stdout, stderr };
}

/** Every row of every table but the change log (which records the import itself) and the data file's own id. */
function committeeData(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('change_log') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    // The file's own rows say which file it is and where it lives, not what the committee holds: a copy of a file
    // whose original is still where it was (here, on the same machine) gets its own id (core/backups/location.ts).
    const own = `WHERE key NOT IN ('${DATA_FILE_ID_KEY}', '${DATA_FILE_LOCATION_KEY}')`;
    return Object.fromEntries(
      tables.map((t) => [
        t,
        sqlite.prepare(`SELECT * FROM "${t}" ${t === 'settings' ? own : ''} ORDER BY rowid`).all(),
      ]),
    );
  } finally {
    sqlite.close();
  }
}

const VALID = {
  dataFile: '/var/lib/akan-utvalg/akan-utvalg.sqlite',
  publicUrl: 'https://akan.kommune.no',
  listen: { port: 8443 },
  tls: { cert: '/etc/akan-utvalg/cert.pem', key: '/etc/akan-utvalg/key.pem' },
  oidc: {
    issuer: 'https://login.microsoftonline.com/tenant/v2.0',
    clientId: 'abc',
  },
  contact: 'Kari Nordmann',
};

describe('the config file', () => {
  test('a valid config gets the documented defaults', () => {
    const config = parseConfig(VALID, {});
    expect(config).toMatchObject({
      sessionIdleMinutes: 60,
      rateLimitPerMinute: 600,
      users: [],
      listen: { host: '0.0.0.0', port: 8443 },
    });
    expect(config.oidc.userClaims[0]).toBe('preferred_username');
    expect(parseConfig(VALID, { AKAN_OIDC_CLIENT_SECRET: 'fra-miljøet' }).oidc.clientSecret).toBe('fra-miljøet');
  });

  test.each([
    [
      { ...VALID, publicUrl: 'http://akan.kommune.no' },
      'publicUrl: publicUrl (adressen brukerne åpner) må begynne med https://.',
    ],
    [{ ...VALID, tls: null }, 'trustProxy: Uten tls må trustProxy settes'],
    [{ ...VALID, dataFile: 'data.sqlite' }, 'dataFile: dataFile (datafilen) må være en hel sti'],
    [
      { ...VALID, oidc: { ...VALID.oidc, issuer: 'http://127.0.0.1:9000' } },
      'oidc.issuer: oidc.issuer må begynne med https://.',
    ],
    [{ ...VALID, users: [{ id: 'a@k.no', role: 'sjef' }] }, 'users.0.role: Rollen må være «member» eller «admin».'],
    [
      {
        ...VALID,
        users: [
          { id: 'a@k.no', role: 'admin' },
          { id: 'A@k.no', role: 'member' },
        ],
      },
      'A@k.no står mer enn én gang',
    ],
    [{ ...VALID, listen: { port: 70000 } }, 'listen.port: listen.port må være fra 1 til 65535.'],
    [{ ...VALID, sessionIdelMinutes: 5 }, 'Ukjent innstilling: sessionIdelMinutes.'],
    [{ ...VALID, contact: undefined }, 'contact: contact (hvem man ber om tilgang) mangler.'],
  ])('refuses a bad config with a Norwegian message naming the field (%#)', (raw, message) => {
    expect(() => parseConfig(raw, {})).toThrow(ConfigError);
    expect(() => parseConfig(raw, {})).toThrow(message);
  });
});

describe('server commands', () => {
  test('users add/list/remove edit the allow-list in the config file, and refuse a bad role', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'server.json');
    fs.writeFileSync(file, JSON.stringify(VALID), { mode: 0o600 });
    expect((await runServerCli('users', 'list', '--config', file)).stdout).toContain('Ingen har tilgang ennå');
    expect(
      (
        await runServerCli(
          'users',
          'add',
          '--config',
          file,
          '--id',
          'kari@kommune.no',
          '--role',
          'admin',
          '--name',
          'Kari Nordmann',
        )
      ).status,
    ).toBe(0);
    expect(
      (await runServerCli('users', 'add', '--config', file, '--id', 'ola@kommune.no', '--role', 'member')).status,
    ).toBe(0);
    const bad = await runServerCli('users', 'add', '--config', file, '--id', 'per@kommune.no', '--role', 'sjef');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Rollen må være «member» eller «admin».');
    expect(
      (await runServerCli('users', 'add', '--config', file, '--id', 'OLA@kommune.no', '--role', 'admin')).status,
    ).toBe(0);
    expect((await runServerCli('users', 'list', '--config', file)).stdout).toBe(
      'admin   kari@kommune.no (Kari Nordmann)\nadmin   OLA@kommune.no\n',
    );
    expect((await runServerCli('users', 'remove', '--config', file, '--id', 'ola@kommune.no')).status).toBe(0);
    expect((await runServerCli('users', 'remove', '--config', file, '--id', 'ola@kommune.no')).stderr).toContain(
      'står ikke på listen',
    );
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(saved.users).toEqual([{ id: 'kari@kommune.no', name: 'Kari Nordmann', role: 'admin' }]);
    expect(saved.oidc).toEqual(VALID.oidc);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const broken = await runServerCli('check', '--config', path.join(dir, 'finnes-ikke.json'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('Fant ikke konfigurasjonsfilen');
  });

  test('moving a committee: its .akan export imported on the server is the same data, and check/backup work on it', async () => {
    const local = await freshApp();
    await seedDemo(local, '2026-11-23');
    const exportFile = path.join(tempDir(), 'utvalget.akan');
    await ok(local, 'backups.export', { file: exportFile });
    const before = committeeData(local.dataFile);
    local.close();

    const dir = tempDir();
    const file = path.join(dir, 'server.json');
    const dataFile = path.join(dir, 'data', 'akan-utvalg.sqlite');
    fs.writeFileSync(
      file,
      JSON.stringify({
        ...VALID,
        dataFile,
        backupFolder: path.join(dir, 'kopier'),
      }),
    );
    const imported = await runServerCli('import', '--config', file, '--from', exportFile);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(committeeData(dataFile)).toEqual(before);
    const check = await runServerCli('check', '--config', file);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('Datafilen er i orden.');
    const backup = await runServerCli('backup', '--config', file);
    expect(backup.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'kopier')).length).toBe(1);
  });
});

describe('graceful shutdown', () => {
  test(
    'on SIGTERM every write that was answered is in the data file, and the process exits 0',
    { timeout: 120_000 },
    async () => {
      // The server is started as its own process here, the way systemd runs it.
      const harness = await startTestServer({ rateLimitPerMinute: 100_000 });
      const raw = JSON.parse(fs.readFileSync(harness.configFile, 'utf8'));
      await harness.server.close();
      harness.app.close();
      raw.staticDir = path.join(harness.dir, 'renderer');
      fs.writeFileSync(harness.configFile, JSON.stringify(raw));
      const child = spawn(
        NODE,
        ['--import', 'tsx', path.join(ROOT, 'server', 'index.ts'), '--config', harness.configFile],
        {
          cwd: ROOT,
          env: { ...process.env, AKAN_LOG_LEVEL: 'warn' },
        },
      );
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const browser = harness.browser();
      for (let i = 0; ; i++) {
        const up = await browser.request(`${harness.url}/healthz`).catch(() => null);
        if (up?.status === 200) break;
        if (i > 200) throw new Error(`server did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const token = await harness.idp.signToken({ sub: 'ola@kommune.no' });
      const writes = Array.from({ length: 40 }, (_, i) =>
        callApi(
          harness,
          browser,
          'plan.create',
          {
            year: 2026,
            activity: `Punkt ${i}`,
            kind: 'other',
            status: 'notStarted',
          },
          { authorization: `Bearer ${token}` },
        ).catch(() => null),
      );
      await new Promise((r) => setTimeout(r, 30));
      child.kill('SIGTERM');
      const answers = await Promise.all(writes);
      expect(await exited).toBe(0);
      await harness.idp.close();
      const saved = answers
        .filter((a) => a?.status === 200 && JSON.parse(a.body).ok)
        .map((a) => JSON.parse(a?.body ?? '').value.activity as string);
      const sqlite = new Database(raw.dataFile, { readonly: true });
      const inFile = sqlite.prepare('SELECT activity FROM plan_items').pluck().all() as string[];
      sqlite.close();
      expect(saved.length).toBeGreaterThan(0);
      expect(inFile.sort()).toEqual(saved.sort());
    },
  );
});
