import { Link } from 'react-router';
import type { AmuCase } from '../../../core/amuCases/contract';
import { AMU_CASE_KIND_LABELS, AMU_CASE_STATUS_LABELS } from '../../../core/amuCases/labels';
import { type Column, DataTable } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';
import { formatDate } from '../format';
import { STATUS_COLOR } from './labels';

function decision(c: AmuCase): string {
  if (!c.decisionText && !c.decisionDate) return '';
  return [c.decisionDate ? formatDate(c.decisionDate) : null, c.decisionText].filter(Boolean).join(': ');
}

const columns: Column<AmuCase>[] = [
  {
    key: 'meeting',
    label: 'AMU-møte',
    sortValue: (c) => c.meetingDate,
    render: (c) => (c.meetingDate ? formatDate(c.meetingDate) : 'Ikke satt'),
  },
  { key: 'number', label: 'Saksnr.', sortValue: (c) => c.caseNumber, render: (c) => c.caseNumber ?? '' },
  { key: 'title', label: 'Sak', sortValue: (c) => c.title, render: (c) => <Link to={`/amu/${c.id}`}>{c.title}</Link> },
  {
    key: 'kind',
    label: 'Type',
    sortValue: (c) => AMU_CASE_KIND_LABELS[c.kind],
    render: (c) => AMU_CASE_KIND_LABELS[c.kind],
  },
  {
    key: 'status',
    label: 'Status',
    sortValue: (c) => c.status,
    render: (c) => <StatusTag color={STATUS_COLOR[c.status]}>{AMU_CASE_STATUS_LABELS[c.status]}</StatusTag>,
  },
  { key: 'decision', label: 'Vedtak', render: decision },
];

export function AmuCaseTable({ cases, caption }: { cases: AmuCase[]; caption: string }) {
  return <DataTable caption={caption} rows={cases} columns={columns} rowKey={(c) => c.id} />;
}
