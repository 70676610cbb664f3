import { protectKeepingAttack } from './suppress';
import { AttackModel, loadSuppressionSolver } from './suppressSolver';
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

export async function solveBlock({ system, k, carry }: BlockTask): Promise<BlockResult> {
  const { attack, pattern, solutions } = await protectKeepingAttack(system, { k });
  let model = attack;
  try {
    const carried: Array<Float64Array | null> = [];
    for (const margins of carry) {
      model ??= new AttackModel(
        await loadSuppressionSolver(),
        system,
        system.variables.map((_, i) => pattern.has(i)),
      );
      carried.push(model.solveWith(margins)?.slice() ?? null);
    }
    return { pattern: [...pattern], solutions, carried };
  } finally {
    model?.dispose();
  }
}
