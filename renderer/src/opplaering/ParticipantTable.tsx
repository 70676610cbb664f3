import { AUDIENCE_LABELS } from '../../../core/audiences';
import type { ParticipantCount, Training } from '../../../core/trainings/contract';
import { type Column, DataTable } from '../components/DataTable';
import { formatNumber } from '../format';

const columns: Column<ParticipantCount>[] = [
  { key: 'unit', label: 'Enhet', sortValue: (p) => p.unitName, render: (p) => p.unitName },
  {
    key: 'audience',
    label: 'Målgruppe',
    sortValue: (p) => AUDIENCE_LABELS[p.audience],
    render: (p) => AUDIENCE_LABELS[p.audience],
  },
  { key: 'count', label: 'Antall', numeric: true, sortValue: (p) => p.count, render: (p) => formatNumber(p.count) },
];

export function ParticipantTable({ training }: { training: Training }) {
  const total = formatNumber(training.participantTotal);
  const capacity = training.capacity === null ? '' : ` av ${formatNumber(training.capacity)} plasser`;
  return (
    <DataTable
      caption={`Deltakere per enhet og målgruppe – ${total} i alt${capacity}`}
      rows={training.participants}
      columns={columns}
      rowKey={(p) => `${p.unitId}-${p.audience}`}
    />
  );
}
