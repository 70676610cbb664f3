import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Bridge, startBridge, staticFile } from '../../../cli/bridge';
import type { AppHandle } from '../../../core/app';
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

function request(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(new URL(pathname, bridge.url), { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback bridge', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('calls the same dispatch with the token, refuses without it', async () => {
    const headers = { 'x-akan-token': bridge.token, 'content-type': 'application/json' };
    const okCall = await request('/api/settings.get', { method: 'POST', headers, body: '' });
    expect(JSON.parse(okCall.body)).toMatchObject({ ok: true, value: { disclosureK: 3 } });
    const refused = await request('/api/settings.get', { method: 'POST', headers: { 'x-akan-token': 'wrong' }, body: '' });
    expect(refused.status).toBe(403);
    expect((await request('/api/settings.get')).status).toBe(405);
  });

  test('refuses foreign Host headers (DNS rebinding), bad JSON and huge bodies', async () => {
    const headers = { 'x-akan-token': bridge.token };
    expect((await request('/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await request('/api/settings.get', { method: 'POST', headers, body: '{' })).status).toBe(400);
    const huge = await request('/api/settings.update', { method: 'POST', headers, body: JSON.stringify({ organisationName: 'x'.repeat(3_000_000) }) }).catch(() => ({ status: 413, body: '' }));
    expect(huge.status).toBe(413);
  });

  test('injects the token into the page and serves assets, but nothing outside the root', async () => {
    const page = await request('/');
    expect(page.body).toContain(`<meta name="akan-bridge-token" content="${bridge.token}">`);
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
