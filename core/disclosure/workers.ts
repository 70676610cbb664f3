import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { solveBlock, type BlockResult, type BlockTask } from './blockTask';
import type { WorkerRequest } from './worker';

/**
 * The blocks of a split system solved on worker threads, one block per thread at a time (issue #11: on the bench's
 * 100 units, the blocks are most of a cold publication). The main thread waits instead of solving, so a server or
 * the app's main process stays responsive meanwhile. The result is the same as solving the blocks in turn here,
 * which is what happens with one processor, when the worker's code is not found, or after a worker fails.
 *
 * The worker's code is `disclosureWorker.js` beside the bundle that holds this module (electron.vite.config.ts and
 * `npm run build:server` emit it; the CLI's bundle has none and solves here), or, run from source (tsx, vitest,
 * Playwright), `worker.ts` beside this file, loaded through tsx.
 */

const MAX_WORKERS = 4;

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (result: BlockResult) => void;
  readonly reject: (error: Error) => void;
}

interface Response {
  readonly id: number;
  readonly result?: BlockResult;
  readonly error?: string;
  /** How long the worker took to solve it. */
  readonly ms?: number;
}

interface Script {
  readonly file: string;
  readonly execArgv: string[];
}

function workerScript(): Script | undefined {
  // The bundler may put this module in a chunk one folder down from its entry.
  const built = [__dirname, path.dirname(__dirname)]
    .map((dir) => path.join(dir, 'disclosureWorker.js'))
    .find((file) => fs.existsSync(file));
  if (built) return { file: built, execArgv: [] };
  const source = path.join(__dirname, 'worker.ts');
  if (fs.existsSync(source)) return { file: source, execArgv: ['--import', 'tsx'] };
  return undefined;
}

class Pool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  broken = false;

  constructor(
    private readonly script: Script,
    private readonly size: number,
    private started = 0,
  ) {}

  run(task: BlockTask): Promise<BlockResult> {
    if (this.broken) return Promise.reject(new Error('A disclosure worker failed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.start() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage(job.request);
    }
  }

  /** Starts every worker now (each loads the solver as it starts), so that they are ready when tasks come. */
  warm(): void {
    while (this.started < this.size) this.idle.push(this.start());
  }

  private start(): Worker {
    this.started++;
    const worker = new Worker(this.script.file, { execArgv: this.script.execArgv });
    worker.on('message', ({ id, result, error, ms = 0 }: Response) => {
      const job = this.running.get(worker);
      if (!job || job.request.id !== id) return;
      this.running.delete(worker);
      if (result) {
        solvedOnWorkers++;
        solvingMs += ms;
        job.resolve(result);
      } else job.reject(new Error(error ?? 'Disclosure worker answered nothing'));
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    const fail = (error: Error): void => {
      this.broken = true;
      const job = this.running.get(worker);
      this.running.delete(worker);
      job?.reject(error);
      for (const waiting of this.queue.splice(0)) waiting.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`Disclosure worker stopped (exit code ${code})`)));
    worker.unref();
    return worker;
  }

  terminate(): Promise<unknown> {
    this.broken = true;
    return Promise.all([...this.idle, ...this.running.keys()].map((worker) => worker.terminate()));
  }
}

let pool: Pool | undefined;
let wanted: ({ count: number } & WorkerOptions) | undefined;
let solvedOnWorkers = 0;
/** Time the workers have spent solving, in this process. */
let solvingMs = 0;

/** How many worker threads solve blocks: one per processor, at most four, or as set (a pool needs two). */
export function workerCount(): number {
  if (wanted !== undefined) return wanted.count;
  const configured = Number.parseInt(process.env.AKAN_DISCLOSURE_WORKERS ?? '', 10);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return Math.min(MAX_WORKERS, os.availableParallelism());
}

function currentPool(): Pool | undefined {
  if (pool?.broken) return undefined;
  if (pool) return pool;
  const size = workerCount();
  const script = wanted?.script ?? workerScript();
  if (size < 2 || !script) return undefined;
  return (pool = new Pool(script, size));
}

interface WorkerOptions {
  /** The workers' code instead of the built or source one. */
  readonly script?: Script;
  /** Blocks from this long on go to workers (0: every block). */
  readonly minBlockMs?: number;
}

/**
 * Sets how many worker threads solve blocks (0 or 1: none, every block here in turn), and for a test their code or
 * which blocks they take; `undefined` goes back to one per processor (at most four, or AKAN_DISCLOSURE_WORKERS).
 * For tests and benchmarks.
 */
export async function useDisclosureWorkers(count: number | undefined, options: WorkerOptions = {}): Promise<void> {
  wanted = count === undefined ? undefined : { count, ...options };
  typicalBlockMs = undefined;
  const old = pool;
  pool = undefined;
  await old?.terminate();
}

/** How many blocks worker threads have solved in this process (tests check that they were used). */
export function blocksSolvedOnWorkers(): number {
  return solvedOnWorkers;
}

/**
 * Blocks that take less than this are solved here: sending a task to a worker costs about a millisecond of the
 * main thread, and two workers solving at once each run slower (on the 2-core test machine, 1.5 times). The bench's
 * 100 units take about 28 ms a block; 15 years of a 210-unit municipality, 3 ms.
 */
const WORTH_A_WORKER_MS = 10;

/** How long a block of the last split system took, on average (here or on a worker); unknown before the first. */
let typicalBlockMs: number | undefined;

function worthIt(): boolean {
  const threshold = wanted?.minBlockMs ?? WORTH_A_WORKER_MS;
  return threshold <= 0 || (typicalBlockMs !== undefined && typicalBlockMs >= threshold);
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
  const workers = tasks.length > 1 ? currentPool() : undefined;
  if (!workers) return solveHere(tasks);
  const probe = typicalBlockMs === undefined && !worthIt();
  // While the first block is solved here to find out, the workers start, in case it is worth it.
  if (probe) workers.warm();
  const first = probe ? await solveHere(tasks.slice(0, 1)) : [];
  const rest = tasks.slice(first.length);
  if (!worthIt()) return [...first, ...(await solveHere(rest))];
  const before = solvingMs;
  const results = await Promise.all(rest.map((task) => onWorker(workers, task)));
  typicalBlockMs = (solvingMs - before) / Math.max(1, rest.length);
  return [...first, ...results];
}

/**
 * One task on a worker thread when blocks are worth it (see `solveBlocks`), else here: a component protected while
 * the main thread works on another (system.ts).
 */
export function solveElsewhere(task: BlockTask): Promise<BlockResult> {
  const workers = worthIt() ? currentPool() : undefined;
  return workers ? onWorker(workers, task) : solveBlock(task);
}

/** A task a failed worker held is solved here instead; so is everything after (the pool is not used again). */
function onWorker(workers: Pool, task: BlockTask): Promise<BlockResult> {
  return workers.run(bare(task)).catch(() => solveBlock(task));
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
