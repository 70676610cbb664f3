import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskKind, TaskOutput } from './tasks';

/**
 * Worker threads for work that would hold the main thread (the app's main process, the server) for long: the
 * blocks of a large publication view (core/disclosure/workers.ts) and the full check of a backup before it is
 * previewed (core/backups/contents.ts). One pool per process, one task per thread at a time; idle threads do not
 * keep the process alive. What a task computes does not depend on where it runs: when there is no worker — none
 * wanted (`AKAN_WORKERS=0`), its code not found, or a worker failed — the caller runs it on the main thread.
 *
 * The worker's code is `akanWorker.js` beside the bundle that holds this module (electron.vite.config.ts and
 * `npm run build:server` emit it; the CLI's bundle has none), or, run from source (tsx, vitest, Playwright),
 * `worker.ts` beside this file, loaded through tsx.
 */

const MAX_WORKERS = 4;

export interface Script {
  readonly file: string;
  readonly execArgv: string[];
}

export interface WorkerRequest<K extends TaskKind = TaskKind> {
  readonly id: number;
  readonly kind: K;
  readonly input: TaskInput<K>;
}

export interface WorkerResponse {
  readonly id: number;
  readonly output?: unknown;
  readonly error?: string;
  /** How long the worker took. */
  readonly ms: number;
}

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (response: WorkerResponse) => void;
  readonly reject: (error: Error) => void;
}

function workerScript(): Script | undefined {
  // The bundler may put this module in a chunk one folder down from its entry.
  const built = [__dirname, path.dirname(__dirname)]
    .map((dir) => path.join(dir, 'akanWorker.js'))
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
  private started = 0;
  broken = false;

  constructor(
    private readonly script: Script,
    readonly size: number,
  ) {}

  run<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<WorkerResponse> {
    if (this.broken) return Promise.reject(new Error('A worker failed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, kind, input }, resolve, reject });
      this.dispatch();
    });
  }

  terminate(): Promise<unknown> {
    this.broken = true;
    return Promise.all([...this.idle, ...this.running.keys()].map((worker) => worker.terminate()));
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

  private start(): Worker {
    this.started++;
    const worker = new Worker(this.script.file, { execArgv: this.script.execArgv });
    worker.on('message', (response: WorkerResponse) => {
      const job = this.running.get(worker);
      if (!job || job.request.id !== response.id) return;
      this.running.delete(worker);
      if (response.error === undefined) {
        done.set(job.request.kind, (done.get(job.request.kind) ?? 0) + 1);
        job.resolve(response);
      } else job.reject(new Error(response.error));
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
    worker.on('exit', (code) => fail(new Error(`A worker stopped (exit code ${code})`)));
    worker.unref();
    return worker;
  }
}

let pool: Pool | undefined;
let wanted: { count: number; script?: Script } | undefined;
const done = new Map<TaskKind, number>();

/** How many worker threads there are: one per processor, at most four, or as set (`AKAN_WORKERS`, `useWorkers`). */
export function workerCount(): number {
  if (wanted !== undefined) return wanted.count;
  const configured = Number.parseInt(process.env.AKAN_WORKERS ?? '', 10);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return Math.min(MAX_WORKERS, os.availableParallelism());
}

/** The pool, when there are workers and none has failed; `minimum` workers at least. */
export function workers(minimum = 1): Pool | undefined {
  if (pool?.broken) return undefined;
  if (pool) return pool.size >= minimum ? pool : undefined;
  const size = workerCount();
  const script = wanted?.script ?? workerScript();
  if (size < 1 || !script) return undefined;
  pool = new Pool(script, size);
  return pool.size >= minimum ? pool : undefined;
}

/**
 * Runs a task on a worker when `pool` is given, else here (`here`, the same function the worker runs); a task a
 * failed worker held runs here too, and the pool is not used again.
 */
export async function onWorker<K extends TaskKind>(
  on: Pool | undefined,
  kind: K,
  input: TaskInput<K>,
  here: (input: TaskInput<K>) => TaskOutput<K> | Promise<TaskOutput<K>>,
): Promise<{ output: TaskOutput<K>; ms?: number }> {
  if (!on) return { output: await here(input) };
  try {
    const { output, ms } = await on.run(kind, input);
    return { output: output as TaskOutput<K>, ms };
  } catch {
    return { output: await here(input) };
  }
}

/**
 * Sets how many worker threads there are (0: none, everything on the main thread) and, for a test, their code;
 * `undefined` goes back to the default. For tests and benchmarks.
 */
export async function useWorkers(count: number | undefined, script?: Script): Promise<void> {
  wanted = count === undefined ? undefined : { count, ...(script ? { script } : {}) };
  const old = pool;
  pool = undefined;
  await old?.terminate();
}

/** How many tasks of a kind worker threads have done in this process (tests check that they were used). */
export function doneOnWorkers(kind: TaskKind): number {
  return done.get(kind) ?? 0;
}
