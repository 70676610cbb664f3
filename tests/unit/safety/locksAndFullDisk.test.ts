import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { BUSY_TIMEOUT_MS } from '../../../db/pragmas';
import { freshApp, ok } from '../../support/app';
import { contentHash } from '../../support/dbContent';

test('a write lock held by another program: reads go on, writes answer "busy" after busy_timeout, then succeed', async () => {
  const app = await freshApp({ dailyBackups: false });
  await ok(app, 'units.create', { name: 'Helse' });
  const other = new Database(app.dataFile);
  other.exec('BEGIN IMMEDIATE');
  other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('annet-program', '1');
  const before = contentHash(app.context.sqlite);

  expect(await ok(app, 'units.list', {})).toHaveLength(1);
  const started = Date.now();
  const refused = await app.dispatch('units.create', { name: 'Skole' });
  const waited = Date.now() - started;
  expect(refused).toEqual({
    ok: false,
    error: {
      code: 'busy',
      message: expect.stringMatching(/i bruk av et annet program.*ingen endringer gikk tapt/i),
      fields: {},
    },
  });
  expect(waited).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
  expect(contentHash(app.context.sqlite)).toBe(before);

  other.exec('ROLLBACK');
  other.close();
  await ok(app, 'units.create', { name: 'Skole' });
  expect((await ok(app, 'units.list', {})).map((u) => u.name).sort()).toEqual(['Helse', 'Skole']);
  expect(app.context.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  app.close();
}, 20_000);

/** Another process that takes the write lock, says so, and lets go after `ms`. */
function lockInAnotherProcess(file: string, ms: number): Promise<{ exited: Promise<unknown> }> {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: path.resolve(__dirname, '../../..') });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ exited }));
    void exited.then((code) => reject(new Error(`locking process exited with ${String(code)}`)));
  });
}

test('a lock another process releases while the write waits: SQLite retries and the write goes through', async () => {
  const app = await freshApp({ dailyBackups: false });
  const locker = await lockInAnotherProcess(app.dataFile, 700);
  const started = Date.now();
  await ok(app, 'units.create', { name: 'Helse' });
  expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  await locker.exited;
  expect(await ok(app, 'units.list', {})).toHaveLength(1);
  app.close();
}, 20_000);

test('a full disk during a write: a clear message, nothing half-written, and writes work again once there is room', async () => {
  const app = await freshApp({ dailyBackups: false });
  const sqlite = app.context.sqlite;
  await ok(app, 'units.create', { name: 'Helse' });
  // The database may not grow by a single page: to SQLite this is a full disk.
  sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
  let refused: Awaited<ReturnType<typeof app.dispatch>> | null = null;
  for (let i = 0; i < 500 && !refused; i++) {
    const before = contentHash(sqlite);
    const result = await app.dispatch('units.create', { name: `Enhet ${i} ${'x'.repeat(100)}` });
    if (!result.ok) {
      refused = result;
      expect(contentHash(sqlite)).toBe(before);
    }
  }
  expect(refused).toEqual({
    ok: false,
    error: { code: 'io', message: expect.stringMatching(/ikke nok ledig plass/), fields: {} },
  });
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  sqlite.pragma('max_page_count = 1073741823');
  await ok(app, 'units.create', { name: 'Etter opprydding' });
  app.close();
});
