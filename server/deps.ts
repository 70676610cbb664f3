import type { AppHandle } from '../core/app';
import type { ChangeFeed } from '../core/changeLog/feed';
import type { AllowList } from './allowList';
import type { ServerConfig } from './config';
import type { RelyingParty } from './oidc';
import type { SessionStore } from './sessions';

/** What the routes share: the config, the core's dispatch, the identity provider, the allow-list and the sessions. */
export interface ServerDeps {
  config: ServerConfig;
  app: Pick<AppHandle, 'dispatch'>;
  relyingParty: RelyingParty;
  allowList: AllowList;
  sessions: SessionStore;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Everyone's changes, streamed to signed-in people at `GET /api/events`. */
  feed?: ChangeFeed;
}

export const SESSION_COOKIE = '__Host-akan';
export const LOGIN_COOKIE = '__Host-akan-login';
export const CSRF_HEADER = 'x-akan-token';

export const cookieOptions = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } as const;

export interface ErrorJson {
  ok: false;
  error: { code: 'refused' | 'validation'; message: string; fields: Record<string, string> };
}

export function refusal(message: string): ErrorJson {
  return { ok: false, error: { code: 'refused', message, fields: {} } };
}
