import { Link } from 'react-router';
import type { Appointment } from '../../../core/appointments/contract';
import { type Column, DataTable } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';
import { formatDate } from '../format';
import { STATUS_LABEL } from './labels';

function period(a: Appointment): string {
  const end = a.endedEarlyOn ?? a.termEnd;
  return `${formatDate(a.termStart)}–${formatDate(end)}${a.endedEarlyOn ? ' (avsluttet før tiden)' : ''}`;
}

export function AppointmentTable({
  caption,
  rows,
  showUnit,
}: {
  caption: string;
  rows: Appointment[];
  showUnit?: boolean;
}) {
  const columns: Column<Appointment>[] = [
    {
      key: 'name',
      label: 'Navn',
      sortValue: (a) => a.personName,
      render: (a) => <Link to={`/oppnevninger/${a.id}`}>{a.personName}</Link>,
    },
    ...(showUnit
      ? [
          {
            key: 'unit',
            label: 'Enhet',
            sortValue: (a: Appointment) => a.unitName,
            render: (a: Appointment) => a.unitName ?? '',
          },
        ]
      : []),
    { key: 'period', label: 'Funksjonsperiode', sortValue: (a) => a.termStart, render: period },
    { key: 'decided', label: 'Oppnevnt av', render: (a) => [a.decidedBy, a.amuCaseRef].filter(Boolean).join(', ') },
    {
      key: 'status',
      label: 'Status',
      sortValue: (a) => a.status,
      render: (a) => {
        const [text, color] = STATUS_LABEL[a.status];
        return <StatusTag color={color}>{text}</StatusTag>;
      },
    },
  ];
  return <DataTable caption={caption} rows={rows} columns={columns} rowKey={(a) => a.id} />;
}
