import './report.css';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReportTable } from '../../../../core/report/model';
import { formatValue, isNumeric } from './formatValue';

/** One table of the report exactly as the workbook has it, with its total row at the foot. */
export function ReportTableView({ table }: { table: ReportTable }) {
  if (table.rows.length === 0) {
    return (
      <div className="report-table">
        <p className="report-table-title">{table.title}</p>
        <Paragraph className="muted">{table.empty}</Paragraph>
      </div>
    );
  }
  const numeric = table.columns.map((c) => (isNumeric(c.kind) ? 'numeric' : undefined));
  return (
    // Focusable so that keyboard users can scroll a table wider than the screen.
    <div className="table-scroll report-table" tabIndex={0} role="region" aria-label={table.title}>
      <Table zebra border data-size="sm">
        <caption>{table.title}</caption>
        <Table.Head>
          <Table.Row>
            {table.columns.map((c, i) => (
              <Table.HeaderCell key={c.label} className={numeric[i]}>
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((row, r) => (
            <Table.Row key={r}>
              {table.columns.map((c, i) => (
                <Table.Cell key={c.label} className={numeric[i]}>
                  {formatValue(row[i] ?? null, c.kind)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
        {table.totals ? (
          <Table.Foot>
            <Table.Row>
              {table.columns.map((c, i) => (
                <Table.Cell key={c.label} className={numeric[i]}>
                  <strong>{formatValue(table.totals?.[i] ?? null, i === 0 ? 'text' : c.kind)}</strong>
                </Table.Cell>
              ))}
            </Table.Row>
          </Table.Foot>
        ) : null}
      </Table>
    </div>
  );
}
