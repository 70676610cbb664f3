import fs from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { BackupEntry, TableCount } from '../../core/backups/contract';
import { heldRecords } from '../../core/backups/held';
import { importUploaded, inspectUploaded, withUploadFile } from '../../core/backups/uploaded';
import {
  CONFIRM_FIELD,
  IMPORT_UPLOAD_PATH,
  INSPECT_PARAM,
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

/** Looks at or takes in the bytes sent, as a file of their own that is removed afterwards. */
function takeBytes(
  deps: ServerDeps,
  bytes: Buffer,
  who: string,
  inspect: boolean,
): Promise<Result<UploadedImport | BackupEntry>> {
  return withUploadFile(async (file) => {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    return inspect ? inspectUploaded(deps.app.dispatch, file, who) : importUploaded(deps.app.dispatch, file, who);
  });
}

/**
 * `POST /api/import-upload`: an administrator's export file, as bytes, taken in as the server's data. Refused while
 * the server holds data, unless the caller says yes to replacing them (`?replace=yes`). With `?inspect=1` the file
 * is only looked at, and what it holds comes back.
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
        const inspect = request.query[INSPECT_PARAM] === '1';
        const held = inspect ? [] : heldRecords(deps.config.dataFile);
        if ((held === null || held.length > 0) && request.query[REPLACE_PARAM] !== 'yes') {
          const message = replaceMessage(held);
          return reply.send({ ok: false, error: { code: 'refused', message, fields: { [CONFIRM_FIELD]: message } } });
        }
        return reply.send(await takeBytes(deps, bytes, changeLogName(who.caller), inspect));
      },
    );
  });
}
