/** The AMU case vocabulary in display order, with the labels the users read. Pure data. */
import { AMU_CASE_KINDS, AMU_CASE_STATUSES } from '../../db/schema/codes';

export { AMU_CASE_KINDS, AMU_CASE_STATUSES };
export type AmuCaseKind = (typeof AMU_CASE_KINDS)[number];

export const AMU_CASE_KIND_LABELS: Record<AmuCaseKind, string> = {
  annualReport: 'Årsrapport',
  mainContactAppointment: 'Oppnevning av hovedkontakt',
  agreementChange: 'Endringsforslag til AKAN-avtalen',
  information: 'Orientering',
  other: 'Annet',
};

export type AmuCaseStatus = (typeof AMU_CASE_STATUSES)[number];

export const AMU_CASE_STATUS_LABELS: Record<AmuCaseStatus, string> = {
  draft: 'Utkast',
  sent: 'Sendt',
  treated: 'Behandlet',
};
