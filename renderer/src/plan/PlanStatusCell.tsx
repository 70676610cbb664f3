import type { PlanItem } from '../../../core/plan/contract';
import { PLAN_STATUS_LABELS } from '../../../core/plan/labels';
import { StatusTag } from '../components/StatusTag';
import { STATUS_COLOR } from './labels';

/** Why an item counts as done when the user did not say so. */
export function doneByText(item: PlanItem): string | null {
  if (item.doneBy === 'campaign') return `Tiltaket «${item.campaignTitle}» er gjennomført.`;
  if (item.doneBy === 'training') return `Opplæringen «${item.trainingTitle}» er holdt.`;
  return null;
}

export function PlanStatusCell({ item }: { item: PlanItem }) {
  const why = doneByText(item);
  return (
    <span className="plan-status">
      <StatusTag color={STATUS_COLOR[item.status]}>{PLAN_STATUS_LABELS[item.status]}</StatusTag>
      {why ? <span className="muted">{why}</span> : null}
    </span>
  );
}
