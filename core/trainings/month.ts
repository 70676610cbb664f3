import { addDays, daysInMonth } from '../validation/dates';
import { weekdayOf } from '../validation/dateTime';

/** `YYYY-MM` moved by whole months. */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(iso: string): number {
  const thursday = addDays(iso, 4 - weekdayOf(iso));
  const januaryFirst = `${thursday.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round((Date.parse(thursday) - Date.parse(januaryFirst)) / 86_400_000);
  return Math.floor(dayOfYear / 7) + 1;
}

/** The weeks (Monday to Sunday) that show a month, with the days before and after it that fill them. */
export function monthWeeks(month: string): { week: number; days: string[] }[] {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
  const weeks: { week: number; days: string[] }[] = [];
  for (let monday = addDays(first, 1 - weekdayOf(first)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push({ week: isoWeek(monday), days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)) });
  }
  return weeks;
}
