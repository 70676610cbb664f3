import { Link } from 'react-router';
import { AUDIENCE_LABELS } from '../../../core/audiences';
import type { Campaign } from '../../../core/campaigns/contract';
import { CHANNEL_LABELS } from '../../../core/campaigns/labels';
import { type Column, DataTable } from '../components/DataTable';
import { formatNumber } from '../format';
import { CampaignStatusTag } from './CampaignStatusTag';
import { periodText } from './labels';

const columns: Column<Campaign>[] = [
  {
    key: 'title',
    label: 'Tiltak',
    sortValue: (c) => c.title,
    render: (c) => <Link to={`/informasjonstiltak/${c.id}`}>{c.title}</Link>,
  },
  { key: 'theme', label: 'Tema', sortValue: (c) => c.themeName, render: (c) => c.themeName },
  { key: 'period', label: 'Periode', sortValue: (c) => c.periodStart, render: periodText },
  { key: 'channels', label: 'Kanaler', render: (c) => c.channels.map((ch) => CHANNEL_LABELS[ch]).join(', ') },
  {
    key: 'audiences',
    label: 'Målgrupper',
    render: (c) => (c.audiences.length > 0 ? c.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') : 'Alle'),
  },
  {
    key: 'status',
    label: 'Status',
    sortValue: (c) => c.status,
    render: (c) => <CampaignStatusTag status={c.status} />,
  },
  {
    key: 'reach',
    label: 'Anslått nådd',
    numeric: true,
    sortValue: (c) => c.estimatedReach,
    render: (c) => formatNumber(c.estimatedReach),
  },
];

export function CampaignTable({ campaigns, year }: { campaigns: Campaign[]; year: number }) {
  return (
    <DataTable
      caption={`Informasjonstiltak i ${year}`}
      rows={campaigns}
      columns={columns}
      rowKey={(c) => c.id}
      initialSort={{ key: 'period', direction: 'ascending' }}
    />
  );
}
