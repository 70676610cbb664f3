import { describe, expect, test } from 'vitest';
import { defaultTermEnd, effectiveEnd, overlaps, termStatus } from '../../../core/appointments/term';

describe('defaultTermEnd', () => {
  test.each([
    ['2026-03-01', '2028-02-28'],
    ['2024-02-29', '2026-02-28'],
    ['2026-01-01', '2027-12-31'],
    ['2026-06-15', '2028-06-14'],
    ['2027-03-01', '2029-02-28'],
    ['2025-12-31', '2027-12-30'],
  ])('a term starting %s ends %s', (start, end) => {
    expect(defaultTermEnd(start)).toBe(end);
  });
});

describe('overlaps', () => {
  const a = { termStart: '2024-03-01', termEnd: '2026-02-28', endedEarlyOn: null };
  test('a successor may start the day after the predecessor ends', () => {
    expect(overlaps(a, { termStart: '2026-03-01', termEnd: '2028-02-29', endedEarlyOn: null })).toBe(false);
  });
  test('starting on the last day overlaps', () => {
    expect(overlaps(a, { termStart: '2026-02-28', termEnd: '2028-02-27', endedEarlyOn: null })).toBe(true);
  });
  test('ending early frees the rest of the term', () => {
    const ended = { ...a, endedEarlyOn: '2025-06-30' };
    expect(effectiveEnd(ended)).toBe('2025-06-30');
    expect(overlaps(ended, { termStart: '2025-07-01', termEnd: '2027-06-30', endedEarlyOn: null })).toBe(false);
  });
  test('a term inside another overlaps', () => {
    expect(overlaps(a, { termStart: '2025-01-01', termEnd: '2025-02-01', endedEarlyOn: null })).toBe(true);
  });
});

test('termStatus at the edges', () => {
  const t = { termStart: '2026-01-01', termEnd: '2026-12-31', endedEarlyOn: null };
  expect(termStatus(t, '2025-12-31')).toBe('upcoming');
  expect(termStatus(t, '2026-01-01')).toBe('active');
  expect(termStatus(t, '2026-12-31')).toBe('active');
  expect(termStatus(t, '2027-01-01')).toBe('ended');
});
