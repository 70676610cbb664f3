import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { containsNationalIdNumber, isNationalIdNumber } from '../../../core/validation/nationalId';

/** Builds a valid number from nine digits, or null when the first check digit would be 10. */
function withCheckDigits(nine: string): string | null {
  const digits = [...nine].map(Number);
  const check = (weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
  if (k1 === 10) return null;
  digits.push(k1);
  const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k2 === 10) return null;
  return `${nine}${k1}${k2}`;
}

describe('isNationalIdNumber', () => {
  test('accepts numbers with valid check digits (fødselsnummer and D-nummer)', () => {
    expect(isNationalIdNumber('15076500565')).toBe(true);
    const dNumber = withCheckDigits('550765005');
    expect(dNumber).not.toBeNull();
    expect(isNationalIdNumber(dNumber!)).toBe(true);
  });

  test('refuses a wrong first or second check digit', () => {
    expect(isNationalIdNumber('15076500575')).toBe(false);
    expect(isNationalIdNumber('15076500566')).toBe(false);
  });

  test('refuses other lengths and non-digits', () => {
    expect(isNationalIdNumber('1507650056')).toBe(false);
    expect(isNationalIdNumber('150765005650')).toBe(false);
    expect(isNationalIdNumber('1507650056a')).toBe(false);
  });

  test('property: changing one digit of a valid number breaks it', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, pos, delta) => {
          const valid = withCheckDigits(nine);
          fc.pre(valid !== null);
          expect(isNationalIdNumber(valid!)).toBe(true);
          const digits = [...valid!];
          digits[pos] = String((Number(digits[pos]) + delta) % 10);
          expect(isNationalIdNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});

describe('containsNationalIdNumber', () => {
  test('finds a number in running text, also written 6 + space + 5', () => {
    expect(containsNationalIdNumber('Gjelder 15076500565, se notat')).toBe(true);
    expect(containsNationalIdNumber('Gjelder 150765 00565')).toBe(true);
  });
  test('ignores digits that are part of a longer number or invalid', () => {
    expect(containsNationalIdNumber('Konto 1507650056512')).toBe(false);
    expect(containsNationalIdNumber('Tlf 22 40 28 00, sak 2026/15')).toBe(false);
    expect(containsNationalIdNumber('12345678901')).toBe(false);
  });
});
