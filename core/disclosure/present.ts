import type { PublishInput, PublishedGroup, PublishedTable, PublishedValue } from './publish';
import { NOT_REPORTED_SYMBOL, TOO_MANY_SUPPRESSED_SHARE } from './symbols';
import { variableAt, type AxisRef, type TableModel } from './table';

/** The table as it may be shown, given which of its model's variables are hidden. */
export function present(
  input: PublishInput,
  model: TableModel,
  k: number,
  hidden: (variable: number) => boolean,
): PublishedTable {
  const total: AxisRef = { kind: 'total' };
  const leaf = (index: number): AxisRef => ({ kind: 'leaf', index });
  const shown = (row: AxisRef, col: AxisRef): PublishedValue => {
    const j = variableAt(model, row, col);
    const variable = model.variables[j];
    if (!variable || variable.absent) return NOT_REPORTED_SYMBOL;
    return hidden(j) ? null : variable.value;
  };
  const columns = input.colLabels.map((_, c) => leaf(c));
  const cells = input.rowLabels.map((_, r) => columns.map((col) => shown(leaf(r), col)));
  const inner = cells.flat();
  const notReportedCells = inner.filter((value) => value === NOT_REPORTED_SYMBOL).length;
  const reported = inner.length - notReportedCells;
  const suppressedShare = reported === 0 ? 0 : inner.filter((value) => value === null).length / reported;
  const parents = input.parents;
  const groups =
    parents &&
    (input.groupLabels ?? []).map((label, g): PublishedGroup => {
      const group: AxisRef = { kind: 'group', index: g };
      return {
        label,
        rowIndexes: parents.flatMap((parent, r) => (parent === g ? [r] : [])),
        cells: columns.map((col) => shown(group, col)),
        total: model.columnTotals ? shown(group, total) : null,
      };
    });
  return {
    k,
    rowLabels: input.rowLabels,
    colLabels: input.colLabels,
    cells,
    rowTotals: model.columnTotals ? input.rowLabels.map((_, r) => shown(leaf(r), total)) : [],
    colTotals: columns.map((col) => shown(total, col)),
    grandTotal: model.columnTotals ? shown(total, total) : null,
    columnTotals: model.columnTotals,
    notReportedCells,
    ...(groups ? { groups } : {}),
    suppressedShare,
    tooManySuppressed: suppressedShare > TOO_MANY_SUPPRESSED_SHARE,
  };
}
