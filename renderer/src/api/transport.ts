import type { Result } from '../../../core/contract';
import { bridgeToken } from './bridgeToken';

declare global {
  interface Window {
    akan?: { invoke(method: string, input: unknown): Promise<Result<unknown>> };
  }
}


const OFFLINE: Result<unknown> = {
  ok: false,
  error: { code: 'io', message: 'Fikk ikke kontakt med AKAN Utvalg. Start programmet på nytt.', fields: {} },
};

/** Electron's preload (`window.akan`) when present, otherwise the loopback bridge of the preview and tests. */
export async function send(method: string, input: unknown): Promise<Result<unknown>> {
  if (window.akan) return window.akan.invoke(method, input);
  try {
    const response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-akan-token': bridgeToken() },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return OFFLINE;
  }
}
