import type { z } from 'zod';
import type { AnyContract, MethodSpec } from './define';
import { errorBody } from './errorBody';
import type { ErrorBody, Result } from './errors';
import { parseInput } from './validation/parseInput';

export type AnyHandler<X> = (ctx: X, input: unknown) => unknown;

/** How a parsed call is carried out; by default the handler is awaited and its value is the answer. */
export type RunMethod<X> = (
  ctx: X,
  call: { method: string; spec: MethodSpec; handler: AnyHandler<X>; input: unknown },
) => Promise<Result<unknown>>;

const UNKNOWN_METHOD: ErrorBody = {
  code: 'unknown_method',
  message: 'Handlingen finnes ikke i denne versjonen av AKAN Utvalg.',
  fields: {},
};

const awaitHandler = async <X>(ctx: X, { handler, input }: { handler: AnyHandler<X>; input: unknown }) => ({
  ok: true as const,
  value: await handler(ctx, input),
});

/**
 * A dispatch over `contract`: looks the method up, validates the raw input against its schema, runs the handler
 * (through `run`) and always answers with a result, never a throw. `unknown` answers a method the contract lacks.
 */
export function createDispatch<C extends AnyContract, X>(
  contract: C,
  handlers: { [M in keyof C]: (ctx: X, input: z.output<C[M]['input']>) => unknown },
  options: { run?: RunMethod<X>; unknown?: ErrorBody } = {},
) {
  const { run = awaitHandler, unknown = UNKNOWN_METHOD } = options;
  return async function dispatch(ctx: X, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return { ok: false, error: unknown };
    const spec = contract[method] as MethodSpec;
    const handler = handlers[method] as AnyHandler<X>;
    try {
      const parsed = parseInput(spec.input, rawInput);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      return await run(ctx, { method, spec, handler, input: parsed.data });
    } catch (error) {
      return { ok: false, error: errorBody(error) };
    }
  };
}
