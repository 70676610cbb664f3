import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { contract } from '../../core/contract';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { containsNationalIdNumber, isNationalIdNumber } from '../../core/validation/nationalId';
import { freshApp } from '../support/app';
import { type FieldPath, inputWith, stringFieldPaths } from '../support/stringFields';

/** Eleven digits with valid check digits from nine, or null when a check digit would be 10. */
function withCheckDigits(nine: string): string | null {
  const digits = [...nine].map(Number);
  for (const weights of [
    [3, 7, 6, 1, 8, 9, 4, 5, 2],
    [5, 4, 3, 2, 7, 6, 5, 4, 3, 2],
  ]) {
    const rest = 11 - (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11);
    if (rest === 10) return null;
    digits.push(rest === 11 ? 0 : rest);
  }
  return digits.join('');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Fødselsnummer (day 1–31) and D-nummer (day + 40), with plausible months and years. */
const identityNumber = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    dNumber: fc.boolean(),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    individual: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ day, dNumber, month, year, individual }) =>
    withCheckDigits(`${pad(dNumber ? day + 40 : day)}${pad(month)}${pad(year)}${String(individual).padStart(3, '0')}`),
  )
  .filter((n): n is string => n !== null);

const SEPARATORS = [
  '',
  ' ',
  '  ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u3000',
  '.',
  '. ',
  '-',
  '\u2011',
  '\u2013',
  '\u2212',
  '/',
  '_',
  '\t',
  '\n',
];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e'];
const DIGIT_FORMS: ((d: number) => string)[] = [
  (d) => String(d),
  (d) => String.fromCodePoint(0xff10 + d), // full-width
  (d) => String.fromCodePoint(0x0660 + d), // Arabic-Indic
  (d) => String.fromCodePoint(0x1d7ce + d), // mathematical bold
  (d) => String.fromCodePoint(0x0966 + d), // Devanagari
];

/** A valid number spelled to get past a naive check: split into groups, separated, invisible characters, odd digits. */
const disguised = fc
  .record({
    number: identityNumber,
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 4 }),
    separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
    invisible: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }),
    forms: fc.array(fc.integer({ min: 0, max: DIGIT_FORMS.length - 1 }), { minLength: 11, maxLength: 11 }),
    context: fc.constantFrom(
      ['', ''],
      ['Gjelder ', ', se notat'],
      ['', '@kommune.no'],
      ['ola.', '@kommune.no'],
      ['https://intranett.kommune.no/sak/', ''],
      ['C:\\Data\\', '\\backup'],
      ['(', ')'],
    ),
  })
  .map(({ number, cuts, separators, invisible, forms, context }) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    let text = '';
    [...number].forEach((digit, i) => {
      const cut = sorted.indexOf(i);
      if (cut >= 0) text += separators[cut] ?? '';
      for (const [at, char] of invisible) if (at === i) text += char;
      text += (DIGIT_FORMS[forms[i] ?? 0] ?? String)(Number(digit));
    });
    return { number, text: `${context[0]}${text}${context[1]}` };
  });

describe('the identity-number check sees through spellings', () => {
  test.each([
    '15076500565',
    '150765 00565',
    '150765\u00a000565',
    '150765  00565',
    '15.07.65 00565',
    '15.07.65.005.65',
    '150765-00565',
    '１５０７６５００５６５',
    '1507\u200b6500565',
    '15\u00ad07\u2060650\ufeff0565',
    'ola.15076500565@kommune.no',
    'https://x.kommune.no/p/15076500565',
    '١٥٠٧٦٥٠٠٥٦٥',
  ])('%j', (text) => {
    expect(containsNationalIdNumber(text)).toBe(true);
  });

  test.each([
    'Tlf 22 40 28 00, sak 2026/15',
    'Konto 1507650056512',
    '15.07.2026 kl. 10.00',
    'org.nr. 974 760 673',
    '12345678901',
    '',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(containsNationalIdNumber(text)).toBe(false);
  });

  test('property: every disguise of a valid number is found', () => {
    fc.assert(
      fc.property(disguised, ({ number, text }) => {
        expect(isNationalIdNumber(number)).toBe(true);
        expect(containsNationalIdNumber(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

const FIELDS: { method: string; path: FieldPath }[] = Object.entries(contract).flatMap(([method, spec]) =>
  stringFieldPaths(spec.input).map((path) => ({ method, path })),
);

describe('every text the contract accepts refuses an identity number', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await freshApp();
  });
  afterAll(() => app.close());

  test('the walk finds the text fields, e-mails, links and settings', () => {
    const keys = new Set(FIELDS.map(({ method, path }) => `${method}:${path.join('.')}`));
    expect(FIELDS.length).toBeGreaterThan(80);
    for (const expected of [
      'settings.update:organisationName',
      'settings.update:backupFolder',
      'settings.update:agreementLastRevised',
      'backups.import:file',
      'campaigns.create:materials.0',
    ]) {
      expect(keys, expected).toContain(expected);
    }
    expect(
      [...keys].some((k) => /email/i.test(k)),
      'an e-mail field',
    ).toBe(true);
  });

  test('each field, with one spelling, is refused at that field', async () => {
    for (const { method, path } of FIELDS) {
      const result = await app.dispatch(method, inputWith(path, 'Notat 15.07.65\u00a000565'));
      expect(result.ok, `${method} ${path.join('.')}`).toBe(false);
      if (!result.ok)
        expect(result.error.fields[path.join('.') || '_'], `${method} ${path.join('.')}`).toMatch(/fødselsnummer/);
    }
  });

  test('property: a disguised number in any string field of any method is refused and nothing is written', async () => {
    const before = await app.invoke('changeLog.list', {});
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), disguised, async ({ method, path }, { text }) => {
        const result = await app.dispatch(method, inputWith(path, text));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.fields[path.join('.') || '_']).toMatch(/fødselsnummer/);
      }),
      { numRuns: 1500 },
    );
    expect(await app.invoke('changeLog.list', {})).toEqual(before);
  });

  test('an identity number in an object key or deep in a list is refused too', async () => {
    const result = await app.dispatch('settings.update', { ['15076500565']: 'x', organisationName: 'Ok' });
    expect(result).toMatchObject({ ok: false, error: { fields: { '15076500565': NATIONAL_ID_MESSAGE } } });
  });
});
