import { Table } from '@digdir/designsystemet-react';
import type { PublishedTable, PublishedValue } from '../../../core/disclosure/publish';
import type { IndicatorRef } from '../../../core/statistics/contract';
import { formatNumber } from '../format';

/** A published number: `*` where it is suppressed, `..` where nothing was reported (the notes say why). */
export function Published({ value }: { value: PublishedValue }) {
  if (typeof value === 'number') return <>{formatNumber(value)}</>;
  if (value !== null) {
    return (
      <span className="not-reported">
        {value}
        <span className="visually-hidden"> ikke rapportert</span>
      </span>
    );
  }
  return (
    <span className="suppressed">
      *<span className="visually-hidden"> skjermet</span>
    </span>
  );
}

interface BodyRow {
  key: string;
  label: string;
  cells: readonly PublishedValue[];
  total: PublishedValue;
  kind: 'unit' | 'sector';
}

/** Units in order, each sector's subtotal right after its last unit. */
function bodyRows(table: PublishedTable): BodyRow[] {
  const rows: BodyRow[] = [];
  table.rowLabels.forEach((label, r) => {
    rows.push({ key: `row-${r}`, label, cells: table.cells[r] ?? [], total: table.rowTotals[r] ?? null, kind: 'unit' });
    const group = table.groups?.find((g) => g.rowIndexes.at(-1) === r);
    if (group)
      rows.push({
        key: `group-${group.label}`,
        label: `Sum ${group.label}`,
        cells: group.cells,
        total: group.total,
        kind: 'sector',
      });
  });
  return rows;
}

/**
 * The table exactly as published. A count at the period's end (`stock`) is not summed over quarters, so such a
 * table has no «I alt» column when the columns are quarters.
 */
export function PublishedTableView({
  indicator,
  table,
  caption,
}: {
  indicator: IndicatorRef;
  table: PublishedTable;
  caption: string;
}) {
  const showTotalColumn = table.columnTotals;
  const withUnits = table.rowLabels.length > 1;
  const line = (row: { label: string; cells: readonly PublishedValue[]; total: PublishedValue }, strong: boolean) => (
    <>
      <Table.HeaderCell scope="row">{strong ? <strong>{row.label}</strong> : row.label}</Table.HeaderCell>
      {row.cells.map((value, c) => (
        <Table.Cell key={table.colLabels[c] ?? c} className="numeric">
          {strong ? (
            <strong>
              <Published value={value} />
            </strong>
          ) : (
            <Published value={value} />
          )}
        </Table.Cell>
      ))}
      {showTotalColumn ? (
        <Table.Cell className="numeric">
          <strong>
            <Published value={row.total} />
          </strong>
        </Table.Cell>
      ) : null}
    </>
  );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${indicator.name}: ${caption}`}>
      <Table border zebra data-size="sm" className="published-table">
        <caption>
          <span className="visually-hidden">{indicator.name} </span>
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{withUnits ? 'Enhet' : 'Område'}</Table.HeaderCell>
            {table.colLabels.map((label) => (
              <Table.HeaderCell key={label} className="numeric">
                {label}
              </Table.HeaderCell>
            ))}
            {showTotalColumn ? <Table.HeaderCell className="numeric">I alt</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {bodyRows(table).map((row) => (
            <Table.Row key={row.key} className={row.kind === 'sector' ? 'stat-sector-row' : undefined}>
              {line(row, row.kind === 'sector')}
            </Table.Row>
          ))}
        </Table.Body>
        {withUnits ? (
          <Table.Foot>
            <Table.Row>{line({ label: 'I alt', cells: table.colTotals, total: table.grandTotal }, true)}</Table.Row>
          </Table.Foot>
        ) : null}
      </Table>
    </div>
  );
}
