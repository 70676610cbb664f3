import type { z } from 'zod';

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
  /** Type-only marker for the output; never set at run time. */
  readonly __output?: O;
}

function kind<K extends MethodKind>(k: K) {
  return <I extends z.ZodType>(input: I, label?: string) => ({
    returns: <O>(): MethodSpec<K, I, O> => ({ kind: k, input, label }),
  });
}

export const read = kind('read');
export const write = kind('write');
export const task = kind('task');

export type AnyContract = Record<string, MethodSpec>;
