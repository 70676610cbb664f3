/** The plan vocabulary in display order, with the labels the users read. Pure data. */
export const PLAN_KINDS = ['training', 'campaign', 'policy', 'reporting', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  training: 'Opplæring',
  campaign: 'Kampanje',
  policy: 'Policy',
  reporting: 'Rapportering',
  other: 'Annet',
};

export const PLAN_STATUSES = ['notStarted', 'inProgress', 'done', 'postponed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  notStarted: 'Ikke startet',
  inProgress: 'Pågår',
  done: 'Fullført',
  postponed: 'Utsatt',
  cancelled: 'Avlyst',
};
