import path from 'node:path';
import type { AppHandle } from '../core/app';
import type { Result } from '../core/errors';
import { reportFileName } from '../core/report/export';

export interface SaveQuestion {
  title: string;
  defaultName: string;
  filterName: string;
  extensions: string[];
}

/** Asks the user where to save; null when they cancel. */
export type AskSavePath = (question: SaveQuestion) => Promise<string | null>;

type Dispatch = AppHandle['dispatch'];

interface SaveTarget {
  question(dispatch: Dispatch, input: Record<string, unknown>): Promise<SaveQuestion | null>;
  /** The method's answer when the user cancels: nothing was written. */
  cancelled(question: SaveQuestion): unknown;
}

async function organisationName(dispatch: Dispatch): Promise<string> {
  const settings = await dispatch('settings.get', undefined);
  return settings.ok ? String((settings.value as { organisationName?: string }).organisationName ?? '') : '';
}

/** Methods that write a file where the user chooses: in the desktop app the shell asks, then the core writes atomically. */
const SAVE_TARGETS: Record<string, SaveTarget> = {
  'reports.exportAnnual': {
    async question(dispatch, input) {
      if (typeof input.year !== 'number') return null;
      return {
        title: 'Lagre årsrapport',
        defaultName: reportFileName(input.year, await organisationName(dispatch)),
        filterName: 'Excel-arbeidsbok',
        extensions: ['xlsx'],
      };
    },
    cancelled: (question) => ({ fileName: question.defaultName, path: null, base64: null, bytes: 0 }),
  },
};

/**
 * Calls the method, first asking for a file name when it saves a file. Whatever `path` the page sent is replaced
 * by the one the user picked, so the page can never choose where the app writes.
 */
export async function dispatchWithSaveDialog(
  dispatch: Dispatch,
  ask: AskSavePath,
  documentsDir: string,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  const target = typeof method === 'string' && Object.hasOwn(SAVE_TARGETS, method) ? SAVE_TARGETS[method] : undefined;
  if (!target || typeof input !== 'object' || input === null || Array.isArray(input)) return dispatch(method, input);
  const { path: _ignored, ...rest } = input as Record<string, unknown>;
  const question = await target.question(dispatch, rest);
  if (!question) return dispatch(method, rest);
  const chosen = await ask({ ...question, defaultName: path.join(documentsDir, question.defaultName) });
  if (!chosen) return { ok: true, value: target.cancelled(question) };
  return dispatch(method, { ...rest, path: chosen });
}
