/** The AMU case vocabulary in display order, with the labels the users read. Pure data. */
export const AMU_CASE_KINDS = ['annualReport', 'mainContactAppointment', 'agreementChange', 'information', 'other'] as const;
export type AmuCaseKind = (typeof AMU_CASE_KINDS)[number];

export const AMU_CASE_KIND_LABELS: Record<AmuCaseKind, string> = {
  annualReport: 'Årsrapport',
  mainContactAppointment: 'Oppnevning av hovedkontakt',
  agreementChange: 'Endringsforslag til AKAN-avtalen',
  information: 'Orientering',
  other: 'Annet',
};

export const AMU_CASE_STATUSES = ['draft', 'sent', 'treated'] as const;
export type AmuCaseStatus = (typeof AMU_CASE_STATUSES)[number];

export const AMU_CASE_STATUS_LABELS: Record<AmuCaseStatus, string> = {
  draft: 'Utkast',
  sent: 'Sendt',
  treated: 'Behandlet',
};
