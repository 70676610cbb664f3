import { type AppHandle, type OpenAppOptions, openApp } from '../core/app';
import type { ErrorBody } from '../core/errors';
import { OpenAppError } from '../core/openFailure';
import { isIsoDate } from '../core/validation/dates';
import { EXIT, type ExitCode, exitForError, exitForOpenFailure } from './exitCodes';

export const EXIT_USAGE = EXIT.usage;
/** The command was understood but its work failed (a damaged file, a folder that cannot be written). */
export const EXIT_FAILED = EXIT.failed;

/** Stops the command with a clear message and the given exit code (see `exitCodes.ts`). */
export function stop(code: ExitCode, message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(code);
}

/** Stops the command with a clear message and exit code 2. */
export function fail(message: string): never {
  stop(EXIT.usage, message);
}

/** Stops a command whose work failed with a clear message and exit code 1. */
export function failed(message: string): never {
  stop(EXIT.failed, message);
}

/** Stops a command whose method answered with an error, with the code that error calls for. */
export function refused(error: Pick<ErrorBody, 'code' | 'message'>): never {
  stop(exitForError(error), error.message);
}

/** Stops a command whose data file could not be opened, with the code for why (lost, damaged, busy, …). */
export function cannotOpen(dataFile: string, error: unknown): never {
  const message = `${dataFile}: ${error instanceof Error ? error.message : String(error)}`;
  stop(error instanceof OpenAppError ? exitForOpenFailure(error.kind) : EXIT.usage, message);
}

export function parseDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) fail(`--${name} må være en gyldig dato på formen ÅÅÅÅ-MM-DD, fikk «${value}».`);
  return value;
}

export function parseIntegerOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} må være et heltall fra ${min} til ${max}, fikk «${value}».`);
  return n;
}

/** Opens an existing data file, or stops with a clear message (nothing is created or written; never over an empty file). */
export async function openExisting(
  dataFile: string | undefined,
  options: Partial<OpenAppOptions> = {},
): Promise<AppHandle> {
  if (!dataFile) fail('Oppgi datafilen med --db FIL.');
  try {
    return await openApp({ dataFile, mustExist: true, dailyBackups: false, ...options });
  } catch (error) {
    cannotOpen(dataFile, error);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
