import { Link } from 'react-router';
import type { PlanItem } from '../../../core/plan/contract';
import { PLAN_KIND_LABELS } from '../../../core/plan/labels';
import { type Column, DataTable } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';
import { formatDate, formatQuarter } from '../format';
import { PlanStatusCell } from './PlanStatusCell';

function deadline(item: PlanItem) {
  const text = item.dueDate
    ? formatDate(item.dueDate)
    : item.dueQuarter
      ? formatQuarter(item.year, item.dueQuarter)
      : 'Ingen frist';
  return (
    <span className="plan-status">
      {text}
      {item.overdue ? <StatusTag color="danger">Forsinket</StatusTag> : null}
    </span>
  );
}

function fulfilledBy(item: PlanItem): string {
  if (item.campaignTitle) return `Informasjonstiltak: ${item.campaignTitle}`;
  if (item.trainingTitle) return `Opplæring: ${item.trainingTitle}`;
  return '';
}

const columns: Column<PlanItem>[] = [
  {
    key: 'activity',
    label: 'Aktivitet',
    sortValue: (i) => i.activity,
    render: (i) => (
      <>
        <Link to={`/plan/${i.id}`}>{i.activity}</Link>
        {i.copiedToYear ? <span className="muted"> (kopiert til {i.copiedToYear})</span> : null}
      </>
    ),
  },
  { key: 'kind', label: 'Type', sortValue: (i) => PLAN_KIND_LABELS[i.kind], render: (i) => PLAN_KIND_LABELS[i.kind] },
  { key: 'owner', label: 'Ansvarlig', sortValue: (i) => i.responsibleName, render: (i) => i.responsibleName ?? '' },
  { key: 'deadline', label: 'Frist', sortValue: (i) => i.deadline, render: deadline },
  { key: 'status', label: 'Status', sortValue: (i) => i.status, render: (i) => <PlanStatusCell item={i} /> },
  { key: 'link', label: 'Oppfylles av', render: fulfilledBy },
];

export function PlanTable({ items, year }: { items: PlanItem[]; year: number }) {
  return <DataTable caption={`Punkter i planen for ${year}`} rows={items} columns={columns} rowKey={(i) => i.id} />;
}
