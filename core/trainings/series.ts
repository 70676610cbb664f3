import { addDays, daysInMonth, toIsoDate } from '../validation/dates';
import { datePart, timePart, weekdayOf } from '../validation/dateTime';
import type { RepeatPattern } from './types';

export interface Repeat {
  pattern: RepeatPattern;
  /** Every `interval` weeks or months. */
  interval: number;
  /** How many sessions in all, the first included. */
  count: number;
}

export const MAX_MONTH_INTERVAL = 12;

function monthsLater(iso: string, months: number): { year: number; month: number } {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Same day of the month; the 29th–31st become the last day in shorter months. */
function sameDate(first: string, months: number): string {
  const { year, month } = monthsLater(first, months);
  const day = Number(first.slice(8, 10));
  return toIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) });
}

/** Same weekday and week of the month (2nd Tuesday); a 5th weekday becomes the last one of the month. */
function sameWeekday(first: string, months: number): string {
  const { year, month } = monthsLater(first, months);
  const weekday = weekdayOf(first);
  const ordinal = Math.ceil(Number(first.slice(8, 10)) / 7);
  if (ordinal === 5) {
    const last = toIsoDate({ year, month, day: daysInMonth(year, month) });
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const firstOfMonth = toIsoDate({ year, month, day: 1 });
  return addDays(firstOfMonth, ((weekday - weekdayOf(firstOfMonth) + 7) % 7) + 7 * (ordinal - 1));
}

/** The start of every session in a series, the first one included, at the first one's time of day. */
export function seriesStarts(start: string, repeat: Repeat): string[] {
  const first = datePart(start);
  const time = timePart(start);
  return Array.from({ length: repeat.count }, (_, k) => {
    const step = k * repeat.interval;
    const date =
      repeat.pattern === 'weekly'
        ? addDays(first, 7 * step)
        : repeat.pattern === 'monthlyByDate'
          ? sameDate(first, step)
          : sameWeekday(first, step);
    return `${date}T${time}`;
  });
}
