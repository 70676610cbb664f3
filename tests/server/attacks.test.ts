import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callApi, startTestServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw request with a Host header of our choosing (the Browser sets it from the URL). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, server.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: options.headers,
        ca: server.certificate.cert,
        checkServerIdentity: () => undefined,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('requests that must be refused', () => {
  test('a cross-site POST carrying the cookie is refused: without the CSRF token, or from another origin', async () => {
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const change = { organisationName: 'Kapret kommune' };
    expect((await callApi(server, browser, 'settings.update', change)).status).toBe(403);
    expect((await callApi(server, browser, 'settings.update', change, { 'x-akan-token': 'gjettet' })).status).toBe(403);
    expect(
      (
        await callApi(server, browser, 'settings.update', change, {
          'x-akan-token': csrf,
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403);
    // A form post (the classic CSRF, a "simple" request without preflight) is not even parsed.
    const form = await browser.request(`${server.url}/api/settings.update`, {
      method: 'POST',
      form: { organisationName: 'Kapret kommune' },
    });
    expect(form.status).toBe(415);
    const plain = await browser.request(`${server.url}/api/settings.update`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(change),
    });
    expect(plain.status).toBe(415);
    const settings = JSON.parse(
      (await callApi(server, browser, 'settings.get', undefined, { 'x-akan-token': csrf })).body,
    );
    expect(settings.value.organisationName).not.toBe('Kapret kommune');
    expect(
      (await callApi(server, browser, 'settings.update', change, { 'x-akan-token': csrf, origin: server.url })).status,
    ).toBe(200);
  });

  test('a spoofed Host header is refused, wherever it points', async () => {
    for (const host of ['evil.example', `evil.example:${new URL(server.url).port}`, 'localhost', '127.0.0.1']) {
      const response = await raw('/', { headers: { host } });
      expect(response.status, host).toBe(421);
      expect((await raw('/auth/login', { headers: { host } })).status).toBe(421);
    }
    expect((await raw('/auth/login', { headers: { host: new URL(server.url).host } })).status).toBe(302);
  });

  test('security headers: HSTS, the desktop CSP, frame denial, nosniff, no referrer', async () => {
    const response = await server.browser().request(`${server.url}/auth/signed-out`);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000; includeSubDomains/);
    const csp = response.headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "form-action 'none'",
    ])
      expect(csp).toContain(directive);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  test('bad JSON, prototype keys and oversized bodies get a Norwegian 400/413 the client sees', async () => {
    const token = await server.idp.signToken({ sub: 'kari@kommune.no' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const bad = await raw('/api/settings.get', {
      method: 'POST',
      headers: { ...headers, host: new URL(server.url).host },
      body: '{',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('Forespørselen er ikke gyldig.');
    const proto = await raw('/api/settings.update', {
      method: 'POST',
      headers: { ...headers, host: new URL(server.url).host },
      body: '{"__proto__":{"polluted":true}}',
    });
    expect(proto.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const huge = await raw('/api/settings.update', {
      method: 'POST',
      headers: { ...headers, host: new URL(server.url).host },
      body: JSON.stringify({ organisationName: 'x'.repeat(3_000_000) }),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toBe('Forespørselen er for stor.');
    const deep = await raw('/api/settings.update', {
      method: 'POST',
      headers: { ...headers, host: new URL(server.url).host },
      body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
    });
    expect(deep.status).toBe(200);
    expect(JSON.parse(deep.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  test('nothing but the contract, sign-in, the page, its assets and the health check is served', async () => {
    const browser = server.browser();
    expect((await browser.request(`${server.url}/api/settings.get`)).status).toBe(404);
    expect((await browser.request(`${server.url}/index.html`)).status).toBe(404);
    expect((await browser.request(`${server.url}/etc/passwd`)).status).toBe(404);
    expect((await browser.request(`${server.url}/assets/app.js`)).body).toBe('console.log("akan")');
    for (const path of [
      '/assets/../index.html',
      '/assets/..%2f..%2fserver.json',
      '/assets/%2e%2e/%2e%2e/server.json',
      '/assets/..\\..\\server.json',
      '/assets/.hidden',
    ]) {
      const response = await raw(path, { headers: { host: new URL(server.url).host } });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('clientSecret');
    }
    expect((await browser.request(`${server.url}/`, { method: 'PUT' })).status).toBe(404);
    const health = await raw('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
  });

  test('plain HTTP to the HTTPS port gets no answer from the app', async () => {
    const port = new URL(server.url).port;
    const answer = await new Promise<string>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/healthz' }, (res) =>
        resolve(`status ${res.statusCode}`),
      );
      req.on('error', () => resolve('refused'));
      req.end();
    });
    expect(answer === 'refused' || answer === 'status 400').toBe(true);
  });
});

describe('rate limit', () => {
  test('too many requests get a Norwegian 429', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 10 });
    try {
      const browser = limited.browser();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await browser.request(`${limited.url}/auth/signed-out`)).status);
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      const last = await browser.request(`${limited.url}/auth/signed-out`);
      expect(last.status).toBe(429);
      expect(JSON.parse(last.body).error.message).toContain('For mange forespørsler');
    } finally {
      await limited.close();
    }
  });
});
