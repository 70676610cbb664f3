/**
 * The table model shared by suppression and audit: every published number of a table (inner cells, row and
 * column totals, group subtotals, grand total) as a variable, and the sums that link them as equations.
 */

/** A position along one axis: a leaf (unit or period), a group of leaves (sector), or the axis total. */
export type AxisRef =
  | { readonly kind: 'leaf'; readonly index: number }
  | { readonly kind: 'group'; readonly index: number }
  | { readonly kind: 'total' };

/** An inner cell: a non-negative whole number, or null when nothing was reported (published as `..`). */
export type CellValue = number | null;

export interface TableInput {
  /** Inner cells, `cells[row][column]`: non-negative whole numbers, or null for "not reported". */
  readonly cells: readonly (readonly CellValue[])[];
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
  /** Group (sector) index of each row, or null for a row outside every group. */
  readonly parents?: readonly (number | null)[];
  readonly groupLabels?: readonly string[];
  /** False: no total over the columns (counts at a period's end are not summed over periods). Default true. */
  readonly columnTotals?: boolean;
}

/**
 * Where a number's publication is already decided, e.g. last year's published year-end counts that this year's
 * numbers are tied to: `published` is known to everyone, `hidden` stays hidden. The suppression never changes it.
 */
export type Frozen = 'published' | 'hidden';

export interface Variable {
  readonly value: number;
  /** How many axes this published number sums over: 0 for an inner cell, 2 for the grand total. */
  readonly level: number;
  /** Position for people, e.g. "Enhet A, K2". */
  readonly label: string;
  /** Nothing reported for any cell it covers: published as `..`, in no equation, never suppressed. */
  readonly absent?: boolean;
  readonly frozen?: Frozen;
}

/** The published number `total` equals the sum of `members` minus the sum of `minus`. */
export interface Equation {
  readonly members: readonly number[];
  readonly total: number;
  readonly minus?: readonly number[];
}

/** Every number an equation links: its members, what it subtracts, and its total. */
export function equationVariables(equation: Equation): number[] {
  return [...equation.members, ...(equation.minus ?? []), equation.total];
}

/** Coefficient of each number in `Σ members − Σ minus − total = 0`. */
export function equationTerms(equation: Equation): Array<[number, number]> {
  return [
    ...equation.members.map((j): [number, number] => [j, 1]),
    ...(equation.minus ?? []).map((j): [number, number] => [j, -1]),
    [equation.total, -1],
  ];
}

export interface LinearSystem {
  readonly variables: readonly Variable[];
  readonly equations: readonly Equation[];
}

/** Whether the suppression may choose to hide the number (not absent, not frozen). */
export function isOpen(variable: Variable | undefined): boolean {
  return variable !== undefined && !variable.absent && variable.frozen === undefined;
}

export interface TableVariable extends Variable {
  readonly row: AxisRef;
  readonly col: AxisRef;
  readonly rowLabel: string;
  readonly colLabel: string;
}

export interface TableModel extends LinearSystem {
  readonly variables: readonly TableVariable[];
  readonly rowCount: number;
  readonly colCount: number;
  readonly groupCount: number;
  readonly columnTotals: boolean;
}

export const TOTAL_LABEL = 'I alt';

interface Axis {
  readonly refs: readonly AxisRef[];
  readonly labels: readonly string[];
  /** Leaves summed by each item. */
  readonly leaves: readonly (readonly number[])[];
  /** Equations between item indexes of this axis. */
  readonly equations: readonly Equation[];
}

function buildAxis(
  labels: readonly string[],
  parents: readonly (number | null)[],
  groupLabels: readonly string[],
  withTotal = true,
): Axis {
  const leafCount = labels.length;
  const groupCount = groupLabels.length;
  const groupMembers: number[][] = groupLabels.map(() => []);
  const topMembers: number[] = groupLabels.map((_, g) => leafCount + g);
  parents.forEach((parent, leaf) => {
    if (parent === null) topMembers.push(leaf);
    else groupMembers[parent]?.push(leaf);
  });
  topMembers.sort((a, b) => a - b);
  const total = leafCount + groupCount;
  return {
    refs: [
      ...labels.map((_, index) => ({ kind: 'leaf' as const, index })),
      ...groupLabels.map((_, index) => ({ kind: 'group' as const, index })),
      ...(withTotal ? [{ kind: 'total' as const }] : []),
    ],
    labels: [...labels, ...groupLabels, ...(withTotal ? [TOTAL_LABEL] : [])],
    leaves: [
      ...labels.map((_, leaf) => [leaf]),
      ...groupMembers,
      ...(withTotal ? [labels.map((_, leaf) => leaf)] : []),
    ],
    equations: [
      ...groupMembers.map((members, g) => ({ members, total: leafCount + g })),
      ...(withTotal ? [{ members: topMembers, total }] : []),
    ],
  };
}

