import { expect, test } from 'vitest';
import { changedBy, whenChanged } from '../../../core/concurrency/conflict';

test('the time of another person’s change is Norwegian time, with the date when it was not today', () => {
  const now = new Date('2026-12-02T15:00:00Z');
  expect(whenChanged('2026-12-02T13:32:10.123Z', now)).toBe('kl. 14.32');
  expect(whenChanged('2026-12-01T23:05:00.000Z', now)).toBe('kl. 00.05');
  expect(whenChanged('2026-11-30T22:59:00.000Z', now)).toBe('30.11.2026 kl. 23.59');
  expect(whenChanged('2026-07-01T12:00:00.000Z', now)).toBe('01.07.2026 kl. 14.00');
});

test('a change by nobody named (made before changes were named) says «Noen andre»', () => {
  const now = new Date('2026-12-02T15:00:00Z');
  expect(changedBy('denne opplæringen', { by: 'Kari Nordmann', at: '2026-12-02T13:32:00Z' }, now)).toBe(
    'Kari Nordmann endret denne opplæringen kl. 14.32.',
  );
  expect(changedBy('denne enheten', { by: 'Kari Nordmann <kari@kommune.no>', at: '2026-12-02T13:32:00Z' }, now)).toBe(
    'Kari Nordmann endret denne enheten kl. 14.32.',
  );
  expect(changedBy('denne enheten', { by: null, at: '2026-12-02T13:32:00Z' }, now)).toBe(
    'Noen andre endret denne enheten kl. 14.32.',
  );
});
