import { describe, expect, test } from 'vitest';
import { timelineOf, touchesYear, yearsOf } from '../../../core/campaigns/timeline';
import { httpsLinks, isHttpsUrl } from '../../../core/validation/links';

const campaign = (id: number, periodStart: string, periodEnd: string) => ({
  id,
  title: `Tiltak ${id}`,
  status: 'planned' as const,
  periodStart,
  periodEnd,
});

describe('timelineOf', () => {
  test('twelve months; a campaign shows in each month its period touches, earliest start first', () => {
    const months = timelineOf([campaign(2, '2026-03-10', '2026-03-12'), campaign(1, '2026-02-20', '2026-04-02')], 2026);
    expect(months.map((m) => m.entries.map((e) => e.id))).toEqual([
      [],
      [1],
      [1, 2],
      [1],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  test('a period across the new year shows in both years', () => {
    const over = [campaign(1, '2025-12-01', '2026-01-31')];
    expect(timelineOf(over, 2025)[11]?.entries.map((e) => e.id)).toEqual([1]);
    expect(timelineOf(over, 2026)[0]?.entries.map((e) => e.id)).toEqual([1]);
    expect(touchesYear(over[0]!, 2025) && touchesYear(over[0]!, 2026) && !touchesYear(over[0]!, 2027)).toBe(true);
  });
});

describe('yearsOf', () => {
  test('the years periods touch, with this year and the next, newest first', () => {
    expect(yearsOf([campaign(1, '2023-12-01', '2024-01-31')], 2026)).toEqual([2027, 2026, 2024, 2023]);
  });
});

describe('https links', () => {
  test('only absolute https addresses with a host', () => {
    expect(isHttpsUrl('https://intranett.kommune.no/akan?side=2')).toBe(true);
    for (const bad of [
      'http://kommune.no',
      'https://localhost',
      'intranett.kommune.no',
      'javascript:alert(1)',
      'https://bruker:pass@kommune.no',
      'file:///c:/plakat.pdf',
    ]) {
      expect(isHttpsUrl(bad), bad).toBe(false);
    }
  });

  test('empty lines are dropped and at most the given number of links are accepted', () => {
    expect(httpsLinks(2).parse([' https://a.no ', '', 'https://b.no'])).toEqual(['https://a.no', 'https://b.no']);
    expect(httpsLinks(2).safeParse(['https://a.no', 'https://b.no', 'https://c.no']).success).toBe(false);
  });
});
