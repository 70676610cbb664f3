/** The plan vocabulary in display order, with the labels the users read. Pure data. */
import { PLAN_KINDS, PLAN_STATUSES } from '../../db/schema/codes';

export { PLAN_KINDS, PLAN_STATUSES };
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  training: 'Opplæring',
  campaign: 'Kampanje',
  policy: 'Policy',
  reporting: 'Rapportering',
  other: 'Annet',
};

export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  notStarted: 'Ikke startet',
  inProgress: 'Pågår',
  done: 'Fullført',
  postponed: 'Utsatt',
  cancelled: 'Avlyst',
};
