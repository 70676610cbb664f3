import type { z } from 'zod';
import type { RecordGuard } from './concurrency/guard';

/**
 * `read`: answers from the data, may be async. `write`: changes the data; runs synchronously inside one
 * transaction and is recorded in the change log. `task`: long or file-system work that manages its own safety.
 */
export type MethodKind = 'read' | 'write' | 'task';

export interface MethodSpec<K extends MethodKind = MethodKind, I extends z.ZodType = z.ZodType, O = unknown> {
  readonly kind: K;
  readonly input: I;
  /** Shown in the change log for writes (and for tasks that have one), e.g. "Oppnevning lagret". */
  readonly label?: string;
  /** For a write that changes one existing record: the version check that refuses a change made from a stale copy. */
  readonly guard?: RecordGuard;
  /** Type-only marker for the output; never set at run time. */
  readonly __output?: O;
}

function kind<K extends MethodKind>(k: K) {
  return <I extends z.ZodType>(input: I, label?: string, guard?: RecordGuard) => ({
    returns: <O>(): MethodSpec<K, I, O> => ({ kind: k, input, label, ...(guard ? { guard } : {}) }),
  });
}

export const read = kind('read');
export const write = kind('write');
export const task = kind('task');

export type AnyContract = Record<string, MethodSpec>;
