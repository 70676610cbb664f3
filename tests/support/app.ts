import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppHandle, type OpenAppOptions, openApp } from '../../core/app';
import type { Method, MethodInput, MethodOutput } from '../../core/contract';

export function tempDir(prefix = 'akan-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh app on a new data file in a temporary folder. */
export async function freshApp(options: Partial<OpenAppOptions> = {}): Promise<AppHandle> {
  return openApp({ dataFile: path.join(tempDir(), 'akan.sqlite'), today: '2026-11-23', user: 'tester', ...options });
}

/** Calls a method and returns its value, failing the test with the error body otherwise. */
export async function ok<M extends Method>(app: AppHandle, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await app.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Calls a method that must fail and returns its error body. */
export async function fails<M extends Method>(app: AppHandle, method: M, input: unknown) {
  const result = await app.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}
