import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract } from '../../core/contract';
import type { ErrorCode } from '../../core/errors';
import { callApi, startTestServer, type TestServer } from './support/server';

// The contract fuzz of tests/unit/safety, over HTTPS: every method, random JSON, as an administrator with a token.
const METHODS = Object.keys(contract);
const ERROR_CODES: ErrorCode[] = [
  'validation',
  'not_found',
  'conflict',
  'unknown_method',
  'io',
  'busy',
  'refused',
  'internal',
];
const HOSTILE = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    "'; DROP TABLE units; --",
    '../../../etc/passwd',
    '/etc/passwd',
    '2026-02-30',
    'x'.repeat(100_000),
    '15076500565',
    null,
  ),
  fc.dictionary(
    fc.constantFrom('id', 'year', 'name', 'file', 'from', 'to', 'constructor', 'prototype', 'organisationName'),
    fc.jsonValue({ maxDepth: 2 }),
  ),
);

let server: TestServer;
let token: string;
const internal: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ rateLimitPerMinute: 100_000 });
  token = await server.idp.signToken({ sub: 'kari@kommune.no' }, { expiresIn: '30m' });
});
afterAll(() => server.close());

describe('hostile input over HTTPS', () => {
  test('every method answers every JSON input with a result, never a crash or a 5xx', async () => {
    const browser = server.browser();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), fc.option(HOSTILE, { nil: undefined }), async (method, input) => {
        const response = await callApi(server, browser, method, input, { authorization: `Bearer ${token}` });
        // 400 only where the JSON itself is refused (a `__proto__` or `constructor.prototype` key): never a 5xx.
        expect([200, 400], `${method} ${response.status} ${response.body.slice(0, 200)}`).toContain(response.status);
        const result = JSON.parse(response.body);
        if (response.status === 400) expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
          if (result.error.code === 'internal') internal.push(`${method}: ${JSON.stringify(input)?.slice(0, 200)}`);
        }
      }),
      { numRuns: Math.min(1200, METHODS.length * 8) },
    );
    expect(internal).toEqual([]);
  });

  test('method names that are not methods are refused, and the server is still healthy', async () => {
    const browser = server.browser();
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'settings.get%20',
      'SETTINGS.GET',
      '..%2F..%2Fhealthz',
      'a'.repeat(500),
    ]) {
      const response = await callApi(server, browser, name, {}, { authorization: `Bearer ${token}` });
      expect([200, 404, 414], name).toContain(response.status);
      if (response.status === 200)
        expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect((await browser.request(`${server.url}/healthz`)).status).toBe(200);
    expect(server.app.context.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
