import { Link } from 'react-router';
import type { Training } from '../../../core/trainings/contract';
import { type Column, DataTable } from '../components/DataTable';
import { formatDate, formatNumber } from '../format';
import { timeRange } from './dateTime';
import { audienceText } from './labels';
import { TrainingStatusTag } from './TrainingStatusTag';

const columns: Column<Training>[] = [
  { key: 'date', label: 'Dato', sortValue: (t) => t.start, render: (t) => formatDate(t.start) },
  { key: 'time', label: 'Tid', render: timeRange },
  {
    key: 'title',
    label: 'Opplæring',
    sortValue: (t) => t.title,
    render: (t) => <Link to={`/opplaering/${t.id}`}>{t.title}</Link>,
  },
  { key: 'topic', label: 'Emne', sortValue: (t) => t.topicName, render: (t) => t.topicName },
  { key: 'audiences', label: 'Målgruppe', render: (t) => audienceText(t.audiences) },
  {
    key: 'status',
    label: 'Status',
    sortValue: (t) => t.status,
    render: (t) => <TrainingStatusTag status={t.status} />,
  },
  {
    key: 'participants',
    label: 'Deltakere',
    numeric: true,
    sortValue: (t) => (t.status === 'held' ? t.participantTotal : null),
    render: (t) =>
      t.status === 'held' ? (t.participants.length > 0 ? formatNumber(t.participantTotal) : 'Ikke registrert') : '',
  },
];

/** In the order the list came (upcoming first) until a column is sorted. */
export function TrainingTable({ sessions, caption }: { sessions: Training[]; caption: string }) {
  return <DataTable caption={caption} rows={sessions} columns={columns} rowKey={(t) => t.id} />;
}
