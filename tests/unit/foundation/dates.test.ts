import { expect, test } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  formatNorwegianDate,
  parseIsoDate,
  todayInOslo,
} from '../../../core/validation/dates';

test('impossible dates are refused', () => {
  expect(parseIsoDate('2026-02-31')).toBeNull();
  expect(parseIsoDate('2026-02-29')).toBeNull();
  expect(parseIsoDate('2024-02-29')).not.toBeNull();
  expect(parseIsoDate('2026-13-01')).toBeNull();
  expect(parseIsoDate('26-01-01')).toBeNull();
  expect(parseIsoDate('2026-1-01')).toBeNull();
});

test('date arithmetic across month, year and leap day', () => {
  expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  expect(daysBetween('2026-11-23', '2027-02-28')).toBe(97);
  expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
});

test('dates are shown dd.mm.åååå', () => {
  expect(formatNorwegianDate('2026-03-01')).toBe('01.03.2026');
});

test('today is the calendar date in Norway, not UTC', () => {
  expect(todayInOslo(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  expect(todayInOslo(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  expect(todayInOslo(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
});
