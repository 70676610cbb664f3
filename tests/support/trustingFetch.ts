import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

/**
 * `fetch` that trusts one extra certificate (the test server's), as a PC trusts the municipality's CA. The body
 * streams as it arrives, as Chromium's does (the event stream needs it).
 */
export function trustingFetch(ca: string): (url: string | URL, init?: RequestInit) => Promise<Response> {
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === 'https:' ? https.request : http.request;
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const request = send(
        target,
        { method: init.method ?? 'GET', headers, ca, signal: init.signal ?? undefined },
        (res) => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const status = res.statusCode ?? 500;
          const body = status === 204 || status === 304 ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
          if (!body) res.resume();
          resolve(new Response(body, { status, headers: responseHeaders }));
        },
      );
      request.on('error', reject);
      const body = init.body ?? undefined;
      request.end(body === undefined || body instanceof Uint8Array ? body : String(body));
    });
}
