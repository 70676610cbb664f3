import type { Contract, Method, MethodInput, MethodOutput } from './contract';

/** The contract's read methods: never a write (which would nest a transaction and log a change) nor a task. */
export type ReadMethod = { [M in Method]: Contract[M]['kind'] extends 'read' ? M : never }[Method];

/**
 * Calls a read method through the dispatch (validated, exactly as a screen gets it) and answers its value, or throws
 * its error. Built in `openApp` and handed to code that reads other areas (the report), so that code never imports
 * the dispatch back.
 */
export type ReadCaller = <M extends ReadMethod>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;
