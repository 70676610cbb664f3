import { Link } from 'react-router';
import type { UnitTree, UnitTreeRow } from '../../../core/units/contract';
import { type Column, DataTable } from '../components/DataTable';
import { StatusTag } from '../components/StatusTag';
import { formatNumber } from '../format';

const count = (n: number | null) => (n === null ? '–' : formatNumber(n));

const nameColumn = (linked: boolean): Column<UnitTreeRow> => ({
  key: 'name',
  label: 'Enhet',
  render: (u) => (
    <span style={{ display: 'inline-block', paddingInlineStart: `${u.depth * 1.5}rem` }}>
      {linked ? <Link to={`/enheter/${u.id}`}>{u.name}</Link> : u.name}
      {u.depth > 0 ? <span className="ds-sr-only"> (under {u.path.split(' › ').slice(0, -1).join(' › ')})</span> : null}
    </span>
  ),
});

const countColumns: Column<UnitTreeRow>[] = [
  {
    key: 'headcount',
    label: 'Ansatte',
    numeric: true,
    render: (u) => (u.childCount > 0 ? `${count(u.totalHeadcount)} i alt` : count(u.headcount)),
  },
  {
    key: 'leaders',
    label: 'Ledere',
    numeric: true,
    render: (u) => (u.childCount > 0 ? `${count(u.totalLeaderCount)} i alt` : count(u.leaderCount)),
  },
  { key: 'children', label: 'Underenheter', numeric: true, render: (u) => formatNumber(u.childCount) },
  {
    key: 'status',
    label: 'Status',
    render: (u) =>
      u.archived ? <StatusTag color="neutral">Arkivert</StatusTag> : <StatusTag color="success">I bruk</StatusTag>,
  },
];

/**
 * Units in tree order (each right after the one it belongs to), a page at a time; sectors show the sum of the units
 * below them. `linked`: each name leads to its form.
 */
export function UnitTable({ units, linked }: { units: UnitTree; linked: boolean }) {
  return (
    <DataTable
      caption={`Enheter (${units.total})`}
      rows={units.rows}
      columns={[nameColumn(linked), ...countColumns]}
      rowKey={(u) => u.id}
    />
  );
}
