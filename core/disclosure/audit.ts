import loadHighs, { type Highs, type Model } from 'highs';
import { buildTable, equationTerms, type LinearSystem, type TableInput, type Variable } from './table';

/**
 * Independent check of a suppression pattern (it shares nothing with the suppression but the table model).
 * A primary passes only when the audit holds two fillings of the hidden cells that agree with everything published,
 * one where the cell is at least k and one where it is 0. HiGHS proposes the fillings; each is checked here by
 * substitution before it counts. Fillings may also be handed in (the suppression's own proofs): they are checked the
 * same way, so they can only spare the audit linear programs, never pass a cell that is not protected.
 */

export interface AuditFailure {
  /** Index of the failing variable in the system. */
  readonly cell: number;
  readonly label: string;
  /** Norwegian, for the user. */
  readonly reason: string;
}

export type AuditResult = { readonly ok: true } | { readonly ok: false; readonly failures: readonly AuditFailure[] };

let runtime: Promise<Highs> | undefined;

function loadAuditSolver(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

const TOLERANCE = 1e-6;

/** An equation with the published numbers moved to the right-hand side: Σ coefficient·x = rhs over hidden cells. */
interface Constraint {
  readonly terms: ReadonlyMap<number, number>;
  readonly rhs: number;
  /** The terms as arrays, for checking many fillings. */
  readonly cells: Int32Array;
  readonly coefficients: Float64Array;
}

function hiddenConstraints(system: LinearSystem, hidden: ReadonlySet<number>): Constraint[] {
  const constraints: Constraint[] = [];
  for (const equation of system.equations) {
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const [j, coefficient] of equationTerms(equation)) {
      if (hidden.has(j)) terms.set(j, (terms.get(j) ?? 0) + coefficient);
      else rhs -= coefficient * (system.variables[j]?.value ?? 0);
    }
    if (terms.size > 0)
      constraints.push({
        terms,
        rhs,
        cells: Int32Array.from(terms.keys()),
        coefficients: Float64Array.from(terms.values()),
      });
  }
  return constraints;
}

/** Values of the hidden cells. */
type Solution = Pick<ReadonlyMap<number, number>, 'get' | 'values'>;

function satisfies(solution: Solution, constraints: readonly Constraint[]): boolean {
  for (const x of solution.values()) if (!(x >= -TOLERANCE)) return false;
  return constraints.every(({ cells, coefficients, rhs }) => {
    let sum = 0;
    for (let t = 0; t < cells.length; t++) sum += (coefficients[t] ?? 0) * (solution.get(cells[t] ?? -1) ?? Number.NaN);
    return Math.abs(sum - rhs) <= TOLERANCE * (1 + Math.abs(rhs));
  });
}

/** A filling handed in, read at the hidden cells. */
function hiddenPart(x: Float64Array, hidden: readonly number[]): Solution {
  return { get: (j) => x[j], values: () => hidden.map((j) => x[j] ?? Number.NaN).values() };
}

/**
 * The attacker's linear programs over the hidden cells as one HiGHS model: a column `x` per hidden cell, a column
 * `y` per primary (`y ≤ x`, `y ≤ k` when raised together), one row per constraint.
 */
class Attacker {
  private readonly model: Model;
  private readonly column: ReadonlyMap<number, number>;
  private readonly yColumn: ReadonlyMap<number, number>;

  constructor(
    private readonly highs: Highs,
    private readonly hidden: readonly number[],
    primaries: readonly number[],
    constraints: readonly Constraint[],
  ) {
    this.column = new Map(hidden.map((j, c) => [j, c]));
    this.yColumn = new Map(primaries.map((q, i) => [q, hidden.length + i]));
    const numCols = hidden.length + primaries.length;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    const rowLower: number[] = [];
    const rowUpper: number[] = [];
    for (const { terms, rhs } of constraints) {
      for (const [j, coefficient] of [...terms].sort((a, b) => a[0] - b[0])) {
        indices.push(this.column.get(j) ?? -1);
        values.push(coefficient);
      }
      starts.push(indices.length);
      rowLower.push(rhs);
      rowUpper.push(rhs);
    }
    for (const q of primaries) {
      indices.push(this.column.get(q) ?? -1, this.yColumn.get(q) ?? -1);
      values.push(-1, 1);
      starts.push(indices.length);
      rowLower.push(-highs.infinity);
      rowUpper.push(0);
    }
    const numRows = rowLower.length;
    this.model = highs.createModel({
      numCols,
      numRows,
      colCost: new Float64Array(numCols),
      colLower: new Float64Array(numCols),
      colUpper: [...hidden.map(() => highs.infinity), ...primaries.map(() => 0)],
      rowLower,
      rowUpper,
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
    });
    this.model.options.set({ output_flag: false });
  }

  /** A solution with Σ min(x_q, k) over `targets` as large as possible. */
  raiseTogether(targets: readonly number[], k: number): Solution | undefined {
    const ys = targets.map((q) => this.yColumn.get(q) ?? -1);
    return this.query(
      () => ys.forEach((y) => (this.model.changeColBounds(y, 0, k), this.model.changeColCost(y, -1))),
      () => ys.forEach((y) => (this.model.changeColBounds(y, 0, 0), this.model.changeColCost(y, 0))),
    );
  }

  /** A solution with Σ x_q over `targets` as small as possible. */
  lowerTogether(targets: readonly number[]): Solution | undefined {
    const xs = targets.map((q) => this.column.get(q) ?? -1);
    return this.query(
      () => xs.forEach((x) => this.model.changeColCost(x, 1)),
      () => xs.forEach((x) => this.model.changeColCost(x, 0)),
    );
  }

