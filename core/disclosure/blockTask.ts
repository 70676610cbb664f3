import { needsProtection, protectKeepingAttack } from './suppress';
import { AttackModel, loadSuppressionSolver, type Goal } from './suppressSolver';
import type { LinearSystem } from './table';

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
  /** For each of `carry`: the block's numbers with its margins there, moving only what it hides; null when none. */
  readonly carried: ReadonlyArray<Float64Array | null>;
}

const TOLERANCE = 1e-6;

/**
 * The block's protection, then each top solution carried into it. A primary that no solution of the block reaches k
 * (or 0) with it, because the block holds its margins (a unit below a small sector subtotal), is what a carried
 * solution aims at: raised (lowered) together with the others still unproven, so that the whole system has their
 * proofs without solving for them there (split.ts).
 */
export async function solveBlock({ system, k, carry }: BlockTask): Promise<BlockResult> {
  const { attack, pattern, solutions } = await protectKeepingAttack(system, { k });
  const primaries = system.variables.flatMap((v, i) => (needsProtection(v, k) ? [i] : []));
  const reaches = (x: Float64Array, i: number, up: boolean): boolean =>
    up ? (x[i] ?? 0) >= k - TOLERANCE : (x[i] ?? 0) <= TOLERANCE;
  let up = primaries.filter((i) => !solutions.some((x) => reaches(x, i, true)));
  let down = primaries.filter((i) => !solutions.some((x) => reaches(x, i, false)));
  let model = attack;
  try {
    const carried: Array<Float64Array | null> = [];
    for (const margins of carry) {
      model ??= new AttackModel(
        await loadSuppressionSolver(),
        system,
        system.variables.map((_, i) => pattern.has(i)),
        up,
      );
      const raise = up.filter((i) => model?.raises(i));
      const goal: Goal | undefined =
        raise.length > 0 ? { raise, cap: k } : down.length > 0 ? { lower: down } : undefined;
      const x = model.solveWith(margins, goal)?.slice() ?? null;
      if (x) {
        up = up.filter((i) => !reaches(x, i, true));
        down = down.filter((i) => !reaches(x, i, false));
      }
      carried.push(x);
    }
    return { pattern: [...pattern], solutions, carried };
  } finally {
    model?.dispose();
  }
}
