import type { Result } from '../../core/errors';
import type { Fetch, ServerInfo, Tokens } from './types';

const CALL_TIMEOUT_MS = 30_000;

export const UNREACHABLE: Result<never> = {
  ok: false,
  error: {
    code: 'unreachable',
    message: 'Får ikke kontakt med AKAN-serveren. Det du har skrevet er tatt vare på – prøv igjen om litt.',
    fields: {},
  },
};

export const SIGNED_OUT: Result<never> = {
  ok: false,
  error: {
    code: 'signed_out',
    message: 'Du er logget ut av AKAN-serveren. Logg inn igjen under Innstillinger.',
    fields: {},
  },
};

export interface RemoteSession {
  url: string;
  info: ServerInfo;
  tokens: Tokens | null;
  /** Stores new tokens after a refresh (or null when the session has ended). */
  saveTokens(tokens: Tokens | null): void;
  refresh(tokens: Tokens): Promise<Tokens>;
  fetch: Fetch;
}

async function post(session: RemoteSession, tokens: Tokens, method: string, input: unknown): Promise<Response> {
  return session.fetch(`${session.url}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(input ?? {}),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
}

/** The tokens to send: renewed when about to expire (or when `force`), null once they cannot be renewed. */
export async function fresh(session: RemoteSession, tokens: Tokens, force: boolean): Promise<Tokens | null> {
  if (!force && tokens.expiresAt - Date.now() > 30_000) return tokens;
  try {
    const renewed = await session.refresh(tokens);
    session.saveTokens(renewed);
    return renewed;
  } catch {
    session.saveTokens(null);
    return null;
  }
}

/** `invoke` for the desktop set to a server: the same contract over HTTPS with the bearer token, refreshed as needed. */
export async function forward(session: RemoteSession, method: string, input: unknown): Promise<Result<unknown>> {
  let tokens = session.tokens && (await fresh(session, session.tokens, false));
  if (!tokens) return SIGNED_OUT;
  try {
    let response = await post(session, tokens, method, input);
    if (response.status === 401) {
      tokens = await fresh(session, tokens, true);
      if (!tokens) return SIGNED_OUT;
      response = await post(session, tokens, method, input);
    }
    if (response.status === 401) return SIGNED_OUT;
    const body = (await response.json().catch(() => null)) as Result<unknown> | null;
    if (body && typeof body === 'object' && 'ok' in body) return body;
    return UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}
