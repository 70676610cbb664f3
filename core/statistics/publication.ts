import type { AppContext } from '../context';
import { NOT_REPORTED_SYMBOL, type PublishInput, SUPPRESSION_SYMBOL, suppressionFootnote } from '../disclosure/publish';
import { type AxisRef, buildTable, variableAt } from '../disclosure/table';
import { loadSettings } from '../settings/service';
import type { RawStatistics, RawTable, StatisticsPublication, TableSpec } from './contract';
import { notReportedNote } from './labels';
import { protectView } from './protection';
import { type IndicatorTableInput, statisticsTables } from './tables';

/** Coarser tables to offer when too many cells are hidden: the year instead of quarters, the municipality instead of units. */
function coarserThan(spec: TableSpec): StatisticsPublication['coarser'] {
  return [
    ...(spec.by === 'quarter' ? [{ by: 'year' as const, units: spec.units }] : []),
    ...(spec.units ? [{ by: spec.by, units: false }] : []),
  ];
}

/** The note on missing numbers: how many units did not report, and that sums cover those that did. */
function missingNote(tables: readonly IndicatorTableInput[]): string {
  return notReportedNote(
    Math.max(0, ...tables.map((t) => t.notReportedUnits)),
    Math.max(0, ...tables.map((t) => t.unitCount)),
  );
}

/**
 * The one way statistics leave the app: the statistics screen, the CLI and the annual report all publish through this.
 *
 * One table per indicator (indicator by quarter or year, by unit with sector subtotals or for the whole
 * municipality), all protected together as one system with the catalogue's relations and last year's year-end
 * counts (`protectView`), threshold `k` (default: the setting). If the audit fails, nothing is published: the
 * `DisclosureError` says why.
 *
 * Not reported is not 0: a number nobody reported is `..`, sums cover the units that reported, and
 * `notReportedNote` says how many did not. Disclosure control treats a missing number as absent, not as a known 0.
 */
export async function publishStatistics(
  ctx: AppContext,
  spec: TableSpec,
  options: { k?: number } = {},
): Promise<StatisticsPublication> {
  const k = options.k ?? loadSettings(ctx).disclosureK;
  const view = await protectView(ctx, spec, k);
  const tables = view.tables.map(({ indicator, notReportedUnits, unitCount }, i) => ({
    indicator,
    table: view.published[i]!,
    notReportedUnits,
    unitCount,
  }));
  const tooManySuppressed = tables.some((t) => t.table.tooManySuppressed);
  return {
    ...spec,
    k,
    symbol: SUPPRESSION_SYMBOL,
    footnote: suppressionFootnote(k),
    notReportedSymbol: NOT_REPORTED_SYMBOL,
    notReportedNote: missingNote(view.tables),
    tables,
    tooManySuppressed,
    coarser: tooManySuppressed ? coarserThan(spec) : [],
  };
}

/** Every number of the table with its totals, as the disclosure engine sums them, nothing hidden. */
function rawTable(input: PublishInput): RawTable {
  const model = buildTable(input);
  const leaf = (index: number): AxisRef => ({ kind: 'leaf', index });
  const total: AxisRef = { kind: 'total' };
  const at = (row: AxisRef, col: AxisRef): number => model.variables[variableAt(model, row, col)]?.value ?? 0;
  const columns = input.colLabels.map((_, c) => leaf(c));
  const parents = input.parents;
  return {
    rowLabels: [...input.rowLabels],
    colLabels: [...input.colLabels],
    cells: input.cells.map((row) => row.map((value) => value ?? 0)),
    rowTotals: input.rowLabels.map((_, r) => at(leaf(r), total)),
    colTotals: columns.map((col) => at(total, col)),
    grandTotal: at(total, total),
    ...(parents
      ? {
          groups: (input.groupLabels ?? []).map((label, g) => {
            const group: AxisRef = { kind: 'group', index: g };
            return {
              label,
              rowIndexes: parents.flatMap((parent, r) => (parent === g ? [r] : [])),
              cells: columns.map((col) => at(group, col)),
              total: at(group, total),
            };
          }),
        }
      : {}),
  };
}

/** The same tables unprotected: for the committee's own use (`statistics --raw`), never for publishing. */
export function rawStatistics(ctx: AppContext, spec: TableSpec): RawStatistics {
  const tables = statisticsTables(ctx, spec);
  return {
    ...spec,
    notReportedNote: missingNote(tables),
    tables: tables.map(({ indicator, input }) => ({ indicator, table: rawTable(input) })),
  };
}
