import type { BackupEntry } from '../backups/contract';
import type { InspectTask } from '../backups/contents';
import type { BlockResult, BlockTask } from '../disclosure/blockTask';

/** What a worker thread can be asked to do (core/workers/worker.ts runs them), with its input and output. */
export interface Tasks {
  /** Loads the disclosure solver, so that the first block does not wait for it. */
  readonly warm: { readonly input: null; readonly output: null };
  readonly block: { readonly input: BlockTask; readonly output: BlockResult };
  readonly inspect: { readonly input: InspectTask; readonly output: BackupEntry };
}

export type TaskKind = keyof Tasks;
export type TaskInput<K extends TaskKind> = Tasks[K]['input'];
export type TaskOutput<K extends TaskKind> = Tasks[K]['output'];
