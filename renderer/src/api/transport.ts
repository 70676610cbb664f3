import type { ChangeBatch } from '../../../core/changeLog/feed';
import { IMPORT_UPLOAD_PATH, UPLOAD_CONTENT_TYPE } from '../../../core/connection/upload';
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

async function post(url: string, contentType: string, body: BodyInit, retried = false): Promise<Result<unknown>> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-akan-token': bridgeToken() },
      body,
    });
    // A lapsed server session: sign in again in a window of its own, then send the same call once more.
    const lapsed = response.status === 401 && servedByServer() && !retried;
    if (lapsed && (await signInAgain())) return post(url, contentType, body, true);
    const answer = (await response.json()) as Result<unknown>;
    setReachable(true);
    return answer;
  } catch {
    setReachable(false);
    return UNREACHABLE;
  }
}

/** Electron's preload (`window.akan`) when present, otherwise the loopback bridge of the preview and tests, or the server. */
export async function send(method: string, input: unknown): Promise<Result<unknown>> {
  if (window.akan) {
    const answer = await window.akan.invoke(method, input);
    setReachable(answer.ok || answer.error.code !== 'unreachable');
    return answer;
  }
  return post(
    `/api/${encodeURIComponent(method)}`,
    'application/json',
    input === undefined ? '' : JSON.stringify(input),
  );
}

/** An export file chosen in the browser, sent as it is to the preview or the server (`?inspect=1` or `?replace=yes`). */
export function sendExportFile(query: string, file: Blob): Promise<Result<unknown>> {
  return post(`${IMPORT_UPLOAD_PATH}?${query}`, UPLOAD_CONTENT_TYPE, file);
}
