import * as client from 'openid-client';
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { ServerConfig } from './config';

export interface LoginStart {
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
}

export interface RelyingParty {
  redirectUri: string;
  start(): Promise<LoginStart>;
  /** Exchanges the code on the callback URL (checking state, nonce and PKCE) and returns the ID token's claims. */
  finish(
    callbackUrl: URL,
    login: Omit<LoginStart, 'url'>,
  ): Promise<{ claims: Record<string, unknown>; idToken?: string }>;
  /** Where to send the browser to sign out at the identity provider too, when it supports that. */
  endSessionUrl(idToken: string | undefined, after: string): string | null;
  /** Verifies a bearer access token: signature against the issuer's keys, issuer, audience and expiry. */
  verifyAccessToken(token: string): Promise<JWTPayload>;
}

export const CALLBACK_PATH = '/auth/callback';

/** Discovers the identity provider and returns the relying party for this server. */
export async function relyingParty(config: ServerConfig): Promise<RelyingParty> {
  const { oidc } = config;
  const options = oidc.allowHttpIssuer ? { execute: [client.allowInsecureRequests] } : undefined;
  const metadata: Partial<client.ClientMetadata> = oidc.clientSecret ? { client_secret: oidc.clientSecret } : {};
  const configuration = await client.discovery(
    new URL(oidc.issuer),
    oidc.clientId,
    metadata,
    oidc.clientSecret ? undefined : client.None(),
    options,
  );
  const server = configuration.serverMetadata();
  const redirectUri = new URL(CALLBACK_PATH, config.publicUrl).href;
  const keys = server.jwks_uri ? createRemoteJWKSet(new URL(server.jwks_uri)) : null;

  return {
    redirectUri,
    async start() {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: oidc.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, verifier, state, nonce };
    },
    async finish(callbackUrl, login) {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: login.verifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      return { claims: { ...tokens.claims() }, idToken: tokens.id_token };
    },
    endSessionUrl(idToken, after) {
      if (!server.end_session_endpoint) return null;
      const params: Record<string, string> = { post_logout_redirect_uri: after, client_id: oidc.clientId };
      if (idToken) params.id_token_hint = idToken;
      return client.buildEndSessionUrl(configuration, params).href;
    },
    async verifyAccessToken(token) {
      if (!keys || !oidc.audience) throw new Error('bearer tokens are not configured');
      const { payload } = await jwtVerify(token, keys, {
        issuer: server.issuer,
        audience: oidc.audience,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      });
      return payload;
    },
  };
}
