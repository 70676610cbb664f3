import { type AppHandle, type OpenAppOptions, openApp } from '../core/app';
import { isIsoDate } from '../core/validation/dates';

export const EXIT_USAGE = 2;
/** The command was understood but its work failed (a damaged file, a folder that cannot be written). */
export const EXIT_FAILED = 1;

/** Stops the command with a clear message and exit code 2. */
export function fail(message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(EXIT_USAGE);
}

/** Stops a command whose work failed with a clear message and exit code 1. */
export function failed(message: string): never {
  process.stderr.write(`Feil: ${message}\n`);
  process.exit(EXIT_FAILED);
}

export function parseDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) fail(`--${name} må være en gyldig dato på formen ÅÅÅÅ-MM-DD, fikk «${value}».`);
  return value;
}

export function parseIntegerOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} må være et heltall fra ${min} til ${max}, fikk «${value}».`);
  return n;
}

/** Opens an existing data file, or stops with a clear message (nothing is created or written). */
export async function openExisting(dataFile: string | undefined, options: Partial<OpenAppOptions> = {}): Promise<AppHandle> {
  if (!dataFile) fail('Oppgi datafilen med --db FIL.');
  try {
    return await openApp({ dataFile, mustExist: true, dailyBackups: false, ...options });
  } catch (error) {
    fail(`${dataFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