function validate(input: TableInput): void {
  const cols = input.cells[0]?.length ?? 0;
  if (input.cells.length === 0 || cols === 0) throw new RangeError('A table needs at least one row and one column');
  for (const row of input.cells) {
    if (row.length !== cols) throw new RangeError('All rows of a table must have the same number of cells');
    for (const value of row) {
      if (value !== null && (!Number.isSafeInteger(value) || value < 0))
        throw new RangeError(`Cell value ${value} is not a non-negative whole number`);
    }
  }
  if (input.rowLabels && input.rowLabels.length !== input.cells.length) throw new RangeError('One row label per row');
  if (input.colLabels && input.colLabels.length !== cols) throw new RangeError('One column label per column');
  if (input.parents) {
    if (input.parents.length !== input.cells.length) throw new RangeError('One parent per row');
    const groups = input.groupLabels?.length ?? 0;
    for (const parent of input.parents) {
      if (parent !== null && !(Number.isInteger(parent) && parent >= 0 && parent < groups)) {
        throw new RangeError(`Parent ${parent} is not the index of a group label`);
      }
    }
  }
}

export function buildTable(input: TableInput): TableModel {
  validate(input);
  const rowCount = input.cells.length;
  const colCount = input.cells[0]?.length ?? 0;
  const columnTotals = input.columnTotals ?? true;
  const groupLabels = input.parents ? (input.groupLabels ?? []) : [];
  const rows = buildAxis(
    input.rowLabels ?? input.cells.map((_, r) => `Rad ${r + 1}`),
    input.parents ?? input.cells.map(() => null),
    groupLabels,
  );
  const cols = buildAxis(
    input.colLabels ?? Array.from({ length: colCount }, (_, c) => `Kolonne ${c + 1}`),
    Array.from({ length: colCount }, () => null),
    [],
    columnTotals,
  );
  const width = cols.refs.length;
  const index = (i: number, j: number): number => i * width + j;

  const variables: TableVariable[] = [];
  rows.refs.forEach((row, i) => {
    cols.refs.forEach((col, j) => {
      let value = 0;
      let reported = false;
      for (const r of rows.leaves[i] ?? []) {
        for (const c of cols.leaves[j] ?? []) {
          const cell = input.cells[r]?.[c] ?? null;
          if (cell === null) continue;
          value += cell;
          reported = true;
        }
      }
      const rowLabel = rows.labels[i] ?? '';
      const colLabel = cols.labels[j] ?? '';
      variables.push({
        value,
        level: (row.kind === 'leaf' ? 0 : 1) + (col.kind === 'leaf' ? 0 : 1),
        label: `${rowLabel}, ${colLabel}`,
        ...(reported ? {} : { absent: true }),
        row,
        col,
        rowLabel,
        colLabel,
      });
    });
  });

  const equations: Equation[] = [];
  const add = (members: number[], total: number): void => {
    if (variables[total]?.absent) return;
    equations.push({ members: members.filter((m) => !variables[m]?.absent), total });
  };
  cols.refs.forEach((_, j) => {
    for (const eq of rows.equations)
      add(
        eq.members.map((i) => index(i, j)),
        index(eq.total, j),
      );
  });
  rows.refs.forEach((_, i) => {
    for (const eq of cols.equations)
      add(
        eq.members.map((j) => index(i, j)),
        index(i, eq.total),
      );
  });

  return { variables, equations, rowCount, colCount, groupCount: groupLabels.length, columnTotals };
}

function axisPosition(ref: AxisRef, leafCount: number, groupCount: number): number {
  if (ref.kind === 'leaf') return ref.index;
  if (ref.kind === 'group') return leafCount + ref.index;
  return leafCount + groupCount;
}

/** Index of the variable at a row and column position of the table; -1 for a column total the table does not have. */
export function variableAt(model: TableModel, row: AxisRef, col: AxisRef): number {
  if (col.kind === 'total' && !model.columnTotals) return -1;
  const width = model.colCount + (model.columnTotals ? 1 : 0);
  return axisPosition(row, model.rowCount, model.groupCount) * width + axisPosition(col, model.colCount, 0);
}

/** Index of the inner cell `cells[row][col]`. */
export function innerIndex(model: TableModel, row: number, col: number): number {
  return variableAt(model, { kind: 'leaf', index: row }, { kind: 'leaf', index: col });
}
