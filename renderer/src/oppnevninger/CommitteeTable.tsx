import { Link } from 'react-router';
import type { CommitteeMember } from '../../../core/committee/contract';
import { type Column, DataTable } from '../components/DataTable';
import { formatDate } from '../format';

const columns: Column<CommitteeMember>[] = [
  {
    key: 'name',
    label: 'Navn',
    sortValue: (m) => m.name,
    render: (m) => <Link to={`/oppnevninger/utvalg/${m.id}`}>{m.name}</Link>,
  },
  { key: 'role', label: 'Rolle i utvalget', sortValue: (m) => m.committeeRole, render: (m) => m.committeeRole },
  { key: 'email', label: 'E-post', render: (m) => m.email ?? '' },
  {
    key: 'active',
    label: 'Aktiv',
    sortValue: (m) => m.activeFrom,
    render: (m) =>
      m.activeFrom || m.activeTo ? `${formatDate(m.activeFrom) || '…'}–${formatDate(m.activeTo) || ''}` : '',
  },
];

export function CommitteeTable({ members }: { members: CommitteeMember[] }) {
  return <DataTable caption="Medlemmer av AKAN-utvalget" rows={members} columns={columns} rowKey={(m) => m.id} />;
}
