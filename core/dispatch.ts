import { recordChange } from './changeLog/service';
import { StaleRecord, claimVersion, nameCreator } from './concurrency/claim';
import { recordConflict } from './concurrency/conflict';
import type { AppContext } from './context';
import { contract } from './contract';
import { type AnyHandler, type RunMethod, createDispatch } from './createDispatch';
import type { ErrorBody } from './errors';
import { handlers } from './handlers';

/** A task that changes the data (restore, import) is recorded once it has succeeded, in the data file it left open. */
function recordTask(ctx: AppContext, method: string, label: string, value: unknown): void {
  try {
    ctx.sqlite.transaction(() => recordChange(ctx, method, label, value)).immediate();
  } catch (error) {
    console.error('[dispatch] could not record', method, error);
  }
}

/** The refusal of a change made from a stale copy, with the record as it is now for the form to show. */
async function staleBody(ctx: AppContext, stale: StaleRecord): Promise<ErrorBody> {
  const current = stale.guard.current;
  const read =
    current && Object.hasOwn(handlers, current)
      ? (handlers[current as keyof typeof handlers] as AnyHandler<AppContext>)
      : null;
  const now = read ? await read(ctx, { [stale.guard.key]: stale.key }) : undefined;
  return recordConflict(stale.guard.noun, stale.last, now, ctx.now()).toBody();
}

/** Writes run inside a transaction, after the version check of a guarded write, and are recorded in the change log. */
const runAppMethod: RunMethod<AppContext> = async (ctx, { method, spec, handler, input }) => {
  if (spec.kind === 'write') {
    const { guard } = spec;
    const run = ctx.sqlite.transaction(() => {
      const claim = guard ? claimVersion(ctx.sqlite, guard, input as Record<string, unknown>, ctx.user) : null;
      const value = handler(ctx, claim ? claim.data : input);
      if (value instanceof Promise) throw new Error(`write handler ${method} must be synchronous`);
      if (guard && claim?.created)
        nameCreator(ctx.sqlite, guard, (input as Record<string, unknown>)[guard.key], ctx.user);
      recordChange(ctx, method, spec.label ?? method, value);
      return value;
    });
    try {
      return { ok: true, value: run.immediate() };
    } catch (error) {
      if (!(error instanceof StaleRecord)) throw error;
      return { ok: false, error: await staleBody(ctx, error) };
    }
  }
  const value = await handler(ctx, input);
  if (spec.kind === 'task' && spec.label) recordTask(ctx, method, spec.label, value);
  return { ok: true, value };
};

/**
 * The one way into the core: validates `rawInput` against the method's schema, runs it (writes inside a
 * transaction, recorded in the change log, as are tasks with a label) and always answers with a result, never a throw.
 */
export const dispatch = createDispatch(contract, handlers, { run: runAppMethod });
