import {
  AMU_CASE_KIND_LABELS,
  AMU_CASE_KINDS,
  AMU_CASE_STATUS_LABELS,
  AMU_CASE_STATUSES,
  type AmuCaseStatus,
} from '../../../core/amuCases/labels';
import type { StatusColor } from '../components/StatusTag';

export const STATUS_COLOR: Record<AmuCaseStatus, StatusColor> = { draft: 'neutral', sent: 'info', treated: 'success' };

export const kindOptions = AMU_CASE_KINDS.map((value) => ({ value, label: AMU_CASE_KIND_LABELS[value] }));
export const statusOptions = AMU_CASE_STATUSES.map((value) => ({ value, label: AMU_CASE_STATUS_LABELS[value] }));
