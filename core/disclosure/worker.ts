import { parentPort } from 'node:worker_threads';
import { solveBlock, type BlockTask } from './blockTask';
import { loadSuppressionSolver } from './suppressSolver';

/** A thread that solves blocks of split systems for core/disclosure/workers.ts, one at a time. */

export interface WorkerRequest {
  readonly id: number;
  readonly task: BlockTask;
}

// The solver loads (and compiles) while the worker waits for its first task.
loadSuppressionSolver().catch(() => undefined);

parentPort?.on('message', ({ id, task }: WorkerRequest) => {
  const started = performance.now();
  solveBlock(task).then(
    (result) => parentPort?.postMessage({ id, result, ms: performance.now() - started }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
