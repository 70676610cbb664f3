import {
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  type PlanStatus,
} from '../../../core/plan/labels';
import type { StatusColor } from '../components/StatusTag';

export const STATUS_COLOR: Record<PlanStatus, StatusColor> = {
  notStarted: 'neutral',
  inProgress: 'info',
  done: 'success',
  postponed: 'warning',
  cancelled: 'neutral',
};

export const statusOptions = PLAN_STATUSES.map((value) => ({ value, label: PLAN_STATUS_LABELS[value] }));
export const kindOptions = PLAN_KINDS.map((value) => ({ value, label: PLAN_KIND_LABELS[value] }));
export const quarterOptions = [1, 2, 3, 4].map((q) => ({ value: String(q), label: `K${q}` }));
