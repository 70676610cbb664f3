import { describe, expect, test } from 'vitest';
import { isoWeek, monthWeeks, shiftMonth } from '../../../core/trainings/month';
import { seriesStarts } from '../../../core/trainings/series';

describe('seriesStarts', () => {
  test('every N weeks, across the turn of the year', () => {
    expect(seriesStarts('2026-12-15T13:00', { pattern: 'weekly', interval: 3, count: 3 })).toEqual([
      '2026-12-15T13:00',
      '2027-01-05T13:00',
      '2027-01-26T13:00',
    ]);
  });

  test('monthly on the same date; the 31st becomes the last day of shorter months', () => {
    expect(seriesStarts('2027-01-31T09:30', { pattern: 'monthlyByDate', interval: 1, count: 4 })).toEqual([
      '2027-01-31T09:30',
      '2027-02-28T09:30',
      '2027-03-31T09:30',
      '2027-04-30T09:30',
    ]);
    expect(seriesStarts('2027-11-15T09:30', { pattern: 'monthlyByDate', interval: 2, count: 3 })).toEqual([
      '2027-11-15T09:30',
      '2028-01-15T09:30',
      '2028-03-15T09:30',
    ]);
  });

  test('monthly on the same weekday of the month (2nd Tuesday)', () => {
    expect(seriesStarts('2027-01-12T13:00', { pattern: 'monthlyByWeekday', interval: 1, count: 3 })).toEqual([
      '2027-01-12T13:00',
      '2027-02-09T13:00',
      '2027-03-09T13:00',
    ]);
  });

  test('a 5th weekday becomes the last one of the month', () => {
    // 29.01.2026 is the fifth Thursday of January.
    expect(seriesStarts('2026-01-29T10:00', { pattern: 'monthlyByWeekday', interval: 1, count: 3 })).toEqual([
      '2026-01-29T10:00',
      '2026-02-26T10:00',
      '2026-03-26T10:00',
    ]);
  });

  test('at most 52 sessions, all distinct', () => {
    const starts = seriesStarts('2027-01-04T08:00', { pattern: 'weekly', interval: 1, count: 52 });
    expect(new Set(starts).size).toBe(52);
    expect(starts.at(-1)).toBe('2027-12-27T08:00');
  });
});

describe('month grid', () => {
  test('weeks start on Monday and carry ISO week numbers', () => {
    const weeks = monthWeeks('2027-02');
    expect(weeks.map((w) => w.week)).toEqual([5, 6, 7, 8]);
    expect(weeks[0]!.days[0]).toBe('2027-02-01');
    expect(monthWeeks('2026-03').map((w) => [w.week, w.days[0]])).toEqual([
      [9, '2026-02-23'],
      [10, '2026-03-02'],
      [11, '2026-03-09'],
      [12, '2026-03-16'],
      [13, '2026-03-23'],
      [14, '2026-03-30'],
    ]);
  });

  test('ISO weeks at the turn of the year', () => {
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-03')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2024-12-30')).toBe(1);
  });

  test('shiftMonth', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', -17)).toBe('2024-12');
  });
});
