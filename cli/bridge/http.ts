import crypto from 'node:crypto';
import type http from 'node:http';
import type { ErrorCode } from '../../core/errors';

/** Headers on every answer: nothing cached, nothing sniffed, no referrer, never framed. */
const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

export function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  extra: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  extra: Record<string, string> = {},
): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

/** An answer in the contract's error shape, with a Norwegian message. */
export function refuse(res: http.ServerResponse, status: number, message: string, code: ErrorCode = 'refused'): void {
  sendJson(
    res,
    status,
    { ok: false, error: { code, message, fields: {} } },
    status === 413 ? { connection: 'close' } : {},
  );
}

export type Body = { kind: 'ok'; bytes: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/** Beyond this a body that is too large is not read to its end (so its 413 may not reach the client). */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Reads a request body of at most `max` bytes. A larger one is read to its end and thrown away, so the 413 reaches a
 * client that is still sending; a client that hangs up gives `aborted`. Never rejects.
 */
export function readBody(req: http.IncomingMessage, max: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > DRAIN_LIMIT_BYTES) {
      req.resume();
      resolve({ kind: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) {
        settle({ kind: 'too_large' });
        req.destroy();
      }
    });
    req.on('end', () => settle(size > max ? { kind: 'too_large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}

function digest(text: string): Buffer {
  return crypto.createHash('sha256').update(text, 'utf8').digest();
}

/** Constant-time comparison of a header against the token, whatever the header's length or encoding. */
export function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  return crypto.timingSafeEqual(digest(given), digest(token));
}

/** True for `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonType(header: string | undefined): boolean {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}
