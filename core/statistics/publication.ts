import type { AppContext } from '../context';
import { type PublishInput, SUPPRESSION_SYMBOL, publishTable, suppressionFootnote } from '../disclosure/publish';
import { type AxisRef, buildTable, variableAt } from '../disclosure/table';
import { loadSettings } from '../settings/service';
import type { RawStatistics, RawTable, StatisticsPublication, TableSpec } from './contract';
import { NOT_REPORTED_NOTE } from './labels';
import { statisticsTables } from './tables';

/** Coarser tables to offer when too many cells are hidden: the year instead of quarters, the municipality instead of units. */
function coarserThan(spec: TableSpec): StatisticsPublication['coarser'] {
  return [...(spec.by === 'quarter' ? [{ by: 'year' as const, units: spec.units }] : []), ...(spec.units ? [{ by: spec.by, units: false }] : [])];
}

/**
 * The one way statistics leave the app: the statistics screen, the CLI and the annual report all publish through this.
 *
 * One table per indicator (indicator by quarter or year, by unit with sector subtotals or for the whole
 * municipality), each protected on its own by `publishTable` with threshold `k` (default: the setting). Indicators
 * share no published numbers, so they are not linked; one call gives one breakdown per indicator, and a report
 * that wants two breakdowns of the same indicator must protect them together (DISCLOSURE.md, requirement 5).
 * If any table fails the audit, nothing is published: the `DisclosureError` says why.
 *
 * Not reported is counted as 0 and published exactly like a reported 0; `notReportedNote` says so in every
 * publication, whether anything is missing or not, so that it reveals nothing about hidden cells.
 */
export async function publishStatistics(ctx: AppContext, spec: TableSpec, options: { k?: number } = {}): Promise<StatisticsPublication> {
  const k = options.k ?? loadSettings(ctx).disclosureK;
  const tables = [];
  for (const { indicator, input } of statisticsTables(ctx, spec)) {
    tables.push({ indicator, table: await publishTable(input, { k }) });
  }
  const tooManySuppressed = tables.some((t) => t.table.tooManySuppressed);
  return {
    ...spec,
    k,
    symbol: SUPPRESSION_SYMBOL,
    footnote: suppressionFootnote(k),
    notReportedNote: NOT_REPORTED_NOTE,
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
    cells: input.cells.map((row) => [...row]),
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
  return {
    ...spec,
    notReportedNote: NOT_REPORTED_NOTE,
    tables: statisticsTables(ctx, spec).map(({ indicator, input }) => ({ indicator, table: rawTable(input) })),
  };
}
