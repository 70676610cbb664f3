import loadHighs, { type Highs, type Model } from 'highs';
import { equationTerms, isOpen, type LinearSystem } from './table';

/** The linear programs of the suppression, kept as persistent HiGHS models so each solve starts from the last basis. */

let runtime: Promise<Highs> | undefined;

/** The suppression's own HiGHS runtime (the audit loads its own), loaded once per process. */
export function loadSuppressionSolver(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

interface SparseRows {
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** One row per equation, `members - minus - total = 0`, over one block of columns per sign (`d⁺ - d⁻` is `[1, -1]`). */
function equationRows(system: LinearSystem, signs: readonly number[]): SparseRows {
  const n = system.variables.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const equation of system.equations) {
    const terms = equationTerms(equation);
    signs.forEach((sign, copy) => {
      for (const [j, coefficient] of terms) {
        indices.push(copy * n + j);
        values.push(sign * coefficient);
      }
    });
    starts.push(indices.length);
  }
  return { starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

function createModel(
  highs: Highs,
  system: LinearSystem,
  signs: readonly number[],
  lower: number[],
  upper: number[],
  cost: number[],
): Model {
  const m = system.equations.length;
  const numCols = lower.length;
  const model = highs.createModel({
    numCols,
    numRows: m,
    colCost: cost,
    colLower: lower,
    colUpper: upper,
    rowLower: new Float64Array(m),
    rowUpper: new Float64Array(m),
    matrix: { format: 'csr', numRows: m, numCols, ...equationRows(system, signs) },
  });
  // No presolve: each program is solved many times from its last basis, and presolving its first solve cost more
  // than it saved (on the bench's 100 units, a first solve took three times as long with it).
  model.options.set({ output_flag: false, presolve: 'off' });
  return model;
}

/** Column indexes for one call that changes many columns: ascending, each once. */
function columns(indexes: readonly number[]): Int32Array {
  return Int32Array.from(new Set(indexes)).sort();
}

function runOptimal(highs: Highs, model: Model): Float64Array {
  const { modelStatus } = model.run();
  if (modelStatus !== highs.constants.modelStatus.optimal) {
    throw new Error(`Disclosure control: linear program ended with HiGHS status ${modelStatus}`);
  }
  return model.getSolution().colValue;
}

/** What a solution aims at: primaries raised together (up to `cap` each), or cells lowered together. */
export type Goal = { readonly raise: readonly number[]; readonly cap: number } | { readonly lower: readonly number[] };

/**
 * The attacker's view: suppressed cells free (≥ 0), published cells fixed, all equations holding. Besides a column
 * per cell it has a column `y` per primary (`y ≤ x`, at 0 unless raised together), to prove many primaries at once.
 */
export class AttackModel {
  private readonly model: Model;
  private readonly yColumn: ReadonlyMap<number, number>;

  constructor(
    private readonly highs: Highs,
    private readonly system: LinearSystem,
    suppressed: readonly boolean[],
    primaries: readonly number[] = [],
  ) {
    const values = system.variables.map((v) => v.value);
    const n = values.length;
    this.model = createModel(
      highs,
      system,
      [1],
      values.map((value, j) => (suppressed[j] ? 0 : value)),
      values.map((value, j) => (suppressed[j] ? highs.infinity : value)),
      values.map(() => 0),
    );
    this.yColumn = new Map(primaries.map((p, i) => [p, n + i]));
    if (primaries.length === 0) return;
    this.model.addVars(new Float64Array(primaries.length), new Float64Array(primaries.length));
    this.model.addRows({
      lower: Float64Array.from(primaries, () => -highs.infinity),
      upper: new Float64Array(primaries.length),
      matrix: {
        format: 'csr',
        numRows: primaries.length,
        numCols: n + primaries.length,
        starts: Int32Array.from({ length: primaries.length + 1 }, (_, i) => 2 * i),
        indices: Int32Array.from(primaries.flatMap((p, i) => [p, n + i])),
        values: Float64Array.from(primaries.flatMap(() => [-1, 1])),
      },
    });
  }

  setSuppressed(j: number, suppressed: boolean): void {
    const value = this.system.variables[j]?.value ?? 0;
    this.model.changeColBounds(j, suppressed ? 0 : value, suppressed ? this.highs.infinity : value);
  }

  /** A published-table-consistent solution with the (suppressed) cell `p` as large as possible, up to `cap`. */
  maximize(p: number, cap: number): Float64Array {
    this.model.changeColBounds(p, 0, cap);
    this.model.changeColCost(p, -1);
    try {
      return this.solution();
    } finally {
      this.model.changeColCost(p, 0);
      this.model.changeColBounds(p, 0, this.highs.infinity);
    }
  }

  /** A published-table-consistent solution with the (suppressed) cell `p` as small as possible. */
  minimize(p: number): Float64Array {
    this.model.changeColCost(p, 1);
    try {
      return this.solution();
    } finally {
      this.model.changeColCost(p, 0);
    }
  }

  /** Whether `p` was named when the model was built, so that it can be raised together with others. */
  raises(p: number): boolean {
    return this.yColumn.has(p);
  }

  /** A solution with Σ min(x_p, cap) over the (suppressed) primaries `targets` as large as possible. */
  raiseTogether(targets: readonly number[], cap: number): Float64Array {
    const undo = this.aim({ raise: targets, cap });
    try {
      return this.solution();
    } finally {
      undo();
    }
  }

  /** A solution with Σ x_p over the (suppressed) cells `targets` as small as possible. */
  lowerTogether(targets: readonly number[]): Float64Array {
    const undo = this.aim({ lower: targets });
    try {
      return this.solution();
    } finally {
      undo();
    }
  }

  /**
   * A solution with the given (published) cells at other values, aiming at `goal` if given, or undefined when
   * there is none.
   */
  solveWith(values: ReadonlyArray<readonly [number, number]>, goal?: Goal): Float64Array | undefined {
    for (const [j, value] of values) this.model.changeColBounds(j, value, value);
    const undo = goal ? this.aim(goal) : undefined;
    try {
      const { modelStatus } = this.model.run();
      if (modelStatus === this.highs.constants.modelStatus.infeasible) return undefined;
      if (modelStatus !== this.highs.constants.modelStatus.optimal)
        throw new Error(`Disclosure control: linear program ended with HiGHS status ${modelStatus}`);
      return this.model.getSolution().colValue.subarray(0, this.system.variables.length);
    } finally {
      undo?.();
      for (const [j] of values) {
        const value = this.system.variables[j]?.value ?? 0;
        this.model.changeColBounds(j, value, value);
      }
    }
  }

  /** Sets the objective for `goal`; returns what sets it back. */
  private aim(goal: Goal): () => void {
    if ('lower' in goal) {
      const set = { kind: 'set', indices: columns(goal.lower) } as const;
      this.model.changeColsCost(set, new Float64Array(set.indices.length).fill(1));
      return () => this.model.changeColsCost(set, new Float64Array(set.indices.length));
    }
    const ys = columns(goal.raise.map((p) => this.yColumn.get(p) ?? -1));
    if (ys.includes(-1)) throw new RangeError('Only primaries named when the model was built can be raised together');
    const set = { kind: 'set', indices: ys } as const;
    const none = new Float64Array(ys.length);
    this.model.changeColsBounds(set, none, new Float64Array(ys.length).fill(goal.cap));
    this.model.changeColsCost(set, new Float64Array(ys.length).fill(-1));
    return () => {
      this.model.changeColsCost(set, none);
      this.model.changeColsBounds(set, none, none);
    };
  }

  dispose(): void {
    this.model.dispose();
  }

  private solution(): Float64Array {
    return runOptimal(this.highs, this.model).subarray(0, this.system.variables.length);
  }
}

/**
 * The cheapest change `d` of the table (columns `d⁺` then `d⁻`) that keeps every equation and every cell ≥ 0 and
 * moves given cells by required amounts; changing a published cell costs its price, changing a suppressed one nothing.
 */
export class ProtectionModel {
  private readonly model: Model;
  private readonly n: number;
  /** Numbers whose publication is decided (absent, frozen published): they move only when a change moves them. */
  private readonly fixed: readonly boolean[];

  constructor(
    private readonly highs: Highs,
    private readonly system: LinearSystem,
    private readonly prices: readonly number[],
    suppressed: readonly boolean[],
  ) {
    const values = system.variables.map((v) => v.value);
    const n = values.length;
    this.n = n;
    const cost = values.map((_, j) => (suppressed[j] ? 0 : (prices[j] ?? 0)));
    const fixed = system.variables.map((v, j) => !suppressed[j] && !isOpen(v));
    this.fixed = fixed;
    this.model = createModel(
      highs,
      system,
      [1, -1],
      [...values.map(() => 0), ...values.map(() => 0)],
      [...values.map((_, j) => (fixed[j] ? 0 : highs.infinity)), ...values.map((value, j) => (fixed[j] ? 0 : value))],
      [...cost, ...cost],
    );
  }

  setSuppressed(j: number, suppressed: boolean): void {
    const cost = suppressed ? 0 : (this.prices[j] ?? 0);
    this.model.changeColCost(j, cost);
    this.model.changeColCost(this.n + j, cost);
  }

  /**
   * The cheapest change that moves cell `p` by `shift` (positive: up, negative: down), as `d = d⁺ - d⁻`; undefined
   * when numbers already decided (frozen) leave no way to move it.
   */
  cheapestShift(p: number, shift: number): Float64Array | undefined {
    return this.cheapestChange([[p, shift]]);
  }

  /**
   * The cheapest change that moves each cell of `moves` by its amount, frozen ones too (a block's margins to where
   * the top part's solution put them, core/disclosure/blockTask.ts); undefined when there is none.
   */
  cheapestChange(moves: ReadonlyArray<readonly [number, number]>): Float64Array | undefined {
    for (const [j, shift] of moves) {
      this.model.changeColBounds(j, Math.max(shift, 0), Math.max(shift, 0));
      this.model.changeColBounds(this.n + j, Math.max(-shift, 0), Math.max(-shift, 0));
    }
    try {
      const { modelStatus } = this.model.run();
      if (modelStatus === this.highs.constants.modelStatus.infeasible) return undefined;
      if (modelStatus !== this.highs.constants.modelStatus.optimal)
        throw new Error(`Disclosure control: linear program ended with HiGHS status ${modelStatus}`);
      const solution = this.model.getSolution().colValue;
      const change = new Float64Array(this.n);
      for (let j = 0; j < this.n; j++) change[j] = (solution[j] ?? 0) - (solution[this.n + j] ?? 0);
      return change;
    } finally {
      for (const [j] of moves) {
        const free = !this.fixed[j];
        this.model.changeColBounds(j, 0, free ? this.highs.infinity : 0);
        this.model.changeColBounds(this.n + j, 0, free ? (this.system.variables[j]?.value ?? 0) : 0);
      }
    }
  }

  dispose(): void {
    this.model.dispose();
  }
}
