import {
  AMU_CASE_KIND_LABELS,
  AMU_CASE_KINDS,
  AMU_CASE_STATUS_LABELS,
  AMU_CASE_STATUSES,
  type AmuCaseStatus,
} from '../../../core/amuCases/labels';
import type { AmuCaseList } from '../../../core/amuCases/contract';
import type { StatusColor } from '../components/StatusTag';
import { formatNumber } from '../format';

export const STATUS_COLOR: Record<AmuCaseStatus, StatusColor> = { draft: 'neutral', sent: 'info', treated: 'success' };

export const kindOptions = AMU_CASE_KINDS.map((value) => ({ value, label: AMU_CASE_KIND_LABELS[value] }));
export const statusOptions = AMU_CASE_STATUSES.map((value) => ({ value, label: AMU_CASE_STATUS_LABELS[value] }));

export const thisYear = (list: AmuCaseList): number => Number(list.today.slice(0, 4));

export function casesCaption(list: AmuCaseList): string {
  const caption = `AMU-saker ${list.year ?? 'alle år'}, nyeste møte først`;
  if (list.pageCount === 1) return caption;
  return `${caption}: side ${list.page} av ${list.pageCount} (${formatNumber(list.total)} i alt)`;
}
