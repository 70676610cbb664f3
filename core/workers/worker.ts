import { parentPort } from 'node:worker_threads';
import { inspectCopy } from '../backups/contents';
import { solveBlock } from '../disclosure/blockTask';
import { loadSuppressionSolver } from '../disclosure/suppressSolver';
import type { WorkerRequest, WorkerResponse } from './pool';
import type { TaskInput, TaskKind, TaskOutput } from './tasks';

/** A worker thread of core/workers/pool.ts: runs one task at a time, the same functions the main thread would. */

const RUN: { readonly [K in TaskKind]: (input: TaskInput<K>) => TaskOutput<K> | Promise<TaskOutput<K>> } = {
  warm: async () => {
    await loadSuppressionSolver();
    return null;
  },
  block: solveBlock,
  inspect: inspectCopy,
};

function answer(response: WorkerResponse): void {
  parentPort?.postMessage(response);
}

parentPort?.on('message', ({ id, kind, input }: WorkerRequest) => {
  const started = performance.now();
  const run = RUN[kind] as (input: unknown) => unknown;
  Promise.resolve()
    .then(() => run(input))
    .then(
      (output) => answer({ id, output, ms: performance.now() - started }),
      (error: unknown) =>
        answer({ id, error: error instanceof Error ? error.message : String(error), ms: performance.now() - started }),
    );
});
