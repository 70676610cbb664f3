import fs from 'node:fs';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_AUDIENCE } from './support/idp';
import { callApi, startTestServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function bearer(token: string, method = 'settings.get', input: unknown = undefined) {
  const browser = server.browser();
  return callApi(server, browser, method, input, { authorization: `Bearer ${token}` });
}

describe('bearer access tokens (the desktop app)', () => {
  test('a token signed by the issuer for our audience, for someone on the list, is accepted', async () => {
    const token = await server.idp.signToken({
      sub: 'kari@kommune.no',
      name: 'Kari Nordmann',
      email: 'kari@kommune.no',
    });
    const response = await bearer(token);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  test('wrong issuer, wrong audience, a foreign signature, an expired token or garbage: 401', async () => {
    const { privateKey: foreign } = await generateKeyPair('RS256');
    const claims = { sub: 'kari@kommune.no' };
    const tokens = [
      await server.idp.signToken(claims, { issuer: 'https://login.example.com/' }),
      await server.idp.signToken(claims, { audience: 'api://noe-annet' }),
      await server.idp.signToken(claims, { key: foreign }),
      await server.idp.signToken(claims, { expiresIn: Math.floor(Date.now() / 1000) - 120 }),
      'ikke.en.token',
    ];
    for (const token of tokens) {
      const response = await bearer(token);
      expect(response.status, token.slice(0, 40)).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, iss: server.idp.issuer, aud: API_AUDIENCE, exp: 9e9 })).toString('base64url')}.`;
    expect((await bearer(unsigned)).status).toBe(401);
    const malformed = await callApi(server, server.browser(), 'settings.get', undefined, {
      authorization: 'Basic a2FyaTpoZW1tZWxpZw==',
    });
    expect(malformed.status).toBe(401);
  });

  test('a valid token for someone not on the list: 403', async () => {
    const token = await server.idp.signToken({ sub: 'utenfor@kommune.no' });
    expect((await bearer(token)).status).toBe(403);
  });
});

describe('who may do what', () => {
  test('no session and no token: 401, and the page sends you to sign in', async () => {
    const browser = server.browser();
    const response = await callApi(server, browser, 'settings.get', undefined);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body).error.message).toContain('Logg inn');
    const page = await browser.request(`${server.url}/`);
    expect(page.status).toBe(302);
    expect(page.headers.location).toBe('/auth/login');
  });

  test('a member does committee work but is refused admin methods (settings, units, backups, restore, files on the server)', async () => {
    const { browser, csrf } = await server.signedIn('ola@kommune.no');
    const headers = { 'x-akan-token': csrf };
    const plan = await callApi(
      server,
      browser,
      'plan.create',
      { year: 2026, activity: 'Årsmøte', kind: 'other', status: 'notStarted' },
      headers,
    );
    expect(plan.status).toBe(200);
    for (const [method, input] of [
      ['settings.update', { organisationName: 'Annen kommune' }],
      ['units.create', { name: 'Helse' }],
      ['backups.create', {}],
      ['backups.list', undefined],
      ['backups.restore', { file: '/tmp/x.sqlite' }],
      ['backups.import', { file: '/tmp/x.akan' }],
      ['backups.export', {}],
      ['reports.exportAnnual', { year: 2026, file: '/tmp/rapport.xlsx' }],
      ['reports.exportAnnual', { year: 2026, path: '/tmp/rapport.xlsx' }],
      ['reports.exportCaseDocument', { year: 2026, path: '/tmp/saksframlegg.docx' }],
    ] as const) {
      const response = await callApi(server, browser, method, input, headers);
      expect(response.status, method).toBe(403);
      expect(JSON.parse(response.body).error.message).toContain('administrator');
    }
    expect((await callApi(server, browser, 'units.list', undefined, headers)).status).toBe(200);
    const settings = JSON.parse((await callApi(server, browser, 'settings.get', undefined, headers)).body);
    expect(settings.value.organisationName).not.toBe('Annen kommune');
  });

  test('an admin’s export in the browser comes back as the file’s bytes to download, saved nowhere on the server', async () => {
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const response = await callApi(server, browser, 'backups.export', {}, { 'x-akan-token': csrf });
    const answer = JSON.parse(response.body);
    expect(answer).toMatchObject({ ok: true, value: { file: null, fileName: expect.stringMatching(/\.akan$/) } });
    const bytes = Buffer.from(answer.value.base64, 'base64');
    expect(bytes.length).toBe(answer.value.sizeBytes);
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  test('an admin may change settings; the change log names the signed-in person, not the server', async () => {
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const headers = { 'x-akan-token': csrf };
    expect(
      (await callApi(server, browser, 'settings.update', { organisationName: 'Testkommune' }, headers)).status,
    ).toBe(200);
    const log = JSON.parse((await callApi(server, browser, 'changeLog.list', { limit: 1 }, headers)).body);
    expect(log.value[0]).toMatchObject({ method: 'settings.update', user: 'Kari Nordmann <kari@kommune.no>' });
    const token = await server.idp.signToken({ sub: 'ola@kommune.no' });
    const viaToken = await bearer(token, 'plan.create', {
      year: 2026,
      activity: 'Kurs for ledere',
      kind: 'other',
      status: 'notStarted',
    });
    expect(viaToken.status).toBe(200);
    const after = JSON.parse((await callApi(server, browser, 'changeLog.list', { limit: 1 }, headers)).body);
    expect(after.value[0]).toMatchObject({ method: 'plan.create', user: 'Ola Hansen <ola@kommune.no>' });
  });

  test('taking someone off the list in the config file ends their access at once, session or not', async () => {
    const { browser, csrf } = await server.signedIn('ola@kommune.no');
    const headers = { 'x-akan-token': csrf };
    expect((await callApi(server, browser, 'settings.get', undefined, headers)).status).toBe(200);
    const original = fs.readFileSync(server.configFile, 'utf8');
    const config = JSON.parse(original);
    config.users = config.users.filter((u: { id: string }) => u.id !== 'ola@kommune.no');
    try {
      fs.writeFileSync(server.configFile, JSON.stringify(config));
      fs.utimesSync(server.configFile, new Date(), new Date(Date.now() + 5_000));
      expect((await callApi(server, browser, 'settings.get', undefined, headers)).status).toBe(403);
      expect((await bearer(await server.idp.signToken({ sub: 'ola@kommune.no' }))).status).toBe(403);
    } finally {
      fs.writeFileSync(server.configFile, original);
      fs.utimesSync(server.configFile, new Date(), new Date(Date.now() + 10_000));
    }
    expect((await callApi(server, browser, 'settings.get', undefined, headers)).status).toBe(200);
  });
});
