import { buildTable, equationVariables, isOpen, type LinearSystem, type TableInput, type Variable } from './table';
import { Proofs, type Direction } from './suppressProofs';
import { AttackModel, ProtectionModel, loadSuppressionSolver } from './suppressSolver';

/** Secondary suppression following DISCLOSURE.md: primaries, complete lines, LP attack and protection, clean-up. */

export interface ProtectOptions {
  /** Threshold: published numbers from 1 to k-1 are suppressed. */
  readonly k: number;
  /** Try to publish again secondary cells that turn out not to be needed (default true). */
  readonly cleanUp?: boolean;
}

const TOTAL_PRICE_FACTOR = 100;
const TOLERANCE = 1e-6;

/** What hiding a published number costs: 1 + value for inner cells, a hundred times more per level of totals. */
function price(variable: Variable): number {
  return (1 + variable.value) * TOTAL_PRICE_FACTOR ** variable.level;
}

function cheapest(candidates: readonly number[], prices: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const j of candidates) {
    const difference = best === undefined ? -1 : (prices[j] ?? 0) - (prices[best] ?? 0);
    if (best === undefined || difference < 0 || (difference === 0 && j < best)) best = j;
  }
  return best;
}

/** While an equation has exactly one suppressed number, also suppress its cheapest non-zero number. Returns the additions. */
function completeLines(system: LinearSystem, suppressed: boolean[], prices: readonly number[]): number[] {
  const added: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const equation of system.equations) {
      const all = equationVariables(equation);
      if (all.filter((j) => suppressed[j]).length !== 1) continue;
      const open = all.filter((j) => !suppressed[j] && isOpen(system.variables[j]));
      const partner =
        cheapest(
          open.filter((j) => (system.variables[j]?.value ?? 0) > 0),
          prices,
        ) ?? cheapest(open, prices);
      if (partner === undefined) continue;
      suppressed[partner] = true;
      added.push(partner);
      changed = true;
    }
  }
  return added;
}

function isPrimary(value: number, k: number): boolean {
  return value >= 1 && value < k;
}

/** A count from 1 to k-1 that is or stays hidden: every open one, and frozen hidden ones (they must stay protected). */
function needsProtection(variable: Variable, k: number): boolean {
  return isPrimary(variable.value, k) && !variable.absent && variable.frozen !== 'published';
}

const DIRECTIONS: readonly Direction[] = ['up', 'down'];

/** Lost proofs of primaries on the lines of a released cell first: they are the likeliest to fail. */
function nearestFirst(lost: Array<[Direction, number]>, near: ReadonlySet<number>): Array<[Direction, number]> {
  const rank = ([, q]: [Direction, number]): number => (near.has(q) ? 0 : 1);
  return lost.sort((a, b) => rank(a) - rank(b) || a[1] - b[1]);
}

class Protector {
  private readonly values: readonly number[];
  private readonly prices: readonly number[];
  private readonly primaries: readonly number[];
  private readonly suppressed: boolean[];
  private readonly proofs: Proofs;

  constructor(
    private readonly system: LinearSystem,
    private readonly k: number,
  ) {
    this.values = system.variables.map((v) => v.value);
    this.prices = system.variables.map(price);
    this.suppressed = system.variables.map((v) => needsProtection(v, k) || v.frozen === 'hidden');
    this.primaries = system.variables.flatMap((v, j) => (needsProtection(v, k) ? [j] : []));
    this.proofs = new Proofs(this.values, this.primaries, k);
    completeLines(system, this.suppressed, this.prices);
  }

  async run(cleanUp: boolean): Promise<ReadonlySet<number>> {
    if (this.primaries.length > 0) {
      const highs = await loadSuppressionSolver();
      const attack = new AttackModel(highs, this.system, this.suppressed);
      const protection = new ProtectionModel(highs, this.system, this.prices, this.suppressed);
      try {
        this.protectAll(attack, protection);
        if (cleanUp) this.cleanUp(attack);
      } finally {
        attack.dispose();
        protection.dispose();
      }
    }
    return new Set(this.values.flatMap((_, j) => (this.suppressed[j] ? [j] : [])));
  }

  private attackProves(attack: AttackModel, direction: Direction, p: number): boolean {
    this.proofs.record(direction === 'up' ? attack.maximize(p, this.k) : attack.minimize(p));
    return this.proofs.has(direction, p);
  }

  private protectAll(attack: AttackModel, protection: ProtectionModel): void {
    const suppress = (j: number): void => {
      this.suppressed[j] = true;
      attack.setSuppressed(j, true);
      protection.setSuppressed(j, true);
    };
    for (const p of this.primaries) {
      for (const direction of DIRECTIONS) {
        if (this.proofs.has(direction, p) || this.attackProves(attack, direction, p)) continue;
        const value = this.values[p] ?? 0;
        const shift = protection.cheapestShift(p, direction === 'up' ? this.k - value : -value);
        if (!shift) continue;
        const moved = (j: number): boolean => Math.abs(shift[j] ?? 0) > TOLERANCE;
        for (const j of this.values.keys())
          if (!this.suppressed[j] && moved(j) && isOpen(this.system.variables[j])) suppress(j);
        this.proofs.record(Float64Array.from(this.values, (v, j) => (moved(j) ? v + (shift[j] ?? 0) : v)));
      }
    }
    completeLines(this.system, this.suppressed, this.prices).forEach(suppress);
  }

  /** Publishes secondaries again, dearest first, where every primary keeps its proofs and no line is left with one hidden number. */
  private cleanUp(attack: AttackModel): void {
    const secondaries = this.values
      .flatMap((value, j) =>
        this.suppressed[j] && !isPrimary(value, this.k) && isOpen(this.system.variables[j]) ? [j] : [],
      )
      .sort((a, b) => (this.prices[b] ?? 0) - (this.prices[a] ?? 0) || a - b);
    const linesOf: (readonly number[])[][] = this.values.map(() => []);
    for (const equation of this.system.equations) {
      const line = equationVariables(equation);
      for (const j of line) linesOf[j]?.push(line);
    }
    for (const s of secondaries) {
      const lines = linesOf[s] ?? [];
      if (!lines.every((line) => line.filter((j) => j !== s && this.suppressed[j]).length !== 1)) continue;
      this.suppressed[s] = false;
      attack.setSuppressed(s, false);
      const lost = nearestFirst(this.proofs.published(s), new Set(lines.flat()));
      const proven = lost.every(
        ([direction, q]) => this.proofs.has(direction, q) || this.attackProves(attack, direction, q),
      );
      if (!proven) {
        this.suppressed[s] = true;
        attack.setSuppressed(s, true);
        this.proofs.suppressedAgain(s, lost);
      }
    }
  }
}

/** Suppression pattern (indexes of the system's variables to hide) that protects every primary; same input, same pattern. */
export async function protectSystem(system: LinearSystem, options: ProtectOptions): Promise<ReadonlySet<number>> {
  if (!Number.isInteger(options.k) || options.k < 1)
    throw new RangeError(`Threshold k must be a positive whole number, got ${options.k}`);
  return new Protector(system, options.k).run(options.cleanUp ?? true);
}

/** Suppression pattern for one table, as indexes of the variables of `buildTable(table)`. */
export async function protectTable(table: TableInput, options: ProtectOptions): Promise<ReadonlySet<number>> {
  return protectSystem(buildTable(table), options);
}
