import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openApp } from '../../core/app';
import { doneOnWorkers, useWorkers } from '../../core/workers/pool';
import { ok, tempDir } from '../support/app';

afterAll(() => useWorkers(undefined));

describe('a backup is checked before it is previewed on a worker thread (core/workers/pool.ts)', () => {
  test('with the same answer as on the main thread, for a sound file and for a damaged one', async () => {
    const dir = tempDir();
    const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), user: 'kari', dailyBackups: false });
    try {
      await ok(app, 'units.create', { name: 'Helse' });
      const { file } = await ok(app, 'backups.create', {});
      const damaged = path.join(dir, 'skadet.akan');
      const bytes = fs.readFileSync(file);
      bytes.fill(0x5a, 4096, 8192);
      fs.writeFileSync(damaged, bytes);

      await useWorkers(0);
      const here = [await ok(app, 'backups.inspect', { file }), await ok(app, 'backups.inspect', { file: damaged })];
      await useWorkers(1);
      const before = doneOnWorkers('inspect');
      const there = [await ok(app, 'backups.inspect', { file }), await ok(app, 'backups.inspect', { file: damaged })];
      expect(doneOnWorkers('inspect')).toBe(before + 2);
      expect(there).toEqual(here);
      expect(there[0]?.contents?.counts.find((c) => c.table === 'units')?.rows).toBe(1);
      expect(there[1]?.contents).toBeNull();
      expect(there[1]?.problem).toBeTruthy();
    } finally {
      app.close();
    }
  }, 60_000);

  test('a worker that cannot start leaves the check to the main thread', async () => {
    const dir = tempDir();
    const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), user: 'kari', dailyBackups: false });
    try {
      const { file } = await ok(app, 'backups.create', {});
      await useWorkers(1, { file: '/nonexistent/akanWorker.js', execArgv: [] });
      const before = doneOnWorkers('inspect');
      expect((await ok(app, 'backups.inspect', { file })).problem).toBeNull();
      expect(doneOnWorkers('inspect')).toBe(before);
    } finally {
      app.close();
    }
  }, 60_000);
});
