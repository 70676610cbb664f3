import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AppHandle } from '../core/app';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const TOKEN_HEADER = 'x-akan-token';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface Bridge {
  url: string;
  token: string;
  close(): Promise<void>;
}

export interface BridgeOptions {
  /** The app, or the recovery handle when its data file cannot be opened: the same dispatch either way. */
  app: Pick<AppHandle, 'dispatch'>;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
}

/** Resolves a request path inside `root`, or null when it would leave it. */
export function staticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const target = path.resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  return target.startsWith(path.resolve(root) + path.sep) ? target : null;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  send(res, status, JSON.stringify({ ok: false, error: { code: 'refused', message, fields: {} } }), 'application/json');
}

/**
 * The loopback bridge for previews and end-to-end tests: serves the built renderer and
 * `POST /api/<method>` on 127.0.0.1, guarded by a per-run token, calling the same dispatch as Electron.
 */
export async function startBridge({ app, staticDir, port = 0 }: BridgeOptions): Promise<Bridge> {
  const token = crypto.randomBytes(24).toString('hex');
  const indexHtml = () =>
    fs
      .readFileSync(path.join(staticDir, 'index.html'), 'utf8')
      .replace('</head>', `<meta name="akan-bridge-token" content="${token}"></head>`);

  const server = http.createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host)) return refuse(res, 403, 'Ukjent vertsnavn.');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'Bruk POST.');
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 403, 'Ugyldig nøkkel.');
      const body = await readBody(req);
      if (body === null) return refuse(res, 413, 'Forespørselen er for stor.');
      let input: unknown;
      try {
        input = body === '' ? undefined : JSON.parse(body);
      } catch {
        return refuse(res, 400, 'Forespørselen er ikke gyldig JSON.');
      }
      const method = decodeURIComponent(url.slice('/api/'.length));
      return send(res, 200, JSON.stringify(await app.dispatch(method, input)), 'application/json');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Ikke tillatt.');
    const file = staticFile(staticDir, url);
    if (!file) return send(res, 404, 'Finnes ikke');
    if (file.endsWith(`${path.sep}index.html`)) return send(res, 200, indexHtml(), TYPES['.html']);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      // Client-side routes fall back to the app.
      return path.extname(file) ? send(res, 404, 'Finnes ikke') : send(res, 200, indexHtml(), TYPES['.html']);
    }
    send(res, 200, fs.readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
