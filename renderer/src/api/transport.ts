import type { ChangeBatch } from '../../../core/changeLog/feed';
import type { Result } from '../../../core/contract';
import { bridgeToken } from './bridgeToken';
import { setReachable } from './reachability';
import { servedByServer, signInAgain } from './serverSession';

declare global {
  interface Window {
    akan?: {
      invoke(method: string, input: unknown): Promise<Result<unknown>>;
      /** Everyone's changes, relayed by the desktop's main process; returns the way to stop listening. */
      onChange?(listener: (batch: ChangeBatch) => void): () => void;
      /** The system's own dialog for a file or folder; null when cancelled. */
      pickPath?(kind: 'importFile' | 'backupFolder'): Promise<string | null>;
    };
  }
}

const UNREACHABLE: Result<unknown> = {
  ok: false,
  error: {
    code: 'unreachable',
    message: 'Fikk ikke kontakt, så ingenting ble lagret. Det du har skrevet, er ikke borte: prøv igjen om litt.',
    fields: {},
  },
};

/** Electron's preload (`window.akan`) when present, otherwise the loopback bridge of the preview and tests, or the server. */
export async function send(method: string, input: unknown, retried = false): Promise<Result<unknown>> {
  if (window.akan) {
    const answer = await window.akan.invoke(method, input);
    setReachable(answer.ok || answer.error.code !== 'unreachable');
    return answer;
  }
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-akan-token': bridgeToken() },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    // A lapsed server session: sign in again in a window of its own, then send the same call once more.
    const lapsed = response.status === 401 && servedByServer() && !retried;
    if (lapsed && (await signInAgain())) return send(method, input, true);
    const answer = (await response.json()) as Result<unknown>;
    setReachable(true);
    return answer;
  } catch {
    setReachable(false);
    return UNREACHABLE;
  }
}
