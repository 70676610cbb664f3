import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { callApi, startTestServer, type TestServer } from './support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sign-in through the identity provider', () => {
  test('a person on the list signs in, gets the page with a CSRF token, and calls the contract', async () => {
    const { browser, csrf } = await server.signedIn('ola@kommune.no');
    const cookie = browser.cookie(server.url, '__Host-akan');
    expect(cookie).toMatch(/^[\w-]{40,}$/);
    const page = await browser.request(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="akan-bridge-token" content="${csrf}">`);
    expect(page.body).toContain('<meta name="akan-server" content="1">');
    const me = JSON.parse((await browser.request(`${server.url}/auth/me`)).body);
    expect(me).toMatchObject({
      name: 'Ola Hansen',
      email: 'ola@kommune.no',
      role: 'member',
      contact: server.config.contact,
    });
    const settings = await callApi(server, browser, 'settings.get', undefined, { 'x-akan-token': csrf });
    expect(settings.status).toBe(200);
    expect(JSON.parse(settings.body)).toMatchObject({ ok: true, value: { disclosureK: 3 } });
  });

  test('the session cookie is HttpOnly, Secure, SameSite and host-only', async () => {
    const browser = server.browser();
    const login = await browser.request(`${server.url}/auth/login`);
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.location ?? '');
    expect(authorize.origin).toBe(server.idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const landed = await browser.navigate(login.headers.location ?? '', 'kari@kommune.no');
    expect(landed.status).toBe(200);
    expect(landed.url).toBe(`${server.url}/`);
    // The last hop was the callback; look at what it set.
    const signedIn = server.browser();
    const callback = await signedInCallback(signedIn, 'kari@kommune.no');
    const setCookie = (callback.headers['set-cookie'] ?? []).find((c) => c.startsWith('__Host-akan='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
  });

  test('sign-out ends the session: the same cookie no longer works', async () => {
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const cookie = browser.cookie(server.url, '__Host-akan') ?? '';
    expect((await browser.request(`${server.url}/auth/logout`, { method: 'POST' })).status).toBe(403);
    const out = await browser.request(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { 'x-akan-token': csrf },
    });
    expect(out.status).toBe(200);
    const next = new URL(JSON.parse(out.body).next);
    expect(next.origin).toBe(server.idp.issuer);
    expect(next.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/auth/signed-out`);
    const again = server.browser();
    again.setCookie(server.url, '__Host-akan', cookie);
    expect((await callApi(server, again, 'settings.get', undefined, { 'x-akan-token': csrf })).status).toBe(401);
    expect((await again.request(`${server.url}/`)).headers.location).toBe('/auth/login');
    const signedOut = await again.request(`${server.url}/auth/signed-out`);
    expect(signedOut.body).toContain('Du er logget ut');
  });

  test('someone the provider knows but the list does not gets the Norwegian 403 page saying whom to ask', async () => {
    const browser = server.browser();
    const landed = await browser.navigate(`${server.url}/auth/login`, 'utenfor@kommune.no');
    expect(landed.status).toBe(403);
    expect(landed.body).toContain('Du har ikke tilgang til AKAN Utvalg');
    expect(landed.body).toContain('Petter Utenfor');
    expect(landed.body).toContain('Kari Nordmann, leder i AKAN-utvalget');
    expect(browser.cookie(server.url, '__Host-akan')).toBeUndefined();
  });

  test('a callback without the login it belongs to (forged or replayed) signs nobody in', async () => {
    const browser = server.browser();
    const forged = await browser.request(`${server.url}/auth/callback?code=abc&state=xyz`);
    expect(forged.status).toBe(400);
    expect(forged.body).toContain('Innloggingen ble ikke fullført');
    const other = server.browser();
    const login = await other.request(`${server.url}/auth/login`);
    const wrongState = await other.request(`${server.url}/auth/callback?code=abc&state=ikke-den`);
    expect(login.status).toBe(302);
    expect(wrongState.status).toBe(400);
    expect(other.cookie(server.url, '__Host-akan')).toBeUndefined();
  });

  test('sign-in returns to the page asked for, but never to another site', async () => {
    const browser = server.browser();
    const landed = await browser.navigate(
      `${server.url}/auth/login?returnTo=${encodeURIComponent('/?x=1')}`,
      'ola@kommune.no',
    );
    expect(landed.url).toBe(`${server.url}/?x=1`);
    const evil = server.browser();
    const away = await evil.navigate(
      `${server.url}/auth/login?returnTo=${encodeURIComponent('//evil.example/')}`,
      'ola@kommune.no',
    );
    expect(away.url).toBe(`${server.url}/`);
  });
});

/** Runs the sign-in up to the callback and returns the callback's own response (not followed). */
async function signedInCallback(browser: ReturnType<TestServer['browser']>, login: string) {
  let response = await browser.request(`${server.url}/auth/login`);
  for (let i = 0; i < 20; i++) {
    const location = response.headers.location;
    if (location && new URL(location, response.url).pathname === '/auth/callback')
      return browser.request(new URL(location, response.url).href);
    if (location) {
      response = await browser.request(new URL(location, response.url).href);
      continue;
    }
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"[\s\S]*?name="prompt" value="(login|consent)"/.exec(
      response.body,
    );
    if (!form?.[1]) break;
    const fields: Record<string, string> =
      form[2] === 'login' ? { prompt: 'login', login, password: 'x' } : { prompt: 'consent' };
    response = await browser.request(new URL(form[1], response.url).href, { method: 'POST', form: fields });
  }
  throw new Error('never reached the callback');
}
