import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Bridge, startBridge, staticFile } from '../../../cli/bridge';
import type { AppHandle } from '../../../core/app';
import { CONTENT_SECURITY_POLICY } from '../../../core/contentSecurityPolicy';
import { freshApp, tempDir } from '../../support/app';

let app: AppHandle;
let bridge: Bridge;
const root = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(root, 'index.html'), '<html><head></head><body>app</body></html>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
  app = await freshApp();
  bridge = await startBridge({ app, staticDir: root });
});
afterAll(async () => {
  await bridge.close();
  app.close();
});

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      new URL(pathname, bridge.origin),
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends raw bytes and returns what came back (the status line and all), or '' when the server closed without a word. */
function raw(bytes: Buffer, { hangUp = false } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(bridge.origin).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(bytes, () => {
      if (hangUp) socket.destroy();
      else socket.end();
    });
  });
}

const json = { 'x-akan-token': '', 'content-type': 'application/json' };
const good = () => ({ ...json, 'x-akan-token': bridge.token });

async function stillServes(): Promise<void> {
  const answer = await request('/api/settings.get', { method: 'POST', headers: good(), body: '' });
  expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { disclosureK: 3 } });
}

describe('loopback bridge', () => {
  test('listens on 127.0.0.1 only; the printed address carries the token in its fragment', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(bridge.url).toBe(`${bridge.origin}#token=${bridge.token}`);
  });

  test('calls the same dispatch with the token, refuses without it', async () => {
    await stillServes();
    const refused = await request('/api/settings.get', {
      method: 'POST',
      headers: { ...json, 'x-akan-token': 'wrong' },
      body: '',
    });
    expect(refused.status).toBe(403);
    expect((await request('/api/settings.get')).status).toBe(405);
  });

  test('never serves the token, and never takes it from the query string', async () => {
    for (const pathname of ['/', '/index.html', '/innstillinger', `/?token=${bridge.token}`]) {
      const page = await request(pathname);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain(bridge.token);
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    }
    const inQuery = await request(`/api/settings.get?token=${bridge.token}`, {
      method: 'POST',
      headers: json,
      body: '',
    });
    expect(inQuery.status).toBe(400);
    const withQuery = await request(`/api/settings.get?x=1`, { method: 'POST', headers: good(), body: '' });
    expect(withQuery.status).toBe(400);
  });

  test('refuses foreign Host headers (DNS rebinding), bad JSON, other content types and bad method names', async () => {
    expect((await request('/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await request('/api/settings.get', { method: 'POST', headers: good(), body: '{' })).status).toBe(400);
    expect(
      (await request('/api/settings.get', { method: 'POST', headers: good(), body: Buffer.from([0x7b, 0xff, 0x7d]) }))
        .status,
    ).toBe(400);
    const form = await request('/api/settings.get', {
      method: 'POST',
      headers: { ...good(), 'content-type': 'text/plain' },
      body: '',
    });
    expect(form.status).toBe(415);
    const badEscape = await request('/api/settings.%E0%A4%A', { method: 'POST', headers: good(), body: '' });
    expect(badEscape.status).toBe(400);
    const unknown = JSON.parse(
      (await request('/api/nope.nothing', { method: 'POST', headers: good(), body: '' })).body,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const proto = JSON.parse((await request('/api/__proto__', { method: 'POST', headers: good(), body: '' })).body);
    expect(proto).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('a body over 2 MiB gets a 413 that reaches the client, also when only its length is declared', async () => {
    const huge = await request('/api/settings.update', {
      method: 'POST',
      headers: good(),
      body: JSON.stringify({ organisationName: 'x'.repeat(3_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { message: 'Forespørselen er for stor.' } });
    const declared = await raw(
      Buffer.from(
        `POST /api/settings.update HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-akan-token: ${bridge.token}\r\ncontent-type: application/json\r\ncontent-length: 999999999999\r\n\r\n{}`,
      ),
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413/);
    const settings = await app.invoke('settings.get', {});
    expect(settings.ok && settings.value.organisationName).toBe('');
    await stillServes();
  });

  test('a token of the same length in characters but not in bytes is refused without a crash', async () => {
    const sameChars = Buffer.from(
      `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:1\r\ncontent-type: application/json\r\ncontent-length: 0\r\nx-akan-token: ${'é'.repeat(bridge.token.length)}\r\n\r\n`,
      'utf8',
    );
    expect(await raw(sameChars)).toMatch(/^HTTP\/1\.1 403/);
    await stillServes();
  });

  test('clients that hang up mid-body or send broken HTTP do not end the process', async () => {
    const head = `POST /api/settings.update HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-akan-token: ${bridge.token}\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n`;
    await raw(Buffer.from(`${head}{"organisationName":"x`), { hangUp: true });
    expect(await raw(Buffer.from('GARBAGE\r\n\r\n'))).toMatch(/^HTTP\/1\.1 400/);
    expect(
      await raw(Buffer.from('POST /api/x HTTP/1.1\r\nHost: 127.0.0.1:1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')),
    ).toMatch(/^HTTP\/1\.1 (400|403)/);
    await stillServes();
  });

  test('fuzzed requests are each answered or refused, and change nothing', async () => {
    const before = await app.invoke('changeLog.list', {});
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: fc.oneof(
            fc.string(),
            fc.constantFrom('settings.update', 'units.create', '%', '%%41', '..%2f..', 'a.b%E0'),
          ),
          token: fc.oneof(fc.string(), fc.constant('')),
          type: fc.constantFrom(
            'application/json',
            'text/plain',
            'application/JSON; charset=latin1',
            '',
            'multipart/form-data',
          ),
          body: fc.oneof(
            fc.json(),
            fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
          ),
        }),
        async ({ method, token, type, body }) => {
          const encoded = encodeURI(method).replace(/[?#]/g, '');
          const head = `POST /api/${encoded} HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-akan-token: ${token.replace(/[\r\n]/g, '')}\r\ncontent-type: ${type}\r\ncontent-length: ${Buffer.byteLength(body, 'latin1')}\r\nConnection: close\r\n\r\n`;
          const answer = await raw(Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(body, 'latin1')]));
          expect(answer).toMatch(/^HTTP\/1\.1 (400|403|415) /);
        },
      ),
      { numRuns: 150 },
    );
    const after = await app.invoke('changeLog.list', {});
    expect(after).toEqual(before);
    await stillServes();
  });

  test('fuzzed calls with the right token all get an answer in the contract shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('settings.get', 'units.list', 'recovery.status', 'backups.inspect', 'nope.nope', 'x'),
        fc.oneof(fc.json(), fc.string()),
        async (method, body) => {
          const answer = await request(`/api/${method}`, { method: 'POST', headers: good(), body });
          expect([200, 400]).toContain(answer.status);
          expect(JSON.parse(answer.body)).toHaveProperty('ok');
        },
      ),
      { numRuns: 100 },
    );
    await stillServes();
  });

  test('serves assets, but nothing outside the root', async () => {
    expect((await request('/assets/a.js')).body).toBe('console.log(1)');
    expect((await request('/assets/missing.js')).status).toBe(404);
    expect(staticFile(root, '/../secret')).toBeNull();
    expect(staticFile(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(staticFile(root, '/%2e%2e/x')).toBeNull();
    expect(staticFile(root, '/a\\..\\b')).toBeNull();
    expect(staticFile(root, '/%E0%A4%A')).toBeNull();
    expect(staticFile(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });
});
