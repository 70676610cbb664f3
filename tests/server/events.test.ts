import https from 'node:https';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callApi, startTestServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Opens `GET /api/events` and collects what arrives until `until` matches or the time is up. */
function follow(headers: Record<string, string>, until: RegExp, ms = 8_000) {
  return new Promise<{ status: number; type: string | undefined; text: string }>((resolve, reject) => {
    const req = https.request(
      `${server.url}/api/events`,
      { headers: { accept: 'text/event-stream', ...headers }, ca: server.certificate.cert },
      (res) => {
        let text = '';
        const done = () => {
          clearTimeout(timer);
          req.destroy();
          resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], text });
        };
        const timer = setTimeout(done, ms);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (until.test(text)) done();
        });
        res.on('end', done);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/events', () => {
  test('nobody signed in gets no events', async () => {
    const answer = await follow({}, /./, 2_000);
    expect(answer.status).toBe(401);
  });

  test('a signed-in desktop sees another person’s change within a couple of seconds, as method names only', async () => {
    const token = await server.idp.signToken({ sub: 'ola@kommune.no', name: 'Ola Hansen', email: 'ola@kommune.no' });
    const stream = follow({ authorization: `Bearer ${token}` }, /units\.create/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const started = Date.now();
    const created = await callApi(
      server,
      browser,
      'committee.create',
      { name: 'Hemmelig Navnesen', committeeRole: 'Leder' },
      {
        'x-akan-token': csrf,
      },
    );
    expect(created.status).toBe(200);
    await callApi(server, browser, 'units.create', { name: 'Enhet med navn' }, { 'x-akan-token': csrf });
    const answer = await stream;
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/event-stream/);
    expect(answer.text).toMatch(/event: change\ndata: \{"seq":\d+,"methods":\[[^\]]*"committee\.create"/);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer.text).not.toContain('Hemmelig');
    expect(answer.text).not.toContain('Enhet med navn');
  });
});
