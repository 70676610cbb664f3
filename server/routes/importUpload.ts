import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TableCount } from '../../core/backups/contract';
import { heldRecords } from '../../core/backups/held';
import {
  CONFIRM_FIELD,
  IMPORT_UPLOAD_PATH,
  REPLACE_PARAM,
  UPLOAD_CONTENT_TYPE,
  type UploadedImport,
} from '../../core/connection/upload';
import type { Result } from '../../core/errors';
import { authenticate } from '../authenticate';
import { refusal, type ServerDeps } from '../deps';
import { changeLogName } from '../person';

const NO_FILE = 'Det kom ingen eksportfil. Prøv igjen.';

function listed(counts: readonly TableCount[]): string {
  return counts.map((count) => `${count.label} (${count.rows.toLocaleString('nb-NO')})`).join(', ');
}

/** Why the data the server holds must not be replaced without a yes, naming what they are. */
function replaceMessage(held: readonly TableCount[] | null): string {
  const what = held
    ? `Serveren har allerede data: ${listed(held)}.`
    : 'Serveren har allerede en datafil, og det kunne ikke sees hva den inneholder.';
  return `${what} Flytter du dataene hit, blir alt som ligger på serveren nå, erstattet av dataene fra denne PC-en (serveren tar en sikkerhetskopi av det først). Bekreft at det er dette du vil, og prøv igjen. Ingenting er endret.`;
}

/** Takes in the file as `akan-server import` does (`backups.import`: checked, the data from before backed up first). */
async function importBytes(deps: ServerDeps, bytes: Buffer, who: string): Promise<Result<UploadedImport>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-upload-'));
  const file = path.join(dir, 'flytting.akan');
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    const result = await deps.app.dispatch('backups.import', { file }, who);
    if (!result.ok) return result;
    const { safetyBackup } = result.value as { safetyBackup: string | null };
    return { ok: true, value: { records: heldRecords(deps.config.dataFile) ?? [], safetyBackup } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `POST /api/import-upload`: an administrator's export file, as bytes, taken in as the server's data. Refused while
 * the server holds data, unless the caller says yes to replacing them (`?replace=yes`).
 */
export async function registerImportUploadRoute(server: FastifyInstance, deps: ServerDeps): Promise<void> {
  const bodyLimit = deps.config.importLimitBytes;
  // Its own scope: only this route reads raw bytes; everywhere else anything but JSON is still refused.
  await server.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      IMPORT_UPLOAD_PATH,
      { bodyLimit },
      async (request: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply) => {
        const who = await authenticate(deps, request, reply);
        if (!who) return reply;
        reply.header('cache-control', 'no-store');
        if (who.caller.role !== 'admin') {
          return reply
            .code(403)
            .send(refusal(`Bare en administrator kan flytte data til serveren. Spør ${deps.config.contact}.`));
        }
        const bytes = request.body;
        if (!Buffer.isBuffer(bytes) || bytes.length === 0) return reply.code(400).send(refusal(NO_FILE));
        const held = heldRecords(deps.config.dataFile);
        if ((held === null || held.length > 0) && request.query[REPLACE_PARAM] !== 'yes') {
          const message = replaceMessage(held);
          return reply.send({ ok: false, error: { code: 'refused', message, fields: { [CONFIRM_FIELD]: message } } });
        }
        return reply.send(await importBytes(deps, bytes, changeLogName(who.caller)));
      },
    );
  });
}
