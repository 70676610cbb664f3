import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppHandle } from '../core/app';
import type { ChangeFeed } from '../core/changeLog/feed';
import { streamChanges } from '../core/changeLog/stream';
import { isJsonType, readBody, refuse, sameToken, sendJson } from './bridge/http';
import { serveStatic } from './bridge/static';
import { takeUpload, UPLOAD_LIMIT_BYTES } from './bridge/upload';
import { IMPORT_UPLOAD_PATH } from '../core/connection/upload';

export { staticFile } from './bridge/static';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const TOKEN_HEADER = 'x-akan-token';
const METHOD_NAME = /^[A-Za-z]+\.[A-Za-z]+$/;

export interface Bridge {
  /** The address to open: the token travels in the fragment, which browsers never send to the server. */
  url: string;
  /** The same address without the token. */
  origin: string;
  token: string;
  close(): Promise<void>;
}

export interface BridgeOptions {
  /** The app, or the recovery handle when its data file cannot be opened: the same dispatch either way. */
  app: Pick<AppHandle, 'dispatch'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Everyone's changes to the data file, streamed at `GET /events` so open screens refresh. */
  feed?: ChangeFeed;
  port?: number;
  /** The largest export file `POST /api/import-upload` takes in (200 MB unless told). */
  uploadLimitBytes?: number;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

async function callMethod(
  app: BridgeOptions['app'],
  token: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = req.url ?? '';
  if (req.method !== 'POST') return refuse(res, 405, 'Bruk POST.');
  if (url.includes('?')) return refuse(res, 400, 'Adressen kan ikke ha parametre.');
  if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 403, 'Ugyldig nøkkel.');
  if (!isJsonType(req.headers['content-type'])) return refuse(res, 415, 'Forespørselen må sendes som JSON.');
  let method: string;
  try {
    method = decodeURIComponent(url.slice('/api/'.length));
  } catch {
    return refuse(res, 400, 'Handlingen har et ugyldig navn.', 'unknown_method');
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large') return refuse(res, 413, 'Forespørselen er for stor.');
  let input: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
    input = text === '' ? undefined : JSON.parse(text);
  } catch {
    return refuse(res, 400, 'Forespørselen er ikke gyldig JSON.');
  }
  const answer = METHOD_NAME.test(method) ? await app.dispatch(method, input) : await app.dispatch(null, input);
  sendJson(res, 200, answer);
}

/** Whatever a client sends, it gets an answer or a closed connection; the process never ends because of it. */
function guarded(handler: Handler): http.RequestListener {
  return (req, res) => {
    res.on('error', () => {});
    handler(req, res).catch((error: unknown) => {
      console.error('[bridge]', error);
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'Noe gikk galt i forhåndsvisningen. Prøv igjen.', 'internal');
    });
  };
}

/**
 * The loopback bridge for previews and end-to-end tests: serves the built renderer and
 * `POST /api/<method>` on 127.0.0.1, guarded by a per-run token, calling the same dispatch as Electron, and
 * `POST /api/import-upload` for an export file chosen in the browser.
 */
export async function startBridge({
  app,
  staticDir,
  feed,
  port = 0,
  uploadLimitBytes = UPLOAD_LIMIT_BYTES,
}: BridgeOptions): Promise<Bridge> {
  const token = crypto.randomBytes(24).toString('hex');

  const server = http.createServer(
    guarded(async (req, res) => {
      const host = req.headers.host ?? '';
      if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host)) return refuse(res, 403, 'Ukjent vertsnavn.');
      const url = req.url ?? '/';
      if (url === '/api/events' && req.method === 'GET') {
        if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 403, 'Ugyldig nøkkel.');
        if (!feed) return refuse(res, 404, 'Endringer strømmes ikke her.');
        streamChanges(feed, req, res);
        return;
      }
      const [pathname, query = ''] = url.split('?', 2);
      if (pathname === IMPORT_UPLOAD_PATH) {
        if (!sameToken(req.headers[TOKEN_HEADER], token)) return refuse(res, 403, 'Ugyldig nøkkel.');
        return takeUpload(app, req, res, new URLSearchParams(query), uploadLimitBytes);
      }
      if (url.startsWith('/api/')) return callMethod(app, token, req, res);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Ikke tillatt.');
      serveStatic(staticDir, req, res);
    }),
  );
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actualPort}/`;
  return {
    url: `${origin}#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
