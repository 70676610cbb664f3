import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Bridge, startBridge } from '../../../cli/bridge';
import type { AppHandle } from '../../../core/app';
import { freshApp, ok, tempDir } from '../../support/app';

const LIMIT = 2 * 1024 * 1024;
let app: AppHandle;
let bridge: Bridge;
let exportFile: Buffer;
// Every temporary folder of this file's process goes here, so what the uploads leave behind can be seen.
const scratch = tempDir();
const tmpdir = process.env.TMPDIR;

beforeAll(async () => {
  process.env.TMPDIR = scratch;
  const otherPc = await freshApp({ dailyBackups: false });
  for (const name of ['Helse', 'Skole']) await ok(otherPc, 'units.create', { name });
  exportFile = Buffer.from((await ok(otherPc, 'backups.export', {})).base64 ?? '', 'base64');
  otherPc.close();
  app = await freshApp({ dailyBackups: false });
  await ok(app, 'units.create', { name: 'Kultur' });
  bridge = await startBridge({ app, staticDir: tempDir(), uploadLimitBytes: LIMIT });
});
afterAll(async () => {
  await bridge.close();
  app.close();
  if (tmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdir;
});

function upload(query: string, body: Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const req = http.request(
      new URL(`/api/import-upload${query}`, bridge.origin),
      {
        method: 'POST',
        headers: { 'x-akan-token': bridge.token, 'content-type': 'application/octet-stream', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function raw(bytes: Buffer, hangUp: boolean): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(bridge.origin).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(bytes, () => (hangUp ? socket.destroy() : socket.end()));
  });
}

const unitNames = async () => (await ok(app, 'units.list', {})).map((unit) => unit.name);
const leftBehind = () => fs.readdirSync(scratch).filter((name) => name.startsWith('akan-opplasting-'));

describe('POST /api/import-upload on the preview bridge', () => {
  test('only with the token, as raw bytes, and only with ?inspect=1 or ?replace=yes', async () => {
    expect((await upload('?inspect=1', exportFile, { 'x-akan-token': 'feil' })).status).toBe(403);
    expect((await upload('?inspect=1', exportFile, { 'x-akan-token': '' })).status).toBe(403);
    expect((await upload('?inspect=1', exportFile, { 'content-type': 'application/json' })).status).toBe(415);
    expect((await upload('?inspect=1', exportFile, { 'content-type': 'multipart/form-data' })).status).toBe(415);
    expect((await upload('?file=/etc/passwd', exportFile)).status).toBe(400);
    expect((await upload('?inspect=1&replace=yes', exportFile)).status).toBe(400);
    expect((await upload('?replace=ja', exportFile)).status).toBe(400);
    const unconfirmed = await upload('', exportFile);
    expect(unconfirmed).toMatchObject({
      status: 400,
      body: { error: { message: expect.stringContaining('Bekreft') } },
    });
    expect(await unitNames()).toEqual(['Kultur']);
  });

  test('?inspect=1 says what the file holds, without its temporary path, and changes nothing', async () => {
    const answer = await upload('?inspect=1', exportFile);
    expect(answer).toMatchObject({
      status: 200,
      body: { ok: true, value: { kind: 'export', name: 'opplastet.akan', file: 'opplastet.akan', problem: null } },
    });
    const value = answer.body.value as { contents: { counts: unknown[] } };
    expect(value.contents.counts).toContainEqual({ table: 'units', label: 'Enheter', rows: 2 });
    expect(JSON.stringify(answer.body)).not.toContain(scratch);
    expect(await unitNames()).toEqual(['Kultur']);
    expect(leftBehind()).toEqual([]);
  });

  test('a file that is not an AKAN Utvalg export is refused by the import’s checks, and nothing changes', async () => {
    const junk = Buffer.alloc(200 * 1024, 7);
    const looked = await upload('?inspect=1', junk);
    expect(looked.body).toMatchObject({
      ok: true,
      value: { contents: null, problem: expect.stringMatching(/skadet/) },
    });
    const taken = await upload('?replace=yes', junk);
    expect(taken.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/skadet|ikke en/) } });
    expect((await upload('?replace=yes', Buffer.alloc(0))).status).toBe(400);
    expect(await unitNames()).toEqual(['Kultur']);
    expect(leftBehind()).toEqual([]);
  });

  test('beyond its limit the upload is refused as too large, declared or not, and nothing is kept', async () => {
    const tooLarge = await upload('?replace=yes', Buffer.alloc(LIMIT + 1, 7));
    expect(tooLarge).toMatchObject({ status: 413, body: { error: { message: expect.stringContaining('2 MB') } } });
    const declared = await raw(
      Buffer.from(
        `POST /api/import-upload?replace=yes HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-akan-token: ${bridge.token}\r\ncontent-type: application/octet-stream\r\ncontent-length: 999999999999\r\n\r\nxx`,
      ),
      false,
    );
    expect(declared).toMatch(/^HTTP\/1\.1 413/);
    const head = `POST /api/import-upload?replace=yes HTTP/1.1\r\nHost: 127.0.0.1:1\r\nx-akan-token: ${bridge.token}\r\ncontent-type: application/octet-stream\r\ncontent-length: 500000\r\n\r\n`;
    await raw(Buffer.concat([Buffer.from(head), exportFile.subarray(0, 1000)]), true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await unitNames()).toEqual(['Kultur']);
    expect(leftBehind()).toEqual([]);
  });

  test('?replace=yes takes the file in through the same checked import, backing up the data from before', async () => {
    const answer = await upload('?replace=yes', exportFile);
    expect(answer).toMatchObject({
      status: 200,
      body: {
        ok: true,
        value: {
          records: [{ table: 'units', label: 'Enheter', rows: 2 }],
          safetyBackup: expect.stringMatching(/for-import-.*\.sqlite$/),
        },
      },
    });
    expect(await unitNames()).toEqual(['Helse', 'Skole']);
    expect((await ok(app, 'changeLog.list', {}))[0]?.method).toBe('backups.import');
    expect(leftBehind()).toEqual([]);
  });
});
