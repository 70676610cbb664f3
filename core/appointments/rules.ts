import { addDays, addYears, formatNorwegianDate } from '../validation/dates';
import { type TermLike, MAX_TERM_YEARS, effectiveEnd, overlaps } from './term';

export interface TermCandidate extends TermLike {
  id?: number;
}

export interface NamedTerm extends TermCandidate {
  id: number;
  personName: string;
}

/** Field messages for the dates of a term; empty when the term is sound. */
export function termDateErrors(term: TermLike): Record<string, string> {
  const errors: Record<string, string> = {};
  if (term.termEnd < term.termStart) {
    errors.termEnd = 'Sluttdato må være etter startdato.';
  } else if (term.termEnd > addYears(term.termStart, MAX_TERM_YEARS)) {
    errors.termEnd = `En funksjonsperiode kan være høyst ${MAX_TERM_YEARS} år. Velg en tidligere sluttdato.`;
  }
  if (term.endedEarlyOn && (term.endedEarlyOn < term.termStart || term.endedEarlyOn > term.termEnd)) {
    errors.endedOn = `Datoen må ligge i funksjonsperioden (${formatNorwegianDate(term.termStart)}–${formatNorwegianDate(term.termEnd)}).`;
  }
  return errors;
}

/** The hovedkontakt terms that the candidate would overlap (only one hovedkontakt at a time). */
export function overlappingTerms(candidate: TermCandidate, others: NamedTerm[]): NamedTerm[] {
  return others.filter((other) => other.id !== candidate.id && overlaps(candidate, other));
}

export function overlapMessage(conflict: NamedTerm): string {
  const from = formatNorwegianDate(conflict.termStart);
  const to = formatNorwegianDate(effectiveEnd(conflict));
  const earliest = formatNorwegianDate(addDays(effectiveEnd(conflict), 1));
  return `Perioden overlapper med ${conflict.personName} som hovedkontakt (${from}–${to}). Det kan bare være én hovedkontakt om gangen; en etterfølger kan tidligst starte ${earliest}.`;
}
