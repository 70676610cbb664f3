import type { TimelineEntry } from './contract';
import type { CampaignStatus } from './labels';
import { compareNames } from '../names';

interface Dated {
  id: number;
  title: string;
  status: CampaignStatus;
  periodStart: string;
  periodEnd: string;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Whether the period touches the calendar year. */
export function touchesYear(period: { periodStart: string; periodEnd: string }, year: number): boolean {
  return period.periodStart <= `${year}-12-31` && period.periodEnd >= `${year}-01-01`;
}

/** The twelve months of `year`, each with the campaigns whose period touches it, earliest start first. */
export function timelineOf(campaigns: Dated[], year: number): { month: number; entries: TimelineEntry[] }[] {
  const sorted = [...campaigns].sort(
    (a, b) => a.periodStart.localeCompare(b.periodStart) || compareNames(a.title, b.title),
  );
  return Array.from({ length: 12 }, (_, index) => {
    const month = monthKey(year, index + 1);
    const entries = sorted
      .filter((c) => c.periodStart.slice(0, 7) <= month && c.periodEnd.slice(0, 7) >= month)
      .map(({ id, title, status, periodStart, periodEnd }) => ({ id, title, status, periodStart, periodEnd }));
    return { month: index + 1, entries };
  });
}

/** Years a list of periods touches, with the current year and the next always offered. */
export function yearsOf(periods: { periodStart: string; periodEnd: string }[], currentYear: number): number[] {
  const years = new Set([currentYear, currentYear + 1]);
  for (const p of periods) {
    for (let y = Number(p.periodStart.slice(0, 4)); y <= Number(p.periodEnd.slice(0, 4)); y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}
