import type { CampaignStatus } from '../campaigns/labels';
import { addYears, formatNorwegianDate } from '../validation/dates';
import type { PlanItem, PlanSummary } from './contract';
import type { PlanStatus } from './labels';
import { percentOf } from '../percent';

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The due date, or the last day of the due quarter. */
export function deadlineOf(item: { year: number; dueDate: string | null; dueQuarter: number | null }): string | null {
  if (item.dueDate) return item.dueDate;
  const end = item.dueQuarter ? QUARTER_END[item.dueQuarter - 1] : undefined;
  return end ? `${item.year}-${end}` : null;
}

/** Derived at read time: a completed campaign or a held training fulfils the item whatever status was chosen. */
export function effectiveStatus(
  manual: PlanStatus,
  link: { campaignStatus: CampaignStatus | null; trainingStatus: PlanItem['trainingStatus'] },
): { status: PlanStatus; doneBy: PlanItem['doneBy'] } {
  if (manual === 'done') return { status: manual, doneBy: null };
  if (link.campaignStatus === 'completed') return { status: 'done', doneBy: 'campaign' };
  if (link.trainingStatus === 'held') return { status: 'done', doneBy: 'training' };
  return { status: manual, doneBy: null };
}

const UNFINISHED: readonly PlanStatus[] = ['notStarted', 'inProgress', 'postponed'];

/** Not done and not cancelled: these are carried over to the next year. */
export function isUnfinished(item: Pick<PlanItem, 'status'>): boolean {
  return UNFINISHED.includes(item.status);
}

/** Past its deadline, still open (not postponed), and not already carried over to the next year. */
export function isOverdue(item: Pick<PlanItem, 'status' | 'deadline' | 'copiedToYear'>, today: string): boolean {
  const open = item.status === 'notStarted' || item.status === 'inProgress';
  return open && item.copiedToYear === null && item.deadline !== null && item.deadline < today;
}

export function summarize(year: number, items: Pick<PlanItem, 'status'>[]): PlanSummary {
  const countOf = (status: PlanStatus) => items.filter((i) => i.status === status).length;
  const cancelled = countOf('cancelled');
  const planned = items.length - cancelled;
  const done = countOf('done');
  return {
    year,
    planned,
    done,
    inProgress: countOf('inProgress'),
    notStarted: countOf('notStarted'),
    postponed: countOf('postponed'),
    cancelled,
    unfinished: items.filter(isUnfinished).length,
    percentDone: percentOf(done, planned),
  };
}

/** The copy of an unfinished item for the next year: same activity and owner, deadline a year on, not started. */
export function carriedOver(item: PlanItem) {
  return {
    year: item.year + 1,
    activity: item.activity,
    kind: item.kind,
    responsibleMemberId: item.responsibleMemberId,
    dueDate: item.dueDate ? addYears(item.dueDate, 1) : null,
    dueQuarter: item.dueQuarter,
    status: 'notStarted' as const,
    campaignId: null,
    trainingId: null,
    notes: item.notes,
    copiedFromId: item.id,
  };
}

/** «15.06.2026» or «K2 2026». */
export function deadlineText(item: Pick<PlanItem, 'year' | 'dueDate' | 'dueQuarter'>): string {
  if (item.dueDate) return formatNorwegianDate(item.dueDate);
  return item.dueQuarter ? `K${item.dueQuarter} ${item.year}` : '';
}
