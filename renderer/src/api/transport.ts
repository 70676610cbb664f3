import type { Result } from '../../../core/contract';
import { bridgeToken } from './bridgeToken';
import { servedByServer, signInAgain } from './serverSession';

declare global {
  interface Window {
    akan?: { invoke(method: string, input: unknown): Promise<Result<unknown>> };
  }
}

const OFFLINE: Result<unknown> = {
  ok: false,
  error: { code: 'io', message: 'Fikk ikke kontakt med AKAN Utvalg. Start programmet på nytt.', fields: {} },
};

/** Electron's preload (`window.akan`) when present, otherwise the loopback bridge of the preview and tests, or the server. */
export async function send(method: string, input: unknown, retried = false): Promise<Result<unknown>> {
  if (window.akan) return window.akan.invoke(method, input);
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-akan-token': bridgeToken() },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    // A lapsed server session: sign in again in a window of its own, then send the same call once more.
    const lapsed = response.status === 401 && servedByServer() && !retried;
    if (lapsed && (await signInAgain())) return send(method, input, true);
    return (await response.json()) as Result<unknown>;
  } catch {
    return OFFLINE;
  }
}
