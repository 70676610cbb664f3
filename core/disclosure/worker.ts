import { parentPort } from 'node:worker_threads';
import { solveBlock, type BlockTask } from './blockTask';

/** A thread that solves blocks of split systems for core/disclosure/workers.ts, one at a time. */

export interface WorkerRequest {
  readonly id: number;
  readonly task: BlockTask;
}

parentPort?.on('message', ({ id, task }: WorkerRequest) => {
  const started = performance.now();
  solveBlock(task).then(
    (result) => parentPort?.postMessage({ id, result, ms: performance.now() - started }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
