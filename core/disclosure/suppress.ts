import {
  buildTable,
  equationTerms,
  equationVariables,
  isOpen,
  type LinearSystem,
  type TableInput,
  type Variable,
} from './table';
import { type Bounds, BoundsPropagator } from './bounds';
import { Proofs, type Direction } from './suppressProofs';
import type { Highs } from 'highs';
import { AttackModel, ProtectionModel, loadSuppressionSolver } from './suppressSolver';

/**
 * Secondary suppression following DISCLOSURE.md: primaries, complete lines, LP attack and protection, clean-up.
 *
 * What it takes (issue #11, 100 units × 12 quarters with relations): the linear programs are nearly all of the
 * time, so none is run whose answer is known. A primary's cheapest shift is not solved when the equations' bounds
 * (`BoundsPropagator`) show it cannot reach k or 0 at all, nor when a recorded solution already proves it; raising
 * (lowering) the unproven primaries together continues while a program proves two or more at a time. In the
 * clean-up, a secondary stays hidden without a program when the bounds rule out a lost proof, or when publishing it
 * loses `CLEAN_UP_LOST_LIMIT` proofs or more; otherwise the likeliest to fail is solved first, then the rest
 * together. None of this changes what a pattern must satisfy: every primary keeps a solution reaching 0 and one
 * reaching k, and the independent audit checks them.
 */

export interface ProtectOptions {
  /** Threshold: published numbers from 1 to k-1 are suppressed. */
  readonly k: number;
  /** Try to publish again secondary cells that turn out not to be needed (default true). */
  readonly cleanUp?: boolean;
  /** Cells to hide from the start, e.g. a pattern found part by part (core/disclosure/split.ts). */
  readonly seed?: Iterable<number>;
  /**
   * Solutions known to agree with the system and with `seed` (found part by part); each is checked before it is
   * used as a proof, and one that does not hold is ignored.
   */
  readonly solutions?: Iterable<Float64Array>;
}

/** A pattern and, for every primary, the solutions that prove it reaches 0 and k (for the whole they are part of). */
export interface Protection {
  readonly pattern: ReadonlySet<number>;
  readonly solutions: readonly Float64Array[];
}

const TOTAL_PRICE_FACTOR = 100;
const TOLERANCE = 1e-6;

