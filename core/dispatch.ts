import { recordChange } from './changeLog/service';
import { StaleRecord, claimVersion, nameCreator } from './concurrency/claim';
import { recordConflict } from './concurrency/conflict';
import type { AppContext } from './context';
import { contract } from './contract';
import type { MethodSpec } from './define';
import { AppError, type ErrorBody, type Result } from './errors';
import { handlers } from './handlers';
import { parseInput } from './validation/parseInput';

export { validationError } from './validation/parseInput';

type AnyHandler = (ctx: AppContext, input: unknown) => unknown;

const BUSY_MESSAGE =
  'Datafilen er i bruk av et annet program akkurat nå. Vent litt og prøv igjen; ingen endringer gikk tapt.';
const FULL_MESSAGE =
  'Det er ikke nok ledig plass på disken, så ingenting ble lagret. Frigjør plass, eller ta kontakt med IT, og prøv igjen.';
const CORRUPT_MESSAGE =
  'Datafilen ser ut til å være skadet, og ingenting ble lagret. Lukk AKAN Utvalg og start programmet på nytt: da kontrolleres filen, og du kan gjenopprette fra en sikkerhetskopi.';
export const READONLY_MESSAGE =
  'Datafilen er skrivebeskyttet, så ingenting ble lagret. Du kan lese dataene, men ikke endre dem. Fjern skrivebeskyttelsen på filen eller mappen (eller be IT om skrivetilgang), og start AKAN Utvalg på nytt.';
const INTERNAL_MESSAGE =
  'Noe gikk galt, og ingenting ble lagret. Prøv igjen. Skjer det igjen, ta kontakt med IT og oppgi tidspunktet.';

export function errorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  const text = String(error);
  if (/SQLITE_BUSY|database is locked/i.test(text)) return { code: 'busy', message: BUSY_MESSAGE, fields: {} };
  if (/SQLITE_READONLY|readonly database|read-only file system|EROFS/i.test(text))
    return { code: 'readonly', message: READONLY_MESSAGE, fields: {} };
  if (/SQLITE_FULL|disk is full/i.test(text)) return { code: 'io', message: FULL_MESSAGE, fields: {} };
  if (/SQLITE_CORRUPT|SQLITE_NOTADB|malformed/i.test(text)) return { code: 'io', message: CORRUPT_MESSAGE, fields: {} };
  console.error('[dispatch]', error);
  return { code: 'internal', message: INTERNAL_MESSAGE, fields: {} };
}

/** A task that changes the data (restore, import) is recorded once it has succeeded, in the data file it left open. */
function recordTask(ctx: AppContext, method: string, label: string, value: unknown): void {
  try {
    ctx.sqlite.transaction(() => recordChange(ctx, method, label, value)).immediate();
  } catch (error) {
    console.error('[dispatch] could not record', method, error);
  }
}

function lookup(method: unknown): { spec: MethodSpec; handler: AnyHandler } | null {
  if (typeof method !== 'string' || !Object.hasOwn(contract, method)) return null;
  return {
    spec: contract[method as keyof typeof contract] as MethodSpec,
    handler: handlers[method as keyof typeof handlers] as AnyHandler,
  };
}

/** The refusal of a change made from a stale copy, with the record as it is now for the form to show. */
async function staleBody(ctx: AppContext, stale: StaleRecord): Promise<ErrorBody> {
  const current = stale.guard.current ? lookup(stale.guard.current) : null;
  const now = current ? await current.handler(ctx, { [stale.guard.key]: stale.key }) : undefined;
  return recordConflict(stale.guard.noun, stale.last, now, ctx.now()).toBody();
}

/**
 * The one way into the core: validates `rawInput` against the method's schema, runs it (writes inside a
 * transaction, recorded in the change log, as are tasks with a label) and always answers with a result, never a throw.
 */
export async function dispatch(ctx: AppContext, method: unknown, rawInput: unknown): Promise<Result<unknown>> {
  const found = lookup(method);
  if (!found) {
    return {
      ok: false,
      error: {
        code: 'unknown_method',
        message: 'Handlingen finnes ikke i denne versjonen av AKAN Utvalg.',
        fields: {},
      },
    };
  }
  const { spec, handler } = found;
  try {
    const parsed = parseInput(spec.input, rawInput);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    if (spec.kind === 'write') {
      const { guard } = spec;
      const run = ctx.sqlite.transaction(() => {
        const claim = guard ? claimVersion(ctx.sqlite, guard, parsed.data as Record<string, unknown>, ctx.user) : null;
        const value = handler(ctx, claim ? claim.data : parsed.data);
        if (value instanceof Promise) throw new Error(`write handler ${String(method)} must be synchronous`);
        if (guard && claim?.created)
          nameCreator(ctx.sqlite, guard, (parsed.data as Record<string, unknown>)[guard.key], ctx.user);
        recordChange(ctx, String(method), spec.label ?? String(method), value);
        return value;
      });
      try {
        return { ok: true, value: run.immediate() };
      } catch (error) {
        if (!(error instanceof StaleRecord)) throw error;
        return { ok: false, error: await staleBody(ctx, error) };
      }
    }
    const value = await handler(ctx, parsed.data);
    if (spec.kind === 'task' && spec.label) recordTask(ctx, String(method), spec.label, value);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}
