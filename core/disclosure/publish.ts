import { auditSystem } from './audit';
import { DisclosureError } from './errors';
import { linkSystems } from './link';
import { protectWithProofs } from './suppress';
import { present } from './present';
import { NOT_REPORTED_SYMBOL, SUPPRESSION_SYMBOL, TOO_MANY_SUPPRESSED_SHARE } from './symbols';
import { buildTable, type CellValue, type LinearSystem } from './table';

/** The one way counts leave the app: suppression, an independent audit, and the table as it may be shown. */

export const DEFAULT_THRESHOLD = 3;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 10;
export { NOT_REPORTED_SYMBOL, SUPPRESSION_SYMBOL, TOO_MANY_SUPPRESSED_SHARE };

export function suppressionFootnote(k: number): string {
  return `${SUPPRESSION_SYMBOL} Skjermet: færre enn ${k}, eller skjult for at slike tall ikke skal kunne regnes ut.`;
}

export interface PublishInput {
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  /** Inner cells, `cells[row][column]`: non-negative whole numbers, or null for "not reported" (published as `..`). */
  readonly cells: readonly (readonly CellValue[])[];
  /** Group (sector) index of each row, or null for a row outside every group; needs `groupLabels`. */
  readonly parents?: readonly (number | null)[];
  readonly groupLabels?: readonly string[];
  /** False: no totals over the columns (counts at a period's end); `rowTotals` is then empty. Default true. */
  readonly columnTotals?: boolean;
}

/** A published number: the count, `null` where it is suppressed (`*`), or `..` where nothing was reported. */
export type PublishedValue = number | null | typeof NOT_REPORTED_SYMBOL;

export interface PublishOptions {
  /** Threshold: counts from 1 to k-1 are suppressed; 3 to 10. */
  readonly k: number;
}

export interface PublishedGroup {
  readonly label: string;
  readonly rowIndexes: readonly number[];
  /** The group's subtotal per column. */
  readonly cells: readonly PublishedValue[];
  readonly total: PublishedValue;
}

/**
 * A table ready to show: `null` is a suppressed number, shown as `SUPPRESSION_SYMBOL` with `suppressionFootnote(k)`;
 * `NOT_REPORTED_SYMBOL` is a number nobody reported (a total of the cells that were reported is a number).
 */
export interface PublishedTable {
  readonly k: number;
  readonly rowLabels: readonly string[];
  readonly colLabels: readonly string[];
  readonly cells: readonly (readonly PublishedValue[])[];
  /** Empty when the table has no totals over the columns. */
  readonly rowTotals: readonly PublishedValue[];
  readonly colTotals: readonly PublishedValue[];
  /** Null (not shown) when the table has no totals over the columns. */
  readonly grandTotal: PublishedValue;
  readonly columnTotals: boolean;
  /** How many inner cells are `..`. */
  readonly notReportedCells: number;
  readonly groups?: readonly PublishedGroup[];
  /** Share of the inner cells that are suppressed. */
  readonly suppressedShare: number;
  /** More than a quarter of the inner cells are hidden: publish a coarser table (year, sector) instead. */
  readonly tooManySuppressed: boolean;
}

export function checkThreshold(k: number): void {
  if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD) {
    throw new RangeError(`Threshold k must be a whole number from ${MIN_THRESHOLD} to ${MAX_THRESHOLD}, got ${k}`);
  }
}

/** Suppresses, audits (throwing `DisclosureError` when the audit fails) and returns the suppression pattern. */
export async function protectAndAudit(system: LinearSystem, k: number): Promise<ReadonlySet<number>> {
  const { pattern, solutions } = await protectWithProofs(system, { k });
  const audit = await auditSystem(system, k, pattern, solutions);
  if (!audit.ok) throw new DisclosureError(audit.failures);
  return pattern;
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
