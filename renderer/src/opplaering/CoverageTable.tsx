import type { CoverageReport, CoverageRow } from '../../../core/trainings/contract';
import { type Column, DataTable } from '../components/DataTable';
import { formatDate, formatNumber } from '../format';

const dash = (value: string) => value || '–';

function percentText(percent: number | null): string {
  return percent === null ? '–' : `${percent} %`;
}

/** Units in tree order; groups add up the units below them, so the table is not sortable. */
export function CoverageTable({ report }: { report: CoverageReport }) {
  const columns: Column<CoverageRow>[] = [
    {
      key: 'unit',
      label: 'Enhet',
      render: (r) => (
        <span
          className="unit-name"
          style={{ paddingInlineStart: `${r.depth * 1.5}rem`, fontWeight: r.isGroup ? 600 : undefined }}
        >
          {r.name}
          {r.depth > 0 ? (
            <span className="ds-sr-only"> (under {r.path.split(' › ').slice(0, -1).join(' › ')})</span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'leaders',
      label: 'Ledere',
      numeric: true,
      render: (r) => (r.leaderCount === null ? 'Ikke registrert' : formatNumber(r.leaderCount)),
    },
    {
      key: 'trained',
      label: `Ledere med «${report.leaderTopic.name}»`,
      numeric: true,
      render: (r) => formatNumber(r.leadersTrained),
    },
    { key: 'percent', label: 'Dekning', numeric: true, render: (r) => percentText(r.leaderPercent) },
    {
      key: 'reached',
      label: `Deltakere, ${report.topic.name}`,
      numeric: true,
      render: (r) => formatNumber(r.topicParticipants),
    },
    { key: 'last', label: 'Sist holdt', render: (r) => dash(formatDate(r.lastHeld)) },
    { key: 'next', label: 'Neste planlagte', render: (r) => dash(formatDate(r.nextPlanned)) },
  ];
  return (
    <DataTable
      caption={`Dekning per enhet, ${formatDate(report.from)}–${formatDate(report.to)}`}
      rows={report.rows}
      columns={columns}
      rowKey={(r) => r.unitId}
    />
  );
}
