import http from 'node:http';
import * as oidc from 'openid-client';
import type { Fetch, ServerInfo, Tokens } from './types';

const SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const PAGE = (text: string) =>
  `<!doctype html><html lang="nb"><meta charset="utf-8"><title>AKAN Utvalg</title><body style="font-family:sans-serif;margin:3rem"><h1>${text}</h1><p>Du kan lukke denne fanen og gå tilbake til AKAN Utvalg.</p></body></html>`;

export interface SignInDeps {
  fetch: Fetch;
  /** Opens the system browser (Electron's `shell.openExternal`). */
  openExternal: (url: string) => Promise<void>;
}

/** An identity provider on this machine's loopback over plain HTTP: only ever a test or a trial. */
const isLoopbackHttp = (url: URL) => url.protocol === 'http:' && url.hostname === '127.0.0.1';

async function configuration(info: ServerInfo, fetch: Fetch): Promise<oidc.Configuration> {
  const issuer = new URL(info.oidc.issuer);
  const config = await oidc.discovery(issuer, info.oidc.desktopClientId, undefined, oidc.None(), {
    [oidc.customFetch]: fetch as oidc.CustomFetch,
    execute: isLoopbackHttp(issuer) ? [oidc.allowInsecureRequests] : [],
  });
  config[oidc.customFetch] = fetch as oidc.CustomFetch;
  return config;
}

function tokensFrom(
  response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
  previous?: Tokens,
): Tokens {
  const claims = response.claims();
  const name = typeof claims?.name === 'string' ? claims.name : (previous?.name ?? null);
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
    expiresAt: Date.now() + (response.expiresIn() ?? 300) * 1000,
    name,
  };
}

/** A one-shot loopback listener on 127.0.0.1 for the redirect (RFC 8252 §7.3); resolves with the callback URL. */
function loopback(): Promise<{ redirectUri: string; callback: Promise<URL>; close: () => void }> {
  return new Promise((resolve, reject) => {
    let deliver: (url: URL) => void = () => {};
    const callback = new Promise<URL>((ok) => (deliver = ok));
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${(server.address() as { port: number }).port}`);
      if (url.pathname !== '/callback') return void response.writeHead(404).end();
      const failed = url.searchParams.has('error');
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(PAGE(failed ? 'Innloggingen ble avbrutt' : 'Du er logget inn'));
      deliver(url);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ redirectUri: `http://127.0.0.1:${port}/callback`, callback, close: () => server.close() });
    });
  });
}

/** Signs in through the system browser: authorization code with PKCE and a loopback redirect. */
export async function signIn(info: ServerInfo, deps: SignInDeps): Promise<Tokens> {
  const config = await configuration(info, deps.fetch);
  const listener = await loopback();
  try {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: listener.redirectUri,
      scope: info.oidc.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    });
    await deps.openExternal(url.href);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('Innloggingen tok for lang tid. Prøv igjen.')), SIGN_IN_TIMEOUT_MS).unref(),
    );
    const callbackUrl = await Promise.race([listener.callback, timeout]);
    if (callbackUrl.searchParams.has('error')) throw new Error('Innloggingen ble avbrutt. Prøv igjen.');
    const response = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: verifier,
      expectedState: state,
    });
    return tokensFrom(response);
  } finally {
    listener.close();
  }
}

/** A fresh access token from the refresh token; throws when the identity provider will not give one. */
export async function refresh(info: ServerInfo, tokens: Tokens, fetch: Fetch): Promise<Tokens> {
  if (!tokens.refreshToken) throw new Error('no refresh token');
  const config = await configuration(info, fetch);
  return tokensFrom(await oidc.refreshTokenGrant(config, tokens.refreshToken), tokens);
}
