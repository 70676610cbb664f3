import type { z } from 'zod';
import type { AppContext } from './context';
import type { AnyContract, MethodSpec } from './define';

export type InputOf<S> = S extends MethodSpec<infer _K, infer I, infer _O> ? z.output<I> : never;
export type OutputOf<S> = S extends MethodSpec<infer _K, infer _I, infer O> ? O : never;

/** Writes run inside a synchronous transaction, so their handlers must not be async. */
export type Handler<S> =
  S extends MethodSpec<'write', infer _I, infer O>
    ? (ctx: AppContext, input: InputOf<S>) => O
    : (ctx: AppContext, input: InputOf<S>) => OutputOf<S> | Promise<OutputOf<S>>;

export type AreaHandlers<C extends AnyContract> = { [M in keyof C]: Handler<C[M]> };
