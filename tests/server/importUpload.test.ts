import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { heldRecords } from '../../core/backups/held';
import { freshApp, ok, tempDir } from '../support/app';
import { callApi, startTestServer, type TestServer } from './support/server';

let server: TestServer;

// A JSON body limit far below an export file, so the upload is seen to have its own.
beforeAll(async () => {
  server = await startTestServer({ bodyLimitBytes: 64 * 1024, importLimitBytes: 1024 * 1024 });
});
afterAll(() => server.close());

/** An export file (`.akan`) of a data file holding these units, as its bytes. */
async function exportOf(units: string[]): Promise<Buffer> {
  const app = await freshApp({ dailyBackups: false });
  for (const name of units) await ok(app, 'units.create', { name });
  const file = path.join(tempDir(), 'utvalg.akan');
  await ok(app, 'backups.export', { file });
  app.close();
  return fs.readFileSync(file);
}

async function upload(login: string | null, body: Uint8Array, query = '', headers: Record<string, string> = {}) {
  const signed = login ? await server.signedIn(login) : { browser: server.browser(), csrf: '' };
  const response = await signed.browser.request(`${server.url}/api/import-upload${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      accept: 'application/json',
      ...(login ? { 'x-akan-token': signed.csrf } : {}),
      ...headers,
    },
    body,
  });
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
}

const unitNames = async () => {
  const result = await server.app.dispatch('units.list', {});
  return result.ok ? (result.value as { name: string }[]).map((unit) => unit.name) : result;
};

describe('POST /api/import-upload', () => {
  test('only a signed-in administrator may send data, and a browser session only with its CSRF token', async () => {
    const file = await exportOf(['Helse']);
    expect((await upload(null, file)).status).toBe(401);
    const member = await upload('ola@kommune.no', file);
    expect(member).toMatchObject({
      status: 403,
      body: { error: { message: expect.stringContaining('administrator') } },
    });
    expect((await upload('kari@kommune.no', file, '', { 'x-akan-token': 'feil' })).status).toBe(403);
    expect(heldRecords(server.config.dataFile)).toEqual([]);
  });

  test('into an empty server the file is taken in as it is, larger than any JSON call may be', async () => {
    const file = await exportOf(['Helse', 'Skole']);
    expect(file.length).toBeGreaterThan(64 * 1024);
    const answer = await upload('kari@kommune.no', file);
    expect(answer).toMatchObject({
      status: 200,
      body: { ok: true, value: { records: [{ table: 'units', label: 'Enheter', rows: 2 }] } },
    });
    expect(await unitNames()).toEqual(['Helse', 'Skole']);
    const log = await server.app.dispatch('changeLog.list', {});
    expect(JSON.stringify(log)).toMatch(/backups\.import.*Kari Nordmann|Kari Nordmann.*backups\.import/);
  });

  test('?inspect=1 says what the file holds, without a path on the server, and changes nothing, data or not', async () => {
    const file = await exportOf(['Kultur']);
    const answer = await upload('kari@kommune.no', file, '?inspect=1');
    expect(answer.body).toMatchObject({
      ok: true,
      value: { kind: 'export', name: 'opplastet.akan', file: 'opplastet.akan', problem: null },
    });
    expect(JSON.stringify(answer.body)).not.toContain(path.sep + 'akan-opplasting-');
    expect((answer.body.value as { contents: { counts: unknown[] } }).contents.counts).toContainEqual({
      table: 'units',
      label: 'Enheter',
      rows: 1,
    });
    expect(await unitNames()).toEqual(['Helse', 'Skole']);
    expect((await upload('ola@kommune.no', file, '?inspect=1')).status).toBe(403);
  });

  test('a server holding data asks for a yes that names what would be replaced, and changes nothing without it', async () => {
    const file = await exportOf(['Kultur']);
    const asked = await upload('kari@kommune.no', file);
    expect(asked.body).toMatchObject({
      ok: false,
      error: { code: 'refused', fields: { confirmReplace: expect.stringContaining('Enheter (2)') } },
    });
    expect(await unitNames()).toEqual(['Helse', 'Skole']);
    expect((await upload('kari@kommune.no', file, '?replace=yes')).body).toMatchObject({
      ok: true,
      value: { safetyBackup: expect.stringContaining('backups') },
    });
    expect(await unitNames()).toEqual(['Kultur']);
  });

  test('a file that is not an AKAN Utvalg export is refused by the import’s checks, and nothing changes', async () => {
    const answer = await upload('kari@kommune.no', Buffer.alloc(200 * 1024, 7), '?replace=yes');
    expect(answer.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/skadet|ikke en/) } });
    expect(await unitNames()).toEqual(['Kultur']);
    expect((await upload('kari@kommune.no', new Uint8Array(0), '?replace=yes')).status).toBe(400);
  });

  test('beyond importLimitBytes the upload is refused as too large; raw bytes go nowhere else', async () => {
    const tooLarge = await upload('kari@kommune.no', Buffer.alloc(1024 * 1024 + 1), '?replace=yes');
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { message: expect.stringContaining('for stor') } } });
    const { browser, csrf } = await server.signedIn('kari@kommune.no');
    const elsewhere = await callApi(server, browser, 'units.list', undefined, {
      'content-type': 'application/octet-stream',
      'x-akan-token': csrf,
    });
    expect(elsewhere.status).toBe(415);
    expect(await unitNames()).toEqual(['Kultur']);
  });
});
