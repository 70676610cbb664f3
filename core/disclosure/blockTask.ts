import type { Highs } from 'highs';
import { needsProtection, price, protectKeepingAttack } from './suppress';
import { AttackModel, ProtectionModel, loadSuppressionSolver, type Goal } from './suppressSolver';
import { type Direction, Proofs } from './suppressProofs';
import { isOpen, type LinearSystem } from './table';

/**
 * One block of a system protected part by part (split.ts), as a task that needs nothing else: its protection, then
 * the top part's solutions carried into it. Blocks share no number but their margins, which they hold fixed, so
 * they can be solved in any order or at once (core/disclosure/workers.ts) with the same result.
 */
export interface BlockTask {
  readonly system: LinearSystem;
  readonly k: number;
  /** For each top solution that moves the block's margins: each margin's index in the block and its moved value. */
  readonly carry: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

export interface BlockResult {
  readonly pattern: readonly number[];
  readonly solutions: readonly Float64Array[];
  /** For each of `carry`: the block's numbers with its margins there; null when no change of the block can follow. */
  readonly carried: ReadonlyArray<Float64Array | null>;
  /** More of the block's numbers with the margins of one of `carry`, each proving a primary `carried` did not. */
  readonly variants: ReadonlyArray<{ readonly carry: number; readonly x: Float64Array }>;
}

const TOLERANCE = 1e-6;
/** Top solutions tried for a primary still unproven after the carried ones: each try is one program. */
const TRIES = 3;

/**
 * The top part's solutions carried into a block, after its protection. Each carried solution moves only what the
 * block hides, aiming at primaries that no solution of the block reaches k (or 0) with, because the block holds
 * its margins (a unit below a small sector subtotal): raised (lowered) together with the others still unproven.
 * Where the block's pattern cannot follow the margins, or a primary is still unproven after every carried
 * solution, the cheapest change of the block that does (as the suppression's own shifts) hides what it moves. So
 * the whole system has these proofs without solving for them there (split.ts), at the price of a change confined
 * to the block.
 */
class CarriedInto {
  private readonly values: number[];
  private readonly hidden: boolean[];
  private readonly proofs: Proofs;
  private protectionModel: ProtectionModel | undefined;
  readonly carried: Array<Float64Array | null> = [];
  readonly variants: Array<{ carry: number; x: Float64Array }> = [];

  constructor(
    private readonly highs: Highs,
    private readonly system: LinearSystem,
    private readonly k: number,
    private readonly attack: AttackModel,
    private readonly primaries: readonly number[],
    pattern: ReadonlySet<number>,
    solutions: readonly Float64Array[],
  ) {
    this.values = system.variables.map((v) => v.value);
    this.hidden = system.variables.map((_, i) => pattern.has(i));
    this.proofs = new Proofs(this.values, primaries, k);
    for (const x of solutions) this.proofs.record(x);
  }

  get pattern(): number[] {
    return this.values.flatMap((_, i) => (this.hidden[i] ? [i] : []));
  }

  /** Carries one top solution (its margins' values) into the block. */
  carry(margins: ReadonlyArray<readonly [number, number]>): void {
    const raise = this.unproven('up').filter((i) => this.attack.raises(i));
    const lower = this.unproven('down');
    const goal: Goal | undefined = raise.length > 0 ? { raise, cap: this.k } : lower.length > 0 ? { lower } : undefined;
    const x = this.attack.solveWith(margins, goal)?.slice() ?? this.changed(this.moves(margins)) ?? null;
    if (x) this.proofs.record(x);
    this.carried.push(x);
  }

  /** For each primary still unproven, the cheapest change that proves it with one of the carried solutions' margins. */
  proveTheRest(carry: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): void {
    const tries = carry.flatMap((_, c) => (this.carried[c] ? [c] : [])).slice(0, TRIES);
    for (const direction of ['up', 'down'] as const) {
      const target = direction === 'up' ? this.k : 0;
      for (const p of this.unproven(direction)) {
        if (this.proofs.has(direction, p)) continue;
        for (const c of tries) {
          const x = this.changed([...this.moves(carry[c] ?? []), [p, target - (this.values[p] ?? 0)]]);
          if (!x) continue;
          this.proofs.record(x);
          this.variants.push({ carry: c, x });
          break;
        }
      }
    }
  }

  dispose(): void {
    this.protectionModel?.dispose();
  }

  private unproven(direction: Direction): number[] {
    return this.primaries.filter((p) => !this.proofs.has(direction, p));
  }

  private moves(margins: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
    return margins.map(([i, value]) => [i, value - (this.values[i] ?? 0)] as const);
  }

  /** The block's numbers after the cheapest change that makes `moves`, hiding what it moves; undefined if none. */
  private changed(moves: ReadonlyArray<readonly [number, number]>): Float64Array | undefined {
    this.protectionModel ??= new ProtectionModel(
      this.highs,
      this.system,
      this.system.variables.map(price),
      this.hidden,
    );
    const change = this.protectionModel.cheapestChange(moves);
    if (!change) return undefined;
    const x = Float64Array.from(this.values);
    const fixed = new Set(moves.map(([i]) => i));
    change.forEach((d, i) => {
      if (Math.abs(d) <= TOLERANCE) return;
      x[i] = (this.values[i] ?? 0) + d;
      if (this.hidden[i] || (fixed.has(i) && !isOpen(this.system.variables[i]))) return;
      this.hidden[i] = true;
      this.attack.setSuppressed(i, true);
      this.protectionModel?.setSuppressed(i, true);
    });
    return x;
  }
}

/** The block's protection, then the top part's solutions carried into it (`CarriedInto`). */
export async function solveBlock({ system, k, carry }: BlockTask): Promise<BlockResult> {
  const { attack, pattern, solutions } = await protectKeepingAttack(system, { k });
  if (carry.length === 0) {
    attack?.dispose();
    return { pattern: [...pattern], solutions, carried: [], variants: [] };
  }
  const highs = await loadSuppressionSolver();
  const primaries = system.variables.flatMap((v, i) => (needsProtection(v, k) ? [i] : []));
  const model =
    attack ??
    new AttackModel(
      highs,
      system,
      system.variables.map((_, i) => pattern.has(i)),
      primaries,
    );
  const into = new CarriedInto(highs, system, k, model, primaries, pattern, solutions);
  try {
    for (const margins of carry) into.carry(margins);
    into.proveTheRest(carry);
    return { pattern: into.pattern, solutions, carried: into.carried, variants: into.variants };
  } finally {
    into.dispose();
    model.dispose();
  }
}
