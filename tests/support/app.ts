import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppHandle, type OpenAppOptions, openApp } from '../../core/app';
import { type Method, type MethodInput, type MethodOutput, contract } from '../../core/contract';

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

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/**
 * For tests that are not about concurrency: calls a guarded write with the record's version as stored now, as a
 * form opened just before would. Concurrency itself is tested with explicit versions (tests/contract/conflicts).
 */
export async function okLatest<M extends Method>(
  app: AppHandle,
  method: M,
  input: WithoutVersion<MethodInput<M>>,
): Promise<MethodOutput<M>> {
  const guard = contract[method].guard;
  if (!guard) throw new Error(`${method} has no version guard; call ok() instead`);
  const key = (input as Record<string, unknown>)[guard.key];
  const row = app.context.sqlite.prepare(`SELECT version FROM ${guard.table} WHERE ${guard.key} = ?`).get(key) as
    { version: number } | undefined;
  return ok(app, method, { ...input, version: row?.version ?? 0 } as MethodInput<M>);
}

/** `fails` for a guarded write in a test that is not about concurrency: sent at the record's version as stored now. */
export async function failsLatest<M extends Method>(app: AppHandle, method: M, input: Record<string, unknown>) {
  const guard = contract[method].guard;
  if (!guard) throw new Error(`${method} has no version guard; call fails() instead`);
  const row = app.context.sqlite
    .prepare(`SELECT version FROM ${guard.table} WHERE ${guard.key} = ?`)
    .get(input[guard.key] ?? null) as { version: number } | undefined;
  return fails(app, method, { ...input, version: row?.version ?? 0 });
}
