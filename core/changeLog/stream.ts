import type http from 'node:http';
import { type ChangeFeed, sseEvent } from './feed';

const KEEP_ALIVE_MS = 15_000;

/**
 * Holds the response open as a server-sent event stream of the feed's batches until the client goes (the preview
 * bridge and the server alike). Returns the way to end it from this side.
 */
export function streamChanges(feed: ChangeFeed, req: http.IncomingMessage, res: http.ServerResponse): () => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = feed.subscribe((batch) => res.write(sseEvent(batch)));
  const keepAlive = setInterval(() => res.write(': ping\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('error', stop);
  return () => {
    stop();
    res.end();
  };
}