  /** A solution with x_q as large as possible up to `cap`. */
  highest(q: number, cap: number): Solution | undefined {
    const x = this.column.get(q) ?? -1;
    return this.query(
      () => (this.model.changeColBounds(x, 0, cap), this.model.changeColCost(x, -1)),
      () => (this.model.changeColBounds(x, 0, this.highs.infinity), this.model.changeColCost(x, 0)),
    );
  }

  /** A solution with x_q as small as possible. */
  lowest(q: number): Solution | undefined {
    const x = this.column.get(q) ?? -1;
    return this.query(
      () => this.model.changeColCost(x, 1),
      () => this.model.changeColCost(x, 0),
    );
  }

  dispose(): void {
    this.model.dispose();
  }

  private query(set: () => void, reset: () => void): Solution | undefined {
    set();
    try {
      const { modelStatus } = this.model.run();
      if (modelStatus !== this.highs.constants.modelStatus.optimal) return undefined;
      const values = this.model.getSolution().colValue;
      return new Map(this.hidden.map((j, c) => [j, values[c] ?? Number.NaN]));
    } finally {
      reset();
    }
  }
}

function formatNumber(x: number): string {
  return (Math.round(x * 100) / 100).toString().replace('.', ',');
}

function reasonFor(label: string, k: number, lowest: number | undefined, highest: number | undefined): string {
  const cell = `Tallet i cellen (${label})`;
  if (lowest === undefined || highest === undefined) return `${cell} kunne ikke kontrolleres.`;
  if (highest - lowest <= TOLERANCE) return `${cell} kan regnes ut fra de publiserte tallene.`;
  const range =
    highest < k - TOLERANCE
      ? `mellom ${formatNumber(lowest)} og ${formatNumber(highest)}`
      : `minst ${formatNumber(lowest)}`;
  return `${cell} kan anslås for nøyaktig ut fra de publiserte tallene: det må være ${range}.`;
}

/** A count from 1 to k-1 that is not already published: it must be hidden and stay protected. */
function mustBeProtected({ value, absent, frozen }: Variable, k: number): boolean {
  return value >= 1 && value < k && !absent && frozen !== 'published';
}

/**
 * Checks that every primary (1 to k-1) is suppressed and can be anything from 0 to at least k given the published
 * numbers. `fillings` are proposed values of every number of the system (published ones are ignored).
 */
export async function auditSystem(
  system: LinearSystem,
  k: number,
  suppressed: Iterable<number>,
  fillings: Iterable<Float64Array> = [],
): Promise<AuditResult> {
  const n = system.variables.length;
  const hidden = new Set(suppressed);
  for (const j of hidden)
    if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`No variable ${j} in the table`);
  system.variables.forEach((v, j) => {
    if (v.frozen === 'hidden') hidden.add(j);
    if (hidden.has(j) && (v.absent || v.frozen === 'published'))
      throw new RangeError(`Variable ${j} is published already and cannot be hidden`);
  });
  const failures: AuditFailure[] = [];
  const label = (j: number): string => system.variables[j]?.label ?? `${j}`;
  const primaries: number[] = [];
  system.variables.forEach((variable, j) => {
    if (!mustBeProtected(variable, k)) return;
    if (hidden.has(j)) primaries.push(j);
    else
      failures.push({
        cell: j,
        label: label(j),
        reason: `Tallet i cellen (${label(j)}) er under ${k} og må skjermes.`,
      });
  });

  if (primaries.length > 0) {
    const constraints = hiddenConstraints(system, hidden);
    const reachesK = new Set<number>();
    const reachesZero = new Set<number>();
    const learn = (solution: Solution | undefined): void => {
      if (!solution || !satisfies(solution, constraints)) return;
      for (const q of primaries) {
        const x = solution.get(q) ?? Number.NaN;
        if (x >= k - TOLERANCE) reachesK.add(q);
        if (Math.abs(x) <= TOLERANCE) reachesZero.add(q);
      }
    };
    const pending = (proven: ReadonlySet<number>): number[] => primaries.filter((q) => !proven.has(q));
    const sorted = [...hidden].sort((a, b) => a - b);
    for (const x of fillings) learn(hiddenPart(x, sorted));
    if (pending(reachesK).length + pending(reachesZero).length === 0) return done(failures);
    const attacker = new Attacker(await loadAuditSolver(), sorted, primaries, constraints);

    for (let before = -1; reachesK.size > before && pending(reachesK).length > 0;) {
      before = reachesK.size;
      learn(attacker.raiseTogether(pending(reachesK), k));
    }
    for (let before = -1; reachesZero.size > before && pending(reachesZero).length > 0;) {
      before = reachesZero.size;
      learn(attacker.lowerTogether(pending(reachesZero)));
    }
    for (const q of primaries) {
      if (!reachesK.has(q)) learn(attacker.highest(q, k));
      if (!reachesZero.has(q)) learn(attacker.lowest(q));
      if (reachesK.has(q) && reachesZero.has(q)) continue;
      const lowest = attacker.lowest(q)?.get(q);
      const highest = attacker.highest(q, k)?.get(q);
      failures.push({ cell: q, label: label(q), reason: reasonFor(label(q), k, lowest, highest) });
    }
    attacker.dispose();
  }
  return done(failures);
}

function done(failures: AuditFailure[]): AuditResult {
  failures.sort((a, b) => a.cell - b.cell);
  return failures.length === 0 ? { ok: true } : { ok: false, failures };
}

/** Audits a suppression pattern given as indexes of the variables of `buildTable(table)`. */
export async function auditTable(table: TableInput, k: number, suppressed: Iterable<number>): Promise<AuditResult> {
  return auditSystem(buildTable(table), k, suppressed);
}
