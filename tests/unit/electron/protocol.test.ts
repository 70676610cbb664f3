import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  mimeType,
  registerAppScheme,
  resolveAppFile,
  serveApp,
  serveAppRequest,
} from '../../../electron/protocol';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const SECRET = 'hemmelig innhold utenfor roten';
let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-protocol-'));
  root = path.join(sandbox, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>AKAN Utvalg</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(sandbox, 'secret.txt'), SECRET);
});

beforeEach(async () => (await fakeElectron()).resetFakeElectron());

const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('resolveAppFile: the path-traversal guard', () => {
  const attempts = [
    'app://akan/../secret.txt',
    'app://akan/assets/../../secret.txt',
    'app://akan/..%2fsecret.txt',
    'app://akan/..%2Fsecret.txt',
    'app://akan/assets/..%2f..%2fsecret.txt',
    'app://akan/%2e%2e/secret.txt',
    'app://akan/%2E%2E%2Fsecret.txt',
    'app://akan/assets/%2e%2e/%2e%2e/secret.txt',
    'app://akan/.%2e/secret.txt',
    'app://akan/..\\secret.txt',
    'app://akan/assets%5c..%5c..%5csecret.txt',
    'app://akan/..%5csecret.txt',
    'app://akan//etc/passwd',
    'app://akan/%2Fetc%2Fpasswd',
    'app://akan/C:/Windows/win.ini',
    'app://akan/C%3A%5CWindows%5Cwin.ini',
    'app://akan/./index.html',
    'app://akan/assets/../index.html',
    'app://akan/assets/%2e%2e%2findex.html',
    'app://akan/index.html%00.png',
    'app://akan/%E0%A4%A',
    'app://akan/assets/',
  ];

  it.each(attempts)('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('refuses the absolute path of a file outside the root, encoded', () => {
    expect(resolveAppFile(`app://akan/${encodeURIComponent(path.join(sandbox, 'secret.txt'))}`, root)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://akan.evil/index.html',
    'app://akan@evil/index.html',
    'https://akan/index.html',
    'file:///etc/passwd',
  ])('refuses other origins: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('maps normal files, the bare origin and query/hash', () => {
    expect(resolveAppFile('app://akan/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(APP_ENTRY_URL, root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://akan/index.html?x=1#/oversikt', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://akan/assets/app.js', root)).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppFile('app://akan/assets/my%20file.js', root)).toBe(path.join(root, 'assets', 'my file.js'));
  });

  it('never resolves anything outside the root, whatever the URL', () => {
    const base = path.resolve(root) + path.sep;
    const segment = fc.constantFrom(
      '..',
      '.',
      '',
      '%2e%2e',
      '%2E.',
      '..%2f',
      '%5c',
      '\\',
      'C:',
      '%2f',
      'assets',
      'index.html',
      '%00',
      '%',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(segment, fc.string()), { maxLength: 8 }), (parts) => {
        const file = resolveAppFile(`app://akan/${parts.join('/')}`, root);
        return file === null || file.startsWith(base);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('serving app:// requests', () => {
  it('serves index.html with the strict CSP', async () => {
    const response = await get('app://akan/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>AKAN Utvalg</title>');
  });

  it('serves scripts and styles with their MIME types', async () => {
    const script = await get('app://akan/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect((await get('app://akan/assets/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for missing files and for every traversal attempt, never leaking the file outside', async () => {
    expect((await get('app://akan/missing.js')).status).toBe(404);
    for (const url of ['app://akan/..%2fsecret.txt', 'app://akan/%2e%2e/secret.txt', 'app://akan/..\\secret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('knows the MIME types the renderer build emits', () => {
    expect(mimeType('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.PNG')).toBe('image/png');
    expect(mimeType('a.wasm')).toBe('application/wasm');
    expect(mimeType('noext')).toBe('application/octet-stream');
  });
});

describe('the CSP', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('isAppUrl', () => {
  it('accepts only the app:// origin', () => {
    expect(isAppUrl('app://akan/index.html')).toBe(true);
    expect(isAppUrl('app://akan/')).toBe(true);
    for (const url of [
      'app://evil/',
      'app://akan.evil/',
      'app://x@akan/',
      'https://akan/',
      'file:///index.html',
      'about:blank',
      '',
      'nonsense',
    ]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});

describe('registering the scheme', () => {
  it('registers app:// as standard, secure and fetchable', async () => {
    const electron = await fakeElectron();
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app:// with the guarded file server', async () => {
    const electron = await fakeElectron();
    serveApp(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (
      request: Pick<Request, 'url' | 'method'>,
    ) => Promise<Response>;
    expect((await handler({ url: 'app://akan/index.html', method: 'GET' })).status).toBe(200);
    expect((await handler({ url: 'app://akan/..%2fsecret.txt', method: 'GET' })).status).toBe(404);
  });
});
