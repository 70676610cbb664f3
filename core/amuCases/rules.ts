import { formatNorwegianDate } from '../validation/dates';
import type { AmuCaseKind, AmuCaseStatus } from './labels';

interface CaseFacts {
  kind: AmuCaseKind;
  status: AmuCaseStatus;
  reportYear: number | null;
  meetingDate: string | null;
  decisionText: string | null;
  decisionDate: string | null;
}

export const DECISION_ON_DRAFT =
  'Et utkast har ikke noe vedtak ennå. Sett status til «Sendt» eller «Behandlet» før du registrerer vedtaket, eller fjern vedtaket.';

/** Field messages for a case's status, dates and decision; empty when they are sound. */
export function amuCaseErrors(c: CaseFacts, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (c.kind === 'annualReport' && c.reportYear === null) errors.reportYear = 'Velg året årsrapporten gjelder.';
  if (c.status === 'treated' && c.meetingDate && c.meetingDate > today) {
    errors.status = `Møtet er ${formatNorwegianDate(c.meetingDate)}. Saken kan ikke være behandlet før møtet er holdt – velg «Sendt».`;
  }
  if (c.status === 'draft') {
    if (c.decisionText) errors.decisionText = DECISION_ON_DRAFT;
    if (c.decisionDate) errors.decisionDate = DECISION_ON_DRAFT;
    return errors;
  }
  if (c.decisionDate && c.decisionDate > today) {
    errors.decisionDate = 'Vedtaksdatoen kan ikke være fram i tid.';
  } else if (c.decisionDate && c.meetingDate && c.decisionDate < c.meetingDate) {
    errors.decisionDate = `Vedtaket kan ikke være fattet før møtet ${formatNorwegianDate(c.meetingDate)}.`;
  }
  return errors;
}
