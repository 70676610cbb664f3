import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { tempDir } from '../../support/app';

const ROOT = path.resolve(__dirname, '../../..');
const WRITER = path.join(ROOT, 'tests', 'support', 'crashWriter.ts');

/** Starts the writer and kills it with SIGKILL once it has acknowledged `acks` writes (`ms` caps a slow start); returns the acknowledged ids. */
function writeUntilKilled(dataFile: string, acks: number, ms: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), so SIGKILL hits the writer itself and not a wrapper around it.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataFile], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ids: number[] = [];
    let buffered = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(kill, ms);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) ids.push(Number(line));
      if (ids.length >= acks) kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${stderr}`));
      else resolve(ids);
    });
  });
}

test('killed in the middle of writing (SIGKILL), twice: the file opens, passes integrity_check and holds every acknowledged write', async () => {
  const dataFile = path.join(tempDir(), 'akan.sqlite');
  const first = await writeUntilKilled(dataFile, 25, 45_000);
  const second = await writeUntilKilled(dataFile, 25, 45_000);
  const acknowledged = [...first, ...second];
  expect(first.length).toBeGreaterThan(0);
  expect(second.length).toBeGreaterThan(0);

  const sqlite = new Database(dataFile);
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  const stored = new Set(sqlite.prepare('SELECT id FROM committee_members').pluck().all() as number[]);
  const missing = acknowledged.filter((id) => !stored.has(id));
  expect(missing).toEqual([]);
  // Each write and its change-log row are one transaction: neither is ever there without the other.
  expect(sqlite.prepare(`SELECT count(*) FROM change_log WHERE method = 'committee.create'`).pluck().get()).toBe(
    stored.size,
  );
  sqlite.close();

  const app = await openApp({ dataFile, dailyBackups: false });
  expect((await app.invoke('committee.list', undefined)).ok).toBe(true);
  app.close();
}, 120_000);
