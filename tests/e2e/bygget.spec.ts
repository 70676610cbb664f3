import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@playwright/test';
import { solveBlock, type BlockResult, type BlockTask } from '../../core/disclosure/blockTask';

/**
 * The disclosure worker as it is built for the desktop app (`npm run build`, out/main) and for the server (the
 * same bundling as `npm run build:server`): each solves a block as the main thread does (core/disclosure/workers.ts
 * finds it beside the bundle). Electron itself cannot run here; this runs the built file in Node's worker threads.
 */

const OUT = path.resolve(process.env.AKAN_BUILD_DIR ?? path.resolve(__dirname, '../../out'));

/** A sector's two units of 1 under a held subtotal of 2, with a top solution that raises the subtotal to 4. */
const TASK: BlockTask = {
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

function onWorker(file: string): Promise<BlockResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    worker.once('message', ({ result, error }: { result?: BlockResult; error?: string }) => {
      void worker.terminate();
      if (result) resolve(result);
      else reject(new Error(error));
    });
    worker.once('error', reject);
    worker.postMessage({ id: 1, task: TASK });
  });
}

const plain = (result: BlockResult) =>
  JSON.parse(JSON.stringify(result, (_, v) => (ArrayBuffer.isView(v) ? [...(v as Float64Array)] : v)));

test('the desktop app’s built disclosure worker solves a block as the main thread does', async () => {
  const expected = plain(await solveBlock(TASK));
  expect(expected.carried).toHaveLength(2);
  expect(plain(await onWorker(path.join(OUT, 'main', 'disclosureWorker.js')))).toEqual(expected);
});

test('the server’s built disclosure worker solves a block as the main thread does', async () => {
  // `npm run build:server` itself, into this test's own folder (esbuild takes the last --outdir).
  const outdir = test.info().outputPath('server');
  execFileSync('npm', ['run', 'build:server', '--', `--outdir=${outdir}`], { stdio: 'pipe' });
  expect(plain(await onWorker(path.join(outdir, 'disclosureWorker.js')))).toEqual(plain(await solveBlock(TASK)));
});
