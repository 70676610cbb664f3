import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@playwright/test';
import { openApp } from '../../core/app';
import { inspectCopy, type InspectTask } from '../../core/backups/contents';
import { solveBlock, type BlockTask } from '../../core/disclosure/blockTask';

/**
 * The worker thread's code as it is built for the desktop app (`npm run build`, out/main) and for the server
 * (`npm run build:server`): it solves a block and checks a backup as the main thread does (core/workers/pool.ts
 * finds it beside the bundle). Electron itself cannot run here; this runs the built file in Node's worker threads.
 */

const OUT = path.resolve(process.env.AKAN_BUILD_DIR ?? path.resolve(__dirname, '../../out'));

/** A sector's two units of 1 and one of 5 under a held subtotal of 7, with top solutions that move the subtotal. */
const BLOCK: BlockTask = {
  k: 3,
  system: {
    variables: [
      { value: 1, level: 0, label: '' },
      { value: 1, level: 0, label: '' },
      { value: 5, level: 0, label: '' },
      { value: 7, level: 1, label: '', frozen: 'published' },
    ],
    equations: [{ members: [0, 1, 2], total: 3 }],
  },
  carry: [[[3, 4]], [[3, 9]]],
};

function onWorker(file: string, kind: 'block' | 'inspect', input: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    worker.once('message', ({ output, error }: { output?: unknown; error?: string }) => {
      void worker.terminate();
      if (error === undefined) resolve(output);
      else reject(new Error(error));
    });
    worker.once('error', reject);
    worker.postMessage({ id: 1, kind, input });
  });
}

const plain = (result: unknown): unknown =>
  JSON.parse(JSON.stringify(result, (_, v: unknown) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v)));

/** A backup of a data file with one unit, as a preview checks it. */
async function backupToCheck(): Promise<InspectTask> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bygget-'));
  const app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), user: 'kari', dailyBackups: false });
  try {
    await app.invoke('units.create', { name: 'Helse' });
    const created = await app.invoke('backups.create', {});
    if (!created.ok) throw new Error(created.error.message);
    const { file } = created.value;
    const stat = fs.statSync(file);
    return { local: file, file, size: stat.size, mtime: stat.mtime.toISOString(), ownId: null };
  } finally {
    app.close();
  }
}

async function checkBuilt(worker: string): Promise<void> {
  const block = plain(await solveBlock(BLOCK)) as { carried: unknown[] };
  expect(block.carried).toHaveLength(2);
  expect(plain(await onWorker(worker, 'block', BLOCK))).toEqual(block);
  const backup = await backupToCheck();
  const checked = inspectCopy(backup);
  expect(checked.contents?.counts.find((c) => c.table === 'units')?.rows).toBe(1);
  expect(await onWorker(worker, 'inspect', backup)).toEqual(checked);
}

test('the desktop app’s built worker solves a block and checks a backup as the main thread does', async () => {
  await checkBuilt(path.join(OUT, 'main', 'akanWorker.js'));
});

test('the server’s built worker solves a block and checks a backup as the main thread does', async () => {
  // `npm run build:server` itself, into this test's own folder (esbuild takes the last --outdir).
  const outdir = test.info().outputPath('server');
  execFileSync('npm', ['run', 'build:server', '--', `--outdir=${outdir}`], { stdio: 'pipe' });
  await checkBuilt(path.join(outdir, 'akanWorker.js'));
});
