import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'akan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY };

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** True when `url` belongs to the app's own origin (`app://akan`). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://akan/…` URL to a file under `root`, or null when it is not one of ours or would leave `root`.
 * Works on the raw path (not the URL parser's normalised one) so encoded dot segments are refused, not folded away.
 */
export function resolveAppFile(url: string, root: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  let relative: string;
  try {
    relative = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (relative === '') relative = 'index.html';
  if (/[\\:\0]/.test(relative)) return null;
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  return file.startsWith(base + path.sep) ? file : null;
}

export function responseHeaders(file: string): Record<string, string> {
  const type = mimeType(file);
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

function notFound(): Response {
  return new Response('Ikke funnet', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Answers one `app://` request from the files under `root`. */
export async function serveAppRequest(request: Pick<Request, 'url' | 'method'>, root: string): Promise<Response> {
  const file = resolveAppFile(request.url, root);
  if (!file) return notFound();
  try {
    const body = await fs.readFile(file);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(file) });
  } catch {
    return notFound();
  }
}

/** Must run before `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Must run after `ready`. */
export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
