import type { z } from 'zod';
import { recordChange } from './changeLog/service';
import type { AppContext } from './context';
import { contract } from './contract';
import type { MethodSpec } from './define';
import { AppError, type ErrorBody, FIX_FIELDS_MESSAGE, type Result } from './errors';
import { handlers } from './handlers';
import { norwegianIssueMessage } from './validation/messages';

type AnyHandler = (ctx: AppContext, input: unknown) => unknown;

const BUSY_MESSAGE =
  'Datafilen er i bruk av et annet program akkurat nå. Vent litt og prøv igjen; ingen endringer gikk tapt.';
const INTERNAL_MESSAGE =
  'Noe gikk galt, og ingenting ble lagret. Prøv igjen. Skjer det igjen, ta kontakt med IT og oppgi tidspunktet.';

function validationError(issues: z.core.$ZodIssue[]): ErrorBody {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const messages = Object.values(fields);
  return { code: 'validation', message: messages.length === 1 ? (messages[0] ?? FIX_FIELDS_MESSAGE) : FIX_FIELDS_MESSAGE, fields };
}

function errorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  const text = String(error);
  if (/SQLITE_BUSY|database is locked/i.test(text)) return { code: 'busy', message: BUSY_MESSAGE, fields: {} };
  console.error('[dispatch]', error);
  return { code: 'internal', message: INTERNAL_MESSAGE, fields: {} };
}

function lookup(method: unknown): { spec: MethodSpec; handler: AnyHandler } | null {
  if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return null;
  return {
    spec: contract[method as keyof typeof contract] as MethodSpec,
    handler: handlers[method as keyof typeof handlers] as AnyHandler,
  };
}

/**
 * The one way into the core: validates `rawInput` against the method's schema, runs it (writes inside a
 * transaction, recorded in the change log) and always answers with a result, never a throw.
 */
export async function dispatch(ctx: AppContext, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  const found = lookup(method);
  if (!found) {
    return { ok: false, error: { code: 'unknown_method', message: 'Handlingen finnes ikke i denne versjonen av AKAN Utvalg.', fields: {} } };
  }
  const { spec, handler } = found;
  try {
    const parsed = spec.input.safeParse(rawInput, { error: norwegianIssueMessage });
    if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
    if (spec.kind === 'write') {
      const run = ctx.sqlite.transaction(() => {
        const value = handler(ctx, parsed.data);
        if (value instanceof Promise) throw new Error(`write handler ${String(method)} must be synchronous`);
        recordChange(ctx, String(method), spec.label ?? String(method), value);
        return value;
      });
      return { ok: true, value: run.immediate() };
    }
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}
