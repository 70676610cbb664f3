import path from 'node:path';
import type { AppHandle } from '../core/app';
import type { Method, MethodInput, MethodOutput } from '../core/contract';
import { AppError, type Result } from '../core/errors';
import { messageFor, writeFileAtomic } from '../core/files/atomicWrite';
import { caseDocumentFileName, reportFileName } from '../core/report/export';

export interface SaveQuestion {
  title: string;
  defaultName: string;
  filterName: string;
  extensions: string[];
}

/** Asks the user where to save; null when they cancel. */
export type AskSavePath = (question: SaveQuestion) => Promise<string | null>;

type Dispatch = AppHandle['dispatch'];

/** The page's input before validation: the method's fields, any value. */
type RawInput<M extends Method> = { [K in keyof MethodInput<M>]?: unknown };

interface SaveTarget<M extends Method> {
  /** The input field that names the file. */
  pathKey: keyof MethodInput<M> & string;
  question(dispatch: Dispatch, input: RawInput<M>): Promise<SaveQuestion | null>;
  /** The method's answer when the user cancels: nothing was written. */
  cancelled(question: SaveQuestion): Result<MethodOutput<M>>;
}

/** Keyed by method and typed by its input and output: renaming a method or its path field breaks the build. */
type SaveTargets = { [M in Method]?: SaveTarget<M> };
type AnySaveTarget = {
  pathKey: string;
  question(dispatch: Dispatch, input: Record<string, unknown>): Promise<SaveQuestion | null>;
  cancelled(question: SaveQuestion): Result<unknown>;
};

async function organisationName(dispatch: Dispatch): Promise<string> {
  const settings = await dispatch('settings.get', undefined);
  return settings.ok ? String((settings.value as { organisationName?: string }).organisationName ?? '') : '';
}

/** Methods that write a file where the user chooses: in the desktop app the shell asks, then the core writes atomically. */
export const SAVE_TARGETS = {
  'reports.exportAnnual': {
    pathKey: 'path',
    async question(dispatch, input) {
      if (typeof input.year !== 'number') return null;
      return {
        title: 'Lagre årsrapport',
        defaultName: reportFileName(input.year, await organisationName(dispatch)),
        filterName: 'Excel-arbeidsbok',
        extensions: ['xlsx'],
      };
    },
    cancelled: (question) => ({
      ok: true,
      value: { fileName: question.defaultName, path: null, base64: null, bytes: 0 },
    }),
  },
  'reports.exportCaseDocument': {
    pathKey: 'path',
    async question(dispatch, input) {
      if (typeof input.year !== 'number') return null;
      return {
        title: 'Lagre saksframlegg',
        defaultName: caseDocumentFileName(input.year, await organisationName(dispatch)),
        filterName: 'Word-dokument',
        extensions: ['docx'],
      };
    },
    cancelled: (question) => ({
      ok: true,
      value: { fileName: question.defaultName, path: null, base64: null, bytes: 0 },
    }),
  },
  'backups.export': {
    pathKey: 'file',
    async question(_dispatch, input) {
      const suggested =
        typeof input.file === 'string' && input.file
          ? path.basename(input.file.replace(/\\/g, '/'))
          : 'akan-utvalg.akan';
      return {
        title: 'Eksporter alle data',
        defaultName: suggested,
        filterName: 'AKAN Utvalg-eksport',
        extensions: ['akan'],
      };
    },
    cancelled: () => ({
      ok: false,
      error: { code: 'cancelled', message: 'Eksporten ble avbrutt. Ingenting ble lagret.', fields: {} },
    }),
  },
} satisfies SaveTargets;

/**
 * On the committee's server the core runs elsewhere: the file is asked for without a path (its bytes come back) and
 * written here, atomically, where the user chose — never a path on the server's disk.
 */
async function writeHere(dispatch: Dispatch, method: unknown, input: object, pathKey: string, chosen: string) {
  const answer = await dispatch(method, input);
  if (!answer.ok) return answer;
  const value = answer.value as Record<string, unknown>;
  if (typeof value.base64 !== 'string') return answer;
  try {
    writeFileAtomic(chosen, Buffer.from(value.base64, 'base64'));
  } catch (error) {
    if (error instanceof AppError) return { ok: false as const, error: error.toBody() };
    const message = messageFor(error as NodeJS.ErrnoException, chosen);
    return { ok: false as const, error: { code: 'io' as const, message, fields: { [pathKey]: message } } };
  }
  return { ok: true as const, value: { ...value, base64: null, [pathKey]: chosen } };
}

/**
 * Calls the method, first asking for a file name when it saves a file. Whatever `path` the page sent is replaced
 * by the one the user picked, so the page can never choose where the app writes. `remote`: the core is on the
 * server, so the file is written here from the bytes it sends back.
 */
export async function dispatchWithSaveDialog(
  dispatch: Dispatch,
  ask: AskSavePath,
  documentsDir: string,
  method: unknown,
  input: unknown,
  remote = false,
): Promise<Result<unknown>> {
  const target =
    typeof method === 'string' && Object.hasOwn(SAVE_TARGETS, method)
      ? (SAVE_TARGETS[method as keyof typeof SAVE_TARGETS] as AnySaveTarget)
      : undefined;
  if (!target || typeof input !== 'object' || input === null || Array.isArray(input)) return dispatch(method, input);
  const question = await target.question(dispatch, input as Record<string, unknown>);
  if (!question) return dispatch(method, input);
  const { [target.pathKey]: _fromPage, ...rest } = input as Record<string, unknown>;
  const chosen = await ask({ ...question, defaultName: path.join(documentsDir, question.defaultName) });
  if (!chosen) return target.cancelled(question);
  if (remote) return writeHere(dispatch, method, rest, target.pathKey, chosen);
  return dispatch(method, { ...rest, [target.pathKey]: chosen });
}
