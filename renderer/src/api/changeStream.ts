import type { ChangeBatch } from '../../../core/changeLog/feed';
import { readEvents } from '../../../core/changeLog/events';
import { bridgeToken } from './bridgeToken';

export interface StreamHandlers {
  onBatch(batch: ChangeBatch): void;
  /** The stream is open (again): anything missed while it was not should be read anew. */
  onOpen(): void;
  /** The other end could not be reached. */
  onLost(): void;
}

const RETRY_MS = [1_000, 2_000, 4_000, 8_000];

/** Follows `GET /api/events` of the preview bridge or the server, reconnecting until stopped. */
export function followChangeStream(handlers: StreamHandlers): () => void {
  const controller = new AbortController();
  let attempt = 0;
  async function connect(): Promise<void> {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', {
          headers: { accept: 'text/event-stream', 'x-akan-token': bridgeToken() },
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          // Signed out or not streamed here: nothing to follow until the page is loaded again.
          if (response.status === 404 || response.status === 401 || response.status === 403) return;
          throw new Error(`events ${response.status}`);
        }
        attempt = 0;
        handlers.onOpen();
        await readEvents(response.body, handlers.onBatch);
      } catch {
        if (controller.signal.aborted) return;
      }
      handlers.onLost();
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]));
    }
  }
  void connect();
  return () => controller.abort();
}
