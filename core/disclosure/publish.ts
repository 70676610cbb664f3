import { auditSystem } from './audit';
import { DisclosureError } from './errors';
import { linkSystems } from './link';
import { protectSystem } from './suppress';
import { buildTable, variableAt, type AxisRef, type LinearSystem, type TableModel } from './table';

/** The one way counts leave the app: suppression, an independent audit, and the table as it may be shown. */

export const DEFAULT_THRESHOLD = 3;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 10;
/** Share of hidden inner cells above which a coarser table should be published instead. */
export const TOO_MANY_SUPPRESSED_SHARE = 0.25;
export const SUPPRESSION_SYMBOL = '*';

export function suppressionFootnote(k: number): string {
  return `${SUPPRESSION_SYMBOL} Skjermet: færre enn ${k}, eller skjult for at slike tall ikke skal kunne regnes ut.`;
}

export interface PublishInput {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** Inner cells, `cells[row][column]`, non-negative whole numbers. */
  readonly cells: readonly (readonly number[])[];
  /** Group (sector) index of each row, or null for a row outside every group; needs `groupLabels`. */
  readonly parents?: readonly (number | null)[];
  readonly groupLabels?: readonly string[];
}

export interface PublishOptions {
  /** Threshold: counts from 1 to k-1 are suppressed; 3 to 10. */
  readonly k: number;
}

export interface PublishedGroup {
  readonly label: string;
  readonly rowIndexes: readonly number[];
  /** The group's subtotal per column. */
  readonly cells: readonly (number | null)[];
  readonly total: number | null;
}

/** A table ready to show: `null` is a suppressed number, shown as `SUPPRESSION_SYMBOL` with `suppressionFootnote(k)`. */
export interface PublishedTable {
  readonly k: number;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly colTotals: readonly (number | null)[];
  readonly grandTotal: number | null;
  readonly groups?: readonly PublishedGroup[];
  /** Share of the inner cells that are suppressed. */
  readonly suppressedShare: number;
  /** More than a quarter of the inner cells are hidden: publish a coarser table (year, sector) instead. */
  readonly tooManySuppressed: boolean;
}

function checkThreshold(k: number): void {
  if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD) {
    throw new RangeError(`Threshold k must be a whole number from ${MIN_THRESHOLD} to ${MAX_THRESHOLD}, got ${k}`);
  }
}

/** Suppresses, audits (throwing `DisclosureError` when the audit fails) and returns the suppression pattern. */
async function protectAndAudit(system: LinearSystem, k: number): Promise<ReadonlySet<number>> {
  const pattern = await protectSystem(system, { k });
  const audit = await auditSystem(system, k, pattern);
  if (!audit.ok) throw new DisclosureError(audit.failures);
  return pattern;
}

function present(input: PublishInput, model: TableModel, k: number, hidden: (variable: number) => boolean): PublishedTable {
  const total: AxisRef = { kind: 'total' };
  const leaf = (index: number): AxisRef => ({ kind: 'leaf', index });
  const shown = (row: AxisRef, col: AxisRef): number | null => {
    const j = variableAt(model, row, col);
    return hidden(j) ? null : (model.variables[j]?.value ?? null);
  };
  const columns = input.colLabels.map((_, c) => leaf(c));
  const cells = input.rowLabels.map((_, r) => columns.map((col) => shown(leaf(r), col)));
  const hiddenCells = cells.flat().filter((value) => value === null).length;
  const suppressedShare = hiddenCells / (model.rowCount * model.colCount);
  const parents = input.parents;
  const groups =
    parents &&
    (input.groupLabels ?? []).map((label, g): PublishedGroup => {
      const group: AxisRef = { kind: 'group', index: g };
      return {
        label,
        rowIndexes: parents.flatMap((parent, r) => (parent === g ? [r] : [])),
        cells: columns.map((col) => shown(group, col)),
        total: shown(group, total),
      };
    });
  return {
    k,
    rowLabels: input.rowLabels,
    colLabels: input.colLabels,
    cells,
    rowTotals: input.rowLabels.map((_, r) => shown(leaf(r), total)),
    colTotals: columns.map((col) => shown(total, col)),
    grandTotal: shown(total, total),
    ...(groups ? { groups } : {}),
    suppressedShare,
    tooManySuppressed: suppressedShare > TOO_MANY_SUPPRESSED_SHARE,
  };
}

/** Protects one table with its totals (and group subtotals); throws `DisclosureError` if the audit fails. */
export async function publishTable(input: PublishInput, options: PublishOptions): Promise<PublishedTable> {
  checkThreshold(options.k);
  const model = buildTable(input);
  const pattern = await protectAndAudit(model, options.k);
  return present(input, model, options.k, (j) => pattern.has(j));
}

export type SharedAxis = 'rows' | 'columns';

export interface LinkedPublishInput extends PublishInput {
  /** The axis that breaks down the numbers all the linked tables share (e.g. the indicators). */
  readonly shared: SharedAxis;
}

const SHARED_TOTAL_KEY = '\u0000total';

/**
 * Protects the tables of one report that share totals together, as one system of equations (DISCLOSURE.md,
 * requirement 5), so that no hidden number can be worked out by combining the tables.
 *
 * Design: the tables are linked, not reduced to one breakdown per indicator. Each table names the axis that holds
 * the shared breakdown (`shared`), e.g. the indicators. Its margin along that axis (each item's total over the other
 * axis) and its grand total are the numbers the tables have in common: items with the same label in two tables are
 * the same published number. So indicator × quarter (`shared: 'rows'`) and unit × indicator with sectors
 * (`shared: 'columns'`) for the same year share each indicator's yearly total and the grand total. Shared numbers
 * must agree and labels along a shared axis must be unique (otherwise a `RangeError`). A shared number is hidden in
 * every table or in none. Throws `DisclosureError` if the audit fails.
 */
export async function publishLinkedTables(
  inputs: readonly LinkedPublishInput[],
  options: PublishOptions,
): Promise<PublishedTable[]> {
  checkThreshold(options.k);
  const tables = inputs.map((input) => ({ input, model: buildTable(input) }));
  const sharedKey = (t: number, i: number): string | undefined => {
    const table = tables[t];
    const variable = table?.model.variables[i];
    if (!variable) return undefined;
    const rows = table.input.shared === 'rows';
    const [along, across] = rows ? [variable.row, variable.col] : [variable.col, variable.row];
    if (across.kind !== 'total') return undefined;
    if (along.kind === 'total') return SHARED_TOTAL_KEY;
    return rows ? variable.rowLabel : variable.colLabel;
  };
  const linked = linkSystems(
    tables.map(({ model }) => model),
    sharedKey,
  );
  const pattern = await protectAndAudit(linked, options.k);
  return tables.map(({ input, model }, t) => {
    const map = linked.maps[t] ?? [];
    return present(input, model, options.k, (j) => pattern.has(map[j] ?? -1));
  });
}
