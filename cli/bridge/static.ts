import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/contentSecurityPolicy';
import { send } from './http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

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

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The built renderer; client-side routes fall back to index.html. The page never carries the token. */
export function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const file = staticFile(root, req.url ?? '/');
  if (!file) return send(res, 404, 'Finnes ikke');
  const page = isFile(file) ? file : path.extname(file) ? null : path.join(root, 'index.html');
  if (!page) return send(res, 404, 'Finnes ikke');
  const type = TYPES[path.extname(page)] ?? 'application/octet-stream';
  const extra: Record<string, string> = type.startsWith('text/html')
    ? { 'content-security-policy': CONTENT_SECURITY_POLICY }
    : {};
  send(res, 200, req.method === 'HEAD' ? '' : fs.readFileSync(page), type, extra);
}
