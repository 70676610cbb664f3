import { Table } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { compareNames } from '../../../core/names';

export interface Column<T> {
  key: string;
  label: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
  /** The value sorted on; columns without it are not sortable. */
  sortValue?: (row: T) => string | number | null;
  render: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  initialSort?: { key: string; direction: 'ascending' | 'descending' };
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareNames(String(a), String(b));
}

/** A list as a table: sortable columns (click or Enter on the header), numbers right-aligned. */
export function DataTable<T>({ caption, rows, columns, rowKey, initialSort }: DataTableProps<T>) {
  const [sort, setSort] = useState(initialSort ?? null);
  const column = columns.find((c) => c.key === sort?.key);
  const sorted =
    sort && column?.sortValue
      ? [...rows].sort(
          (a, b) => compare(column.sortValue!(a), column.sortValue!(b)) * (sort.direction === 'ascending' ? 1 : -1),
        )
      : rows;

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra border>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c) => (
              <Table.HeaderCell
                key={c.key}
                className={c.numeric ? 'numeric' : undefined}
                sort={c.sortValue ? (sort?.key === c.key ? sort.direction : 'none') : undefined}
                onClick={
                  c.sortValue
                    ? () =>
                        setSort({
                          key: c.key,
                          direction: sort?.key === c.key && sort.direction === 'ascending' ? 'descending' : 'ascending',
                        })
                    : undefined
                }
              >
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((row) => (
            <Table.Row key={rowKey(row)}>
              {columns.map((c) => (
                <Table.Cell key={c.key} className={c.numeric ? 'numeric' : undefined}>
                  {c.render(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
