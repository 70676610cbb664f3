import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { type ServerConfig, parseConfig, type UserEntry } from '../../../server/config';
import { type RunningServer, startServer } from '../../../server/start';
import { tempDir } from '../../support/app';
import { Browser } from './browser';
import { API_AUDIENCE, CLIENT_ID, CLIENT_SECRET, DESKTOP_CLIENT_ID, startTestIdp, type TestIdp } from './idp';
import { type TestCertificate, testCertificate } from './tls';

export const TEST_ALLOW_LIST: UserEntry[] = [
  { id: 'kari@kommune.no', role: 'admin' },
  { id: 'ola@kommune.no', name: 'Ola Hansen', role: 'member' },
];

export interface TestServer extends RunningServer {
  idp: TestIdp;
  certificate: TestCertificate;
  config: ServerConfig;
  configFile: string;
  dir: string;
  browser(): Browser;
  /** A browser signed in as `login` through the provider's form, with its CSRF token from `/auth/me`. */
  signedIn(login: string): Promise<{ browser: Browser; csrf: string }>;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A stand-in for the built renderer: the page and one asset. */
export function fakeRenderer(dir: string): string {
  const root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><title>AKAN</title></head><body>app</body></html>',
  );
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("akan")');
  return root;
}

/** The real server on loopback HTTPS with a certificate made now, signing in at a real test identity provider. */
export async function startTestServer(
  overrides: Record<string, unknown> = {},
  staticDir?: string,
): Promise<TestServer> {
  const dir = tempDir('akan-server-');
  const certificate = await testCertificate();
  fs.writeFileSync(path.join(dir, 'cert.pem'), certificate.cert);
  fs.writeFileSync(path.join(dir, 'key.pem'), certificate.key, { mode: 0o600 });
  const port = await freePort();
  const publicUrl = `https://127.0.0.1:${port}`;
  const idp = await startTestIdp(publicUrl);
  const raw = {
    dataFile: path.join(dir, 'akan.sqlite'),
    backupFolder: path.join(dir, 'backups'),
    publicUrl,
    listen: { host: '127.0.0.1', port },
    tls: { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') },
    oidc: {
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      audience: API_AUDIENCE,
      desktopClientId: DESKTOP_CLIENT_ID,
      allowHttpIssuer: true,
    },
    users: TEST_ALLOW_LIST,
    contact: 'Kari Nordmann, leder i AKAN-utvalget',
    ...overrides,
  };
  const configFile = path.join(dir, 'server.json');
  fs.writeFileSync(configFile, JSON.stringify(raw, null, 2));
  const config = parseConfig(raw, {});
  const running = await startServer(config, {
    configFile,
    staticDir: staticDir ?? fakeRenderer(dir),
    today: '2026-11-23',
  });
  const browser = () => new Browser(certificate.cert);
  return {
    ...running,
    close: async () => {
      await running.close();
      await idp.close();
    },
    idp,
    certificate,
    config,
    configFile,
    dir,
    browser,
    async signedIn(login) {
      const b = browser();
      const landed = await b.navigate(`${publicUrl}/auth/login`, login);
      if (landed.status !== 200)
        throw new Error(`sign-in as ${login} ended with ${landed.status}: ${landed.body.slice(0, 300)}`);
      const me = await b.request(`${publicUrl}/auth/me`);
      return { browser: b, csrf: (JSON.parse(me.body) as { csrf: string }).csrf };
    },
  };
}

/** `POST /api/<method>` as the page does it: JSON, the CSRF header and the browser's cookies. */
export function callApi(
  server: TestServer,
  browser: Browser,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
) {
  return browser.request(`${server.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: input === undefined ? '' : JSON.stringify(input),
  });
}
