import { quarterOf } from '../validation/dates';
import type { Quarter } from './contract';
import { quarterLabel } from './labels';

/** The quarter today falls in; numbers may be entered up to and including it. */
export function currentQuarter(today: string): Quarter {
  return quarterOf(today);
}

export function isAfter(a: Quarter, b: Quarter): boolean {
  return a.year > b.year || (a.year === b.year && a.quarter > b.quarter);
}

/** The quarters of `year` that have begun by `today`. */
export function begunQuarters(year: number, today: string): number[] {
  const current = currentQuarter(today);
  const last = year < current.year ? 4 : year === current.year ? current.quarter : 0;
  return Array.from({ length: last }, (_, i) => i + 1);
}

export function futureQuarterMessage(period: Quarter): string {
  return `${quarterLabel(period.year, period.quarter)} har ikke begynt ennå. Du kan registrere tall for kvartaler som har begynt.`;
}
