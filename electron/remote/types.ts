import type { Result } from '../../core/errors';

/** What the desktop keeps to reach the committee's server; the tokens themselves are stored encrypted (see tokenStore). */
export interface ServerInfoAnswer extends Omit<ServerInfo, 'oidc'> {
  oidc: ServerInfo['oidc'] | null;
}

export interface ServerInfo {
  product: 'AKAN Utvalg';
  version: string;
  /** The contract generation the server speaks; the desktop refuses a server of another generation. */
  contractVersion: number;
  organisationName: string | null;
  oidc: { issuer: string; desktopClientId: string; scopes: string };
}

export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
  name: string | null;
}

export type Fetch = (url: string | URL, init?: RequestInit) => Promise<Response>;

/** A data file's `invoke`: the contract, answered with a Result. */
export type Dispatcher = (method: unknown, input: unknown) => Promise<Result<unknown>>;