/** What hiding a published number costs: 1 + value for inner cells, a hundred times more per level of totals. */
export function price(variable: Variable): number {
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
export function needsProtection(variable: Variable, k: number): boolean {
  return isPrimary(variable.value, k) && !variable.absent && variable.frozen !== 'published';
}

/**
 * Lowering first: on the bench's 100 units × 12 quarters it took 5 % fewer simplex iterations and 2.5 % fewer
 * programs than raising first, and hid 5 numbers fewer (1,408 against 1,413).
 */
const DIRECTIONS: readonly Direction[] = ['down', 'up'];

/**
 * A secondary whose publication loses this many proofs stays hidden without trying: on the bench's 100 units it was
 * published again 1 time in 3, for about 11 programs each (a tenth of all), and hiding it keeps the count within 0.1 %.
 */
const CLEAN_UP_LOST_LIMIT = 40;

/** Lost proofs of primaries on the lines of a released cell first: they are the likeliest to fail. */
function nearestFirst(lost: Array<[Direction, number]>, near: ReadonlySet<number>): Array<[Direction, number]> {
  const rank = ([, q]: [Direction, number]): number => (near.has(q) ? 0 : 1);
  return lost.sort((a, b) => rank(a) - rank(b) || a[1] - b[1]);
}

/**
 * The attack and protection programs, each built when first needed from the pattern at that time and kept in step
 * with what is hidden after; the attack can raise together the primaries `raised` (those unproven at the start).
 */
class Models {
  private attackModel: AttackModel | undefined;
  private protectionModel: ProtectionModel | undefined;

  constructor(
    private readonly highs: Highs,
    private readonly system: LinearSystem,
    private readonly prices: readonly number[],
    private readonly suppressed: boolean[],
    private readonly raised: readonly number[],
  ) {}

  get attack(): AttackModel {
    return (this.attackModel ??= new AttackModel(this.highs, this.system, this.suppressed, this.raised));
  }

  get protection(): ProtectionModel {
    return (this.protectionModel ??= new ProtectionModel(this.highs, this.system, this.prices, this.suppressed));
  }

  suppress(j: number): void {
    this.suppressed[j] = true;
    this.attackModel?.setSuppressed(j, true);
    this.protectionModel?.setSuppressed(j, true);
  }

  /** Disposes the programs; returns the attack instead when it is to be kept (its caller disposes it). */
  dispose(keepAttack: boolean): AttackModel | undefined {
    this.protectionModel?.dispose();
    if (keepAttack) return this.attackModel;
    this.attackModel?.dispose();
    return undefined;
  }
}

class Protector {
  private readonly values: readonly number[];
  private readonly prices: readonly number[];
  private readonly primaries: readonly number[];
  private readonly suppressed: boolean[];
  private readonly proofs: Proofs;
  /** Indexes of the equations each number is in. */
  private readonly equationsOf: number[][];
  private readonly propagator: BoundsPropagator;

  constructor(
    private readonly system: LinearSystem,
    private readonly k: number,
    { seed = [], solutions = [] }: Pick<ProtectOptions, 'seed' | 'solutions'>,
  ) {
    this.values = system.variables.map((v) => v.value);
    this.prices = system.variables.map(price);
    this.suppressed = system.variables.map((v) => needsProtection(v, k) || v.frozen === 'hidden');
    for (const j of seed) {
      if (!isOpen(system.variables[j])) throw new RangeError(`Variable ${j} is published already and cannot be hidden`);
      this.suppressed[j] = true;
    }
    this.primaries = system.variables.flatMap((v, j) => (needsProtection(v, k) ? [j] : []));
    this.proofs = new Proofs(this.values, this.primaries, k);
    this.equationsOf = this.values.map(() => []);
    this.propagator = new BoundsPropagator(this.values, system.equations.map(equationTerms));
    system.equations.forEach((equation, e) => {
      for (const j of equationVariables(equation)) this.equationsOf[j]?.push(e);
    });
    completeLines(system, this.suppressed, this.prices);
    for (const x of solutions) if (this.holds(x)) this.proofs.record(x);
  }

  async run(cleanUp: boolean, keepAttack = false): Promise<KeptProtection> {
    const unproven = this.primaries.filter((p) => !this.proofs.has('up', p) || !this.proofs.has('down', p));
    let attack: AttackModel | undefined;
    if (unproven.length > 0 || (cleanUp && this.primaries.length > 0)) {
      const models = new Models(await loadSuppressionSolver(), this.system, this.prices, this.suppressed, unproven);
      let done = false;
      try {
        this.protectAll(models);
        if (cleanUp) this.cleanUp(models);
        done = true;
      } finally {
        attack = models.dispose(keepAttack && done);
      }
    }
    return {
      pattern: new Set(this.values.flatMap((_, j) => (this.suppressed[j] ? [j] : []))),
      solutions: this.proofs.current(),
      attack,
    };
  }

  /**
   * Whether `x` is a solution the attacker could find: no number below 0, every number it moves hidden, and every
   * equation holding (the true numbers obey them, so only the equations of moved numbers are checked).
   */
  private holds(x: Float64Array): boolean {
    if (x.length !== this.values.length) return false;
    const touched = new Set<number>();
    for (let j = 0; j < x.length; j++) {
      const xj = x[j] ?? Number.NaN;
      if (!(xj >= -TOLERANCE)) return false;
      if (Math.abs(xj - (this.values[j] ?? 0)) <= TOLERANCE) continue;
      if (!this.suppressed[j]) return false;
      for (const e of this.equationsOf[j] ?? []) touched.add(e);
    }
    const at = (j: number): number => x[j] ?? 0;
    for (const e of touched) {
      const equation = this.system.equations[e];
      if (!equation) return false;
      let sum = -at(equation.total);
      for (const j of equation.members) sum += at(j);
      for (const j of equation.minus ?? []) sum -= at(j);
      if (!(Math.abs(sum) <= TOLERANCE * (1 + Math.abs(at(equation.total))))) return false;
    }
    return true;
  }

  /**
   * Whether the equations' bounds (`BoundsPropagator`) keep `p` from reaching k (up) or 0 (down): then no linear
   * program can take it there, and none is run.
   */
  private blocked(bounds: Bounds, direction: Direction, p: number): boolean {
    return direction === 'up' ? (bounds.upper[p] ?? 0) < this.k - TOLERANCE : (bounds.lower[p] ?? 0) > TOLERANCE;
  }

  private boundsWith(fixed: (j: number) => boolean): Bounds {
    return this.propagator.bounds(this.values.map((_, j) => fixed(j)));
  }

  private attackProves(attack: AttackModel, direction: Direction, p: number): boolean {
    this.proofs.record(direction === 'up' ? attack.maximize(p, this.k) : attack.minimize(p));
    return this.proofs.has(direction, p);
  }

  /**
   * Solutions that raise (lower) every unproven primary of `among` at once (those the attack can raise together),
   * while each proves at least two more: a program that proves a single primary is no cheaper than that primary's
   * own program after.
   */
  private proveTogether(attack: AttackModel, among: (direction: Direction) => readonly number[]): void {
    for (const direction of DIRECTIONS) {
      let pending = among(direction).filter(
        (p) => !this.proofs.has(direction, p) && (direction === 'down' || attack.raises(p)),
      );
      for (let before = Infinity; pending.length > 0 && pending.length <= before - 2;) {
        before = pending.length;
        this.proofs.record(direction === 'up' ? attack.raiseTogether(pending, this.k) : attack.lowerTogether(pending));
        pending = pending.filter((p) => !this.proofs.has(direction, p));
      }
    }
  }

  private protectAll(models: Models): void {
    if (this.primaries.some((p) => !this.proofs.has('up', p) || !this.proofs.has('down', p)))
      this.proveTogether(models.attack, () => this.primaries);
    const suppress = (j: number): void => models.suppress(j);
    // What cannot move at all (published before, absent) is the same all along: one set of bounds serves every shift.
    const bounds = this.boundsWith((j) => !this.suppressed[j] && !isOpen(this.system.variables[j]));
    for (const p of this.primaries) {
      for (const direction of DIRECTIONS) {
        // The cheapest change that moves p costs nothing when an attacker can already move it: no attack first.
        if (this.proofs.has(direction, p)) continue;
        if (this.blocked(bounds, direction, p)) continue;
        const value = this.values[p] ?? 0;
        const shift = models.protection.cheapestShift(p, direction === 'up' ? this.k - value : -value);
        if (!shift) continue;
        const x = Float64Array.from(this.values);
        for (let j = 0; j < x.length; j++) {
          const change = shift[j] ?? 0;
          if (Math.abs(change) <= TOLERANCE) continue;
          x[j] = (x[j] ?? 0) + change;
          if (!this.suppressed[j] && isOpen(this.system.variables[j])) suppress(j);
        }
        this.proofs.record(x);
      }
    }
    completeLines(this.system, this.suppressed, this.prices).forEach(suppress);
  }

  /** Whether the equations' bounds leave every lost proof possible: those they rule out cost no linear program. */
  private possible(lost: ReadonlyArray<[Direction, number]>): boolean {
    const bounds = this.boundsWith((j) => !this.suppressed[j]);
    return lost.every(([direction, q]) => !this.blocked(bounds, direction, q));
  }

  /**
   * Whether every lost proof is found again: the likeliest to fail alone first, then the rest of each direction
   * together (`proveTogether`), then one by one what is still open.
   */
  private regained(attack: AttackModel, lost: ReadonlyArray<[Direction, number]>): boolean {
    const open = (): Array<[Direction, number]> => lost.filter(([direction, q]) => !this.proofs.has(direction, q));
    const [first] = open();
    if (first && !this.attackProves(attack, first[0], first[1])) return false;
    this.proveTogether(attack, (direction) => lost.flatMap(([d, q]) => (d === direction ? [q] : [])));
    return open().every(([direction, q]) => this.attackProves(attack, direction, q));
  }

  /** Publishes secondaries again, dearest first, where every primary keeps its proofs and no line is left with one hidden number. */
  private cleanUp(models: Models): void {
    const attack = models.attack;
    const secondaries = this.values
      .flatMap((value, j) =>
        this.suppressed[j] && !isPrimary(value, this.k) && isOpen(this.system.variables[j]) ? [j] : [],
      )
      .sort((a, b) => (this.prices[b] ?? 0) - (this.prices[a] ?? 0) || a - b);
    const lineOf = this.system.equations.map(equationVariables);
    for (const s of secondaries) {
      const lines = (this.equationsOf[s] ?? []).map((e) => lineOf[e] ?? []);
      if (!lines.every((line) => line.filter((j) => j !== s && this.suppressed[j]).length !== 1)) continue;
      this.suppressed[s] = false;
      attack.setSuppressed(s, false);
      const lost = nearestFirst(this.proofs.published(s), new Set(lines.flat()));
      const proven =
        lost.length === 0 || (lost.length < CLEAN_UP_LOST_LIMIT && this.possible(lost) && this.regained(attack, lost));
      if (!proven) {
        this.suppressed[s] = true;
        attack.setSuppressed(s, true);
        this.proofs.suppressedAgain(s, lost);
      }
    }
  }
}

/** A protection with the attacker's program it ended with (the pattern's cells free), when it built one. */
export interface KeptProtection extends Protection {
  readonly attack: AttackModel | undefined;
}

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Threshold k must be a positive whole number, got ${k}`);
}

/** The suppression pattern with the solutions that prove it; same input, same pattern. */
export async function protectWithProofs(system: LinearSystem, options: ProtectOptions): Promise<Protection> {
  checkK(options.k);
  const { pattern, solutions } = await new Protector(system, options.k, options).run(options.cleanUp ?? true);
  return { pattern, solutions };
}

/**
 * As `protectWithProofs`, keeping the attacker's program for more solutions over the same pattern (split.ts
 * carries solutions down with it instead of building and solving it again); the caller disposes it.
 */
export async function protectKeepingAttack(system: LinearSystem, options: ProtectOptions): Promise<KeptProtection> {
  checkK(options.k);
  return new Protector(system, options.k, options).run(options.cleanUp ?? true, true);
}

/** Suppression pattern (indexes of the system's variables to hide) that protects every primary; same input, same pattern. */
export async function protectSystem(system: LinearSystem, options: ProtectOptions): Promise<ReadonlySet<number>> {
  return (await protectWithProofs(system, options)).pattern;
}

/** Suppression pattern for one table, as indexes of the variables of `buildTable(table)`. */
export async function protectTable(table: TableInput, options: ProtectOptions): Promise<ReadonlySet<number>> {
  return protectSystem(buildTable(table), options);
}
