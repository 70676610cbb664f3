import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contract } from '../../core/contract';
import {
  IMPORT_UPLOAD_PATH,
  REPLACE_PARAM,
  UPLOAD_CONTENT_TYPE,
  type UploadedImport,
} from '../../core/connection/upload';
import type { Result } from '../../core/errors';
import { formatNorwegianDate, todayInOslo } from '../../core/validation/dates';
import type { MovedCopy } from './connectionStore';
import { UNREACHABLE } from './forward';
import type { Dispatcher, Fetch, Tokens } from './types';

const UPLOAD_TIMEOUT_MS = 10 * 60_000;

const EXPORT_FAILED: Result<never> = {
  ok: false,
  error: {
    code: 'io',
    message:
      'Dataene på denne PC-en kunne ikke lagres i én fil for flyttingen. Sjekk at det er ledig plass på disken, og prøv igjen. Ingenting er endret.',
    fields: {},
  },
};

/** The local data as one export file's bytes (`backups.export`: a checked copy); the temporary file is removed. */
export async function exportBytes(local: Dispatcher): Promise<Result<Uint8Array<ArrayBuffer>>> {
  let dir: string | null = null;
  try {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-flytting-'));
    const result = await local('backups.export', { file: path.join(dir, 'flytting.akan') });
    if (!result.ok) return result;
    return { ok: true, value: new Uint8Array(fs.readFileSync((result.value as { file: string }).file)) };
  } catch {
    return EXPORT_FAILED;
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Sends the export file to the server as the signed-in person; the server checks it and takes it in. */
export async function uploadExport(
  url: string,
  tokens: Tokens,
  bytes: Uint8Array<ArrayBuffer>,
  replace: boolean,
  fetch: Fetch,
): Promise<Result<UploadedImport>> {
  const target = new URL(IMPORT_UPLOAD_PATH, url);
  if (replace) target.searchParams.set(REPLACE_PARAM, 'yes');
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.accessToken}`, 'content-type': UPLOAD_CONTENT_TYPE },
      body: bytes,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    const body = (await response.json().catch(() => null)) as Result<UploadedImport> | null;
    return body && typeof body === 'object' && 'ok' in body ? body : UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}

/**
 * Write-protects the moved-from file for every program (the CLI, another copy of the app). Where the file system
 * has no such bit the app's own refusal (`readOnlyCopy`) still keeps it as it was.
 */
export function protectFile(file: string): void {
  try {
    fs.chmodSync(file, 0o444);
  } catch {
    // See above: the connection store's record of the move is what the app itself goes by.
  }
}

/** What may still be done with the moved-from file: read it, and export it (to take the data elsewhere). */
export function allowedOnMovedCopy(method: unknown): boolean {
  if (method === 'backups.export') return true;
  return typeof method === 'string' && Object.hasOwn(contract, method)
    ? contract[method as keyof typeof contract].kind === 'read'
    : false;
}

export function readOnlyCopy(moved: MovedCopy): Result<never> {
  const message = `Dataene på denne PC-en ble flyttet til ${moved.serverUrl} den ${formatNorwegianDate(todayInOslo(new Date(moved.at)))}. Datafilen her er tatt vare på som sikkerhetskopi og kan bare leses. Velg serveren under Innstillinger › Felles server for å arbeide videre.`;
  return { ok: false, error: { code: 'readonly', message, fields: {} } };
}
