import { addDays, addYears } from '../validation/dates';

export const MAIN_CONTACT_TERM_YEARS = 2;
export const MAX_TERM_YEARS = 10;

/**
 * The last day of a term that starts on `termStart`: the day before the start, `years` later.
 * 01.03.2026 → 28.02.2028 and 29.02.2024 → 28.02.2026.
 */
export function defaultTermEnd(termStart: string, years = MAIN_CONTACT_TERM_YEARS): string {
  return addYears(addDays(termStart, -1), years);
}

export interface TermLike {
  termStart: string;
  termEnd: string;
  endedEarlyOn: string | null;
}

/** The last day the appointment was or will be in force. */
export function effectiveEnd(term: TermLike): string {
  return term.endedEarlyOn ?? term.termEnd;
}

export function isInForce(term: TermLike, date: string): boolean {
  return term.termStart <= date && date <= effectiveEnd(term);
}

export function overlaps(a: TermLike, b: TermLike): boolean {
  return a.termStart <= effectiveEnd(b) && b.termStart <= effectiveEnd(a);
}

export type TermStatus = 'upcoming' | 'active' | 'ended';

export function termStatus(term: TermLike, today: string): TermStatus {
  if (today < term.termStart) return 'upcoming';
  return today <= effectiveEnd(term) ? 'active' : 'ended';
}
