import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { type AppHandle, openApp } from '../../../core/app';
import { contract } from '../../../core/contract';
import type { MethodSpec } from '../../../core/define';
import { tempDir } from '../../support/app';
import { contentHash, rowCount } from '../../support/dbContent';
import { REFUSAL_CODES } from '../../support/refusalCodes';

// Every method of the contract gets random and malformed input. None is skipped: the methods that write files outside
// the data file are safe here because backups go to this test's own folder (the session's `backupFolder` overrides the
// setting, which the fuzzer may change), and exports refuse anything but a new `.akan` file in an existing folder.

const METHODS = Object.keys(contract) as (keyof typeof contract)[];
/** About 3 000 calls in all, however many methods the contract grows to (the file runs well under a minute). */
const RUNS_PER_METHOD = Math.min(40, Math.max(15, Math.floor(3_000 / METHODS.length)));
const ERROR_CODES = REFUSAL_CODES;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const SQL = [
  "'; DROP TABLE units; --",
  "' OR '1'='1",
  '1 OR 1=1',
  '"); DELETE FROM change_log; --',
  "1; ATTACH DATABASE '/tmp/x.sqlite' AS x; --",
  '%',
  '_',
  '\\',
  'NULL',
  "Robert'); DROP TABLE settings;--",
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '31.12.2026',
  '2026-1-1',
  'Invalid Date',
  '9999-99-99',
  '',
  '2025-02-29',
  '1899-12-31',
  '2201-01-01',
  '2026-11-23T10:00:00Z',
  ' 2026-11-23',
];
const PATHS = [
  '/',
  '/etc/passwd',
  '../../../etc/passwd',
  'C:\\Windows\\System32\\config',
  '\\\\server\\share',
  '/dev/null',
  '/proc/self/environ',
  'relativ/fil.akan',
  '\0/x',
];
const NUMBERS = [Number.NaN, Infinity, -Infinity, -0, 2 ** 53, -(2 ** 53), 1e308, 0.5, -1, 0, 2 ** 31, 2 ** 31 + 1];
const HUGE = ['x'.repeat(100_000), '🙂'.repeat(30_000), '\u0000'.repeat(1_000), `${'æøå '.repeat(20_000)}15076500565`];

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bunn';
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

/** An object with an own property named like a prototype key (as JSON.parse makes them, not a prototype change). */
function withOwnKey(object: object, key: string, value: unknown): object {
  return Object.defineProperty({ ...object }, key, { value, enumerable: true, configurable: true, writable: true });
}

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withObjectString: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.constantFrom(...SQL, ...BAD_DATES, ...PATHS),
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...HUGE),
  fc.constantFrom(
    nested(2_000, (inner) => ({ a: inner })),
    nested(2_000, (inner) => [inner]),
  ),
  fc.constantFrom(...PROTO_KEYS).map((key) => withOwnKey({}, key, { polluted: 'ja' })),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(null, undefined, true, false),
);

const plausible: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -3, max: 3_000 }),
  fc.constantFrom(
    '2026-01-01',
    '2026-11-23',
    '2027-02-28',
    'mainContact',
    'unitContact',
    'leaders',
    'planned',
    true,
    false,
    null,
  ),
  fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }),
);

/** The keys of the object a schema expects, looking through optional, default and transform wrappers. */
function shapeKeys(schema: z.ZodType): string[] {
  let current = schema as unknown as { _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let i = 0; i < 10 && current; i++) {
    const def = current._zod?.def;
    if (!def) return [];
    if (def.type === 'object') return Object.keys(def.shape as object);
    current = (def.innerType ?? def.in) as typeof current;
  }
  return [];
}

function inputFor(spec: MethodSpec): fc.Arbitrary<unknown> {
  const keys = shapeKeys(spec.input);
  const fields = fc
    .record(Object.fromEntries(keys.map((key) => [key, fc.oneof(plausible, hostile)])), { requiredKeys: [] })
    .chain((object) =>
      fc
        .option(fc.constantFrom(...PROTO_KEYS, 'ukjentFelt'), { nil: undefined })
        .map((extra) => (extra ? withOwnKey(object, extra, { polluted: 'ja' }) : object)),
    );
  return keys.length > 0 ? fc.oneof({ arbitrary: fields, weight: 3 }, { arbitrary: hostile, weight: 1 }) : hostile;
}

let app: AppHandle;
const internal: string[] = [];

beforeAll(async () => {
  const dir = tempDir();
  app = await openApp({
    dataFile: path.join(dir, 'akan.sqlite'),
    today: '2026-11-23',
    user: 'angriper',
    backupFolder: path.join(dir, 'backups'),
    dailyBackups: false,
  });
  // Durability is not under test here; without it the thousands of writes take seconds instead of minutes.
  app.context.sqlite.pragma('synchronous = OFF');
  await app.invoke('settings.update', { organisationName: 'Testkommune' });
  const unit = await app.invoke('units.create', { name: 'Helse' });
  if (unit.ok)
    await app.invoke('appointments.create', {
      role: 'unitContact',
      personName: 'Kari',
      unitId: unit.value.id,
      termStart: '2026-01-01',
    });
});

afterAll(() => app.close());

describe('hostile input to every contract method', () => {
  test.each(METHODS)('%s answers every input with a result and changes nothing when it refuses', async (method) => {
    const spec = contract[method] as MethodSpec;
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(inputFor(spec), async (input) => {
        const sqlite = app.context.sqlite;
        const before = contentHash(sqlite);
        const logBefore = rowCount(sqlite, 'change_log');
        let result: Awaited<ReturnType<AppHandle['dispatch']>>;
        try {
          result = await app.dispatch(method, input);
        } catch (error) {
          throw new Error(`dispatch threw instead of answering: ${String(error)}`);
        }
        expect(() => JSON.stringify(result)).not.toThrow();
        if (result.ok) {
          if (spec.kind === 'write') {
            expect(rowCount(app.context.sqlite, 'change_log')).toBe(logBefore + 1);
          }
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
          expect(result.error.message.length).toBeGreaterThan(0);
          for (const value of Object.values(result.error.fields)) expect(typeof value).toBe('string');
          expect(contentHash(app.context.sqlite), 'a refused call changed the data').toBe(before);
          if (result.error.code === 'internal') internal.push(`${method}: ${JSON.stringify(input)?.slice(0, 300)}`);
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });

  test('calls that are not methods are refused, whatever they are', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostile,
          fc.constantFrom(...PROTO_KEYS, 'toString', 'hasOwnProperty', 'settings.get ', 'SETTINGS.GET'),
        ),
        async (method) => {
          const result = await app.dispatch(method, {});
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
        },
      ),
      { numRuns: 100 },
    );
  });

  test('no input made a handler fail unexpectedly, and the data file is intact', () => {
    expect(internal).toEqual([]);
    expect(app.context.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.context.sqlite.pragma('foreign_key_check')).toEqual([]);
  });
});
