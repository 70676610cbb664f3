import type { ChangeBatch } from '../../core/changeLog/feed';
import { readEvents } from '../../core/changeLog/events';
import type { Fetch, Tokens } from './types';

export interface FollowSession {
  url: string;
  fetch: Fetch;
  /** Fresh tokens for the next connection, or null when signed out (then nothing is followed). */
  tokens(): Promise<Tokens | null>;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * The server's `GET /api/events` with the bearer token, for the main process to relay to its window; reconnects
 * until stopped, and calls `onLost` / `onOpen` so the window can say when the server is out of reach.
 */
export function followServer(
  session: FollowSession,
  onBatch: (batch: ChangeBatch) => void,
  onOpen: () => void = () => {},
): () => void {
  const controller = new AbortController();
  let attempt = 0;
  const wait = () =>
    new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]).unref?.());
  async function run(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const tokens = await session.tokens();
        if (!tokens) return;
        const response = await session.fetch(`${session.url}/api/events`, {
          headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (response.ok && response.body) {
          attempt = 0;
          onOpen();
          await readEvents(response.body, onBatch);
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await wait();
    }
  }
  void run();
  return () => controller.abort();
}
