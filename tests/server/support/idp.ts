import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'akan-utvalg';
export const CLIENT_SECRET = 'testhemmelighet-som-er-lang-nok-0123456789';
export const API_AUDIENCE = 'api://akan-utvalg';
/** The desktop app's public client: PKCE, loopback redirect on any port (RFC 8252), refresh tokens. */
export const DESKTOP_CLIENT_ID = 'akan-utvalg-desktop';

/** The identity provider's test users (the login form takes any password). */
export const TEST_USERS: Record<string, { name: string; email: string }> = {
  'kari@kommune.no': { name: 'Kari Nordmann', email: 'kari@kommune.no' },
  'ola@kommune.no': { name: 'Ola Hansen', email: 'ola@kommune.no' },
  'utenfor@kommune.no': { name: 'Petter Utenfor', email: 'utenfor@kommune.no' },
};

export interface TestIdp {
  issuer: string;
  /** Signs an access token with the provider's own key (or `key`), for the bearer tests. */
  signToken(
    claims: JWTPayload,
    options?: { key?: Parameters<SignJWT['sign']>[0]; issuer?: string; audience?: string; expiresIn?: string | number },
  ): Promise<string>;
  close(): Promise<void>;
}

/** A real OpenID Connect provider (oidc-provider) on loopback, with the server registered as a confidential client. */
export async function startTestIdp(serverUrl: string): Promise<TestIdp> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const httpServer = http.createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [new URL('/auth/callback', serverUrl).href],
        post_logout_redirect_uris: [new URL('/auth/signed-out', serverUrl).href],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: DESKTOP_CLIENT_ID,
        application_type: 'native',
        redirect_uris: ['http://127.0.0.1/callback'],
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token'],
        token_endpoint_auth_method: 'none',
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 300, IdToken: 300 },
    pkce: { required: () => true },
    // Like Entra ID: offline_access gives the desktop app a refresh token without forcing the consent prompt.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    // Like Entra ID's access tokens for an API: they name the person, so the change log and conflicts can too.
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string; kind?: string }) => {
      const user = token.kind === 'AccessToken' && token.accountId ? TEST_USERS[token.accountId] : undefined;
      return user ? { name: user.name, preferred_username: user.email } : undefined;
    },
    findAccount: (_ctx, sub) => {
      const user = TEST_USERS[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          name: user.name,
          email: user.email,
          email_verified: true,
          preferred_username: user.email,
        }),
      };
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'openid',
          audience: API_AUDIENCE,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  });
  httpServer.on('request', provider.callback());

  return {
    issuer,
    signToken: async (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'at+jwt' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? API_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(options.key ?? privateKey),
    close: () =>
      new Promise((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
  };
}
