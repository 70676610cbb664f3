import { onWorker, useWorkers, workers, type Script } from '../workers/pool';
import { solveBlock, type BlockResult, type BlockTask } from './blockTask';

/**
 * The blocks of a split system solved on worker threads (core/workers/pool.ts), one block per thread at a time
 * (issue #11: on the bench's 100 units, the blocks are most of a cold publication). The main thread waits instead
 * of solving, so a server or the app's main process stays responsive meanwhile. The result is the same as solving
 * the blocks in turn here, which is what happens with fewer than two workers, blocks too light to be worth sending,
 * or after a worker fails.
 */

/**
 * Blocks that take less than this are solved here: sending a task to a worker costs about a millisecond of the
 * main thread, and two workers solving at once each run slower (on the 2-core test machine, 1.5 times). The bench's
 * 100 units take about 28 ms a block; 15 years of a 210-unit municipality, 3 ms.
 */
const WORTH_A_WORKER_MS = 10;

/** Blocks from this long on go to workers; a test sets 0 (every block) or more. */
let minBlockMs = WORTH_A_WORKER_MS;

/** How long a block of the last split system took, on average (here or on a worker); unknown before the first. */
let typicalBlockMs: number | undefined;

function worthIt(): boolean {
  return minBlockMs <= 0 || (typicalBlockMs !== undefined && typicalBlockMs >= minBlockMs);
}

/** Two workers at least: with one, the main thread would only wait for it. */
function pool() {
  return workers(2);
}

/** Solves `tasks` here one after another, keeping how long a block took on average. */
async function solveHere(tasks: readonly BlockTask[]): Promise<BlockResult[]> {
  const started = performance.now();
  const results: BlockResult[] = [];
  for (const task of tasks) results.push(await solveBlock(task));
  if (tasks.length > 0) typicalBlockMs = (performance.now() - started) / tasks.length;
  return results;
}

/**
 * Each block's result, in the order of `tasks`; the same wherever they are solved. They go to worker threads when
 * the last system's blocks took long enough to be worth it; in a process's first split system, the first block is
 * solved here to find out.
 */
export async function solveBlocks(tasks: readonly BlockTask[]): Promise<BlockResult[]> {
  const on = tasks.length > 1 ? pool() : undefined;
  if (!on) return solveHere(tasks);
  const probe = typicalBlockMs === undefined && !worthIt();
  // While the first block is solved here to find out, the workers start and load the solver, in case it is worth it.
  if (probe) for (let i = 0; i < on.size; i++) void on.run('warm', null).catch(() => undefined);
  const first = probe ? await solveHere(tasks.slice(0, 1)) : [];
  const rest = tasks.slice(first.length);
  if (!worthIt()) return [...first, ...(await solveHere(rest))];
  const solved = await Promise.all(rest.map((task) => onWorker(on, 'block', bare(task), () => solveBlock(task))));
  typicalBlockMs = solved.reduce((sum, { ms = 0 }) => sum + ms, 0) / Math.max(1, solved.length);
  return [...first, ...solved.map(({ output }) => output)];
}

/**
 * One task on a worker thread when blocks are worth it (see `solveBlocks`), else here: a component protected while
 * the main thread works on another (system.ts).
 */
export async function solveElsewhere(task: BlockTask): Promise<BlockResult> {
  const on = worthIt() ? pool() : undefined;
  return (await onWorker(on, 'block', bare(task), () => solveBlock(task))).output;
}

/** The task without what the solver does not read (the numbers' labels, most of what a task would copy). */
function bare(task: BlockTask): BlockTask {
  const variables = task.system.variables.map(({ value, level, absent, frozen }) => ({
    value,
    level,
    label: '',
    ...(absent ? { absent } : {}),
    ...(frozen ? { frozen } : {}),
  }));
  return { ...task, system: { variables, equations: task.system.equations } };
}

/**
 * Sets the workers as `useWorkers` does, and which blocks they take (`minBlockMs`, 0: every block); forgets how
 * long blocks took. For tests and benchmarks.
 */
export async function useDisclosureWorkers(
  count: number | undefined,
  options: { readonly script?: Script; readonly minBlockMs?: number } = {},
): Promise<void> {
  minBlockMs = options.minBlockMs ?? WORTH_A_WORKER_MS;
  typicalBlockMs = undefined;
  await useWorkers(count, options.script);
}
