import fs from 'node:fs';
import type http from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppHandle } from '../../core/app';
import { importUploaded, inspectUploaded, withUploadFile } from '../../core/backups/uploaded';
import { INSPECT_PARAM, REPLACE_PARAM, UPLOAD_CONTENT_TYPE } from '../../core/connection/upload';
import { refuse, sendJson } from './http';

export const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

const NOT_CONFIRMED =
  'Importen erstatter alle dataene her. Bekreft at det er dette du vil, og prøv igjen. Ingenting er endret.';

class TooLarge extends Error {}

type Received = 'ok' | 'too_large' | 'aborted';

/** Streams the request body into `file` (never more than `max` bytes of it; a larger body is cut off). */
async function receive(req: http.IncomingMessage, file: string, max: number): Promise<Received> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  let size = 0;
  const bounded = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > max) done(new TooLarge());
      else done(null, chunk);
    },
  });
  try {
    await pipeline(req, bounded, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    return size === 0 ? 'aborted' : 'ok';
  } catch (error) {
    return error instanceof TooLarge ? 'too_large' : 'aborted';
  }
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/** `?inspect=1` to look at the file, `?replace=yes` to take it in; nothing else. */
function modeOf(search: URLSearchParams): 'inspect' | 'import' | 'unconfirmed' | null {
  const keys = [...search.keys()];
  if (keys.some((key) => key !== INSPECT_PARAM && key !== REPLACE_PARAM) || keys.length > 1) return null;
  if (search.has(INSPECT_PARAM)) return search.get(INSPECT_PARAM) === '1' ? 'inspect' : null;
  if (search.has(REPLACE_PARAM)) return search.get(REPLACE_PARAM) === 'yes' ? 'import' : null;
  return 'unconfirmed';
}

/**
 * `POST /api/import-upload` in the preview, as on the server: the bytes of an export file, streamed to a private
 * temporary file, looked at (`?inspect=1`) or taken in (`?replace=yes`) through the same dispatch; the temporary
 * file is removed afterwards. The caller has checked the token.
 */
export async function takeUpload(
  app: Pick<AppHandle, 'dispatch'>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  search: URLSearchParams,
  limit: number,
): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'Bruk POST.');
  if (mediaType(req.headers['content-type']) !== UPLOAD_CONTENT_TYPE)
    return refuse(res, 415, 'Filen må sendes som application/octet-stream.');
  const mode = modeOf(search);
  if (!mode) return refuse(res, 400, 'Adressen har ukjente parametre.');
  if (mode === 'unconfirmed') return refuse(res, 400, NOT_CONFIRMED);
  await withUploadFile(async (file) => {
    const received = await receive(req, file, limit);
    if (received === 'too_large') {
      const megabytes = Math.floor(limit / (1024 * 1024));
      return refuse(res, 413, `Filen er for stor. Den kan være på høyst ${megabytes} MB. Ingenting er endret.`);
    }
    if (received === 'aborted') return refuse(res, 400, 'Det kom ingen eksportfil. Prøv igjen.');
    sendJson(
      res,
      200,
      mode === 'inspect' ? await inspectUploaded(app.dispatch, file) : await importUploaded(app.dispatch, file),
    );
  });
}
