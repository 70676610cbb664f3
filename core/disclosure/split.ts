import type { BlockResult } from './blockTask';
import { protectWithProofs, type Protection } from './suppress';
import { solveBlocks } from './workers';
import { isOpen, type Equation, type LinearSystem, type Variable } from './table';

/**
 * A large linked system protected part by part, then as a whole (issue #11: 100 units × 12 quarters with relations).
 *
 * The numbers are split by the row axis into margins (sector subtotals and totals) and the rest (the units' own
 * numbers). The margins with the equations among themselves form the top part; the units' numbers fall apart into
 * blocks that share no equation once the margins are taken as known (a sector's units, tied by the sector's sums and
 * their own relations). The top part is protected first, then each block with its margins held fixed, so that a
 * block's solutions move no margin and stay solutions of the whole system. The union of the patterns is then
 * protected once more as one system, without cleaning up, starting from the blocks' solutions and the top part's
 * solutions carried down to the units (each block solved again for the margins the top solution moved, aiming at
 * what the block alone could not prove, core/disclosure/blockTask.ts; every one checked against the whole system):
 * every primary keeps a proof (a solution of the whole system reaching 0 and k) or gets more cells hidden until it
 * has one. Blocks need nothing from each other, so they may be solved on worker threads (workers.ts). The result is as safe as the unsplit
 * solve, and the independent audit checks it over the whole system like any other pattern.
 */

function restrict(
  system: LinearSystem,
  members: readonly number[],
  equations: readonly Equation[],
  variable: (j: number) => Variable,
): LinearSystem {
  const local = new Map(members.map((j, i) => [j, i]));
  const at = (j: number): number => local.get(j) ?? -1;
  return {
    variables: members.map(variable),
    equations: equations.map((equation) => ({
      members: equation.members.map(at),
      total: at(equation.total),
      ...(equation.minus ? { minus: equation.minus.map(at) } : {}),
    })),
  };
}

function allOf(equation: Equation): number[] {
  return [...equation.members, ...(equation.minus ?? []), equation.total];
}

export interface Part {
  readonly members: number[];
  readonly equations: Equation[];
}

/** The top part (margins) and the blocks of the other numbers, each with the equations it holds. */
export function partsOf(system: LinearSystem, margin: readonly boolean[]): { top: Part; blocks: Part[] } {
  const parent = system.variables.map((_, j) => j);
  const find = (j: number): number => {
    while (parent[j] !== j) j = parent[j] = parent[parent[j] ?? j] ?? j;
    return j;
  };
  for (const equation of system.equations) {
    const [first, ...rest] = allOf(equation).filter((j) => !margin[j]);
    for (const j of rest) parent[find(j)] = find(first ?? j);
  }
  const top: Part = { members: system.variables.flatMap((_, j) => (margin[j] ? [j] : [])), equations: [] };
  const blocks = new Map<number, Part>();
  system.variables.forEach((_, j) => {
    if (margin[j]) return;
    const root = find(j);
    const block = blocks.get(root) ?? { members: [], equations: [] };
    block.members.push(j);
    blocks.set(root, block);
  });
  for (const equation of system.equations) {
    const inner = allOf(equation).find((j) => !margin[j]);
    if (inner === undefined) top.equations.push(equation);
    else blocks.get(find(inner))?.equations.push(equation);
  }
  for (const block of blocks.values()) {
    const margins = new Set(block.equations.flatMap((e) => allOf(e).filter((j) => margin[j])));
    block.members.push(...margins);
    block.members.sort((a, b) => a - b);
  }
  return { top, blocks: [...blocks.values()] };
}

/** A margin inside a block: known, so that the block's solutions leave it where it is. */
function held(variable: Variable): Variable {
  return variable.absent ? variable : { ...variable, frozen: 'published' };
}

/** A part's solution as a solution of the whole: the other numbers at their true values. */
function extend(values: readonly number[], part: Part, x: Float64Array): Float64Array {
  const whole = Float64Array.from(values);
  part.members.forEach((j, i) => (whole[j] = x[i] ?? Number.NaN));
  return whole;
}

/** A top solution as a whole one, and for each block whose margins it moves, where in that block's `carry` it is. */
interface TopSolution {
  readonly whole: Float64Array;
  readonly blocks: ReadonlyArray<readonly [block: number, carry: number]>;
}

/**
 * The top part's solutions to carry down to the units: for each, every block whose margins it moves is to be solved
 * again with its margins at the moved values, moving only what the block hides (`BlockTask.carry`).
 */
function toCarry(
  values: readonly number[],
  margin: readonly boolean[],
  top: Part,
  solutions: readonly Float64Array[],
  blocks: readonly Part[],
): { tops: TopSolution[]; carry: Array<Array<Array<readonly [number, number]>>> } {
  const blocksOf = new Map<number, number[]>();
  blocks.forEach(({ members }, b) => {
    for (const j of members) if (margin[j]) blocksOf.set(j, [...(blocksOf.get(j) ?? []), b]);
  });
  const carry = blocks.map((): Array<Array<readonly [number, number]>> => []);
  const tops = solutions.map((x): TopSolution => {
    const whole = extend(values, top, x);
    const moved = top.members.filter((j) => Math.abs((whole[j] ?? 0) - (values[j] ?? 0)) > 1e-9);
    const touched = [...new Set(moved.flatMap((j) => blocksOf.get(j) ?? []))].sort((a, b) => a - b);
    return {
      whole,
      blocks: touched.map((b) => {
        const margins = (blocks[b]?.members ?? []).flatMap((j, i) => (margin[j] ? [[i, whole[j] ?? 0] as const] : []));
        return [b, (carry[b]?.push(margins) ?? 0) - 1] as const;
      }),
    };
  });
  return { tops, carry };
}

/**
 * The top solutions every block they move could follow, with the blocks' numbers where those put them, and for each
 * block's variant (`BlockResult.variants`) the same solution with that block's numbers taken from the variant.
 */
function carriedDown(
  margin: readonly boolean[],
  tops: readonly TopSolution[],
  blocks: readonly Part[],
  results: readonly BlockResult[],
): Float64Array[] {
  const put = (whole: Float64Array, b: number, x: Float64Array | null | undefined): void => {
    (blocks[b]?.members ?? []).forEach((j, i) => {
      if (!margin[j]) whole[j] = x?.[i] ?? Number.NaN;
    });
  };
  const carried = new Map<string, Float64Array>();
  const solutions = tops.flatMap(({ whole, blocks: touched }) => {
    const below = touched.map(([b, c]) => results[b]?.carried[c] ?? null);
    if (below.some((x) => x === null)) return [];
    touched.forEach(([b, c], t) => {
      put(whole, b, below[t]);
      carried.set(`${b}:${c}`, whole);
    });
    return [whole];
  });
  results.forEach(({ variants }, b) => {
    for (const { carry, x } of variants) {
      const base = carried.get(`${b}:${carry}`);
      if (!base) continue;
      const whole = Float64Array.from(base);
      put(whole, b, x);
      solutions.push(whole);
    }
  });
  return solutions;
}

/**
 * Suppression pattern of the system and its proofs, found part by part when the numbers fall apart into two blocks
 * or more; `margin[j]` marks the sector subtotals and totals. Same input, same pattern.
 */
export async function protectInParts(system: LinearSystem, margin: readonly boolean[], k: number): Promise<Protection> {
  const { top, blocks } = partsOf(system, margin);
  if (blocks.length < 2) return protectWithProofs(system, { k });
  const variable = (j: number): Variable => system.variables[j]!;
  const local = (part: Part, at: (j: number) => Variable): LinearSystem =>
    restrict(system, part.members, part.equations, at);
  const topProtection = await protectWithProofs(local(top, variable), { k });
  const values = system.variables.map((v) => v.value);
  const { tops, carry } = toCarry(values, margin, top, topProtection.solutions, blocks);
  const results = await solveBlocks(
    blocks.map((block, b) => ({
      system: local(block, (j) => (margin[j] ? held(variable(j)) : variable(j))),
      k,
      carry: carry[b] ?? [],
    })),
  );

  const seed = new Set<number>();
  const hidden = (part: Part, pattern: Iterable<number>): void => {
    for (const i of pattern) {
      const j = part.members[i] ?? -1;
      if (isOpen(system.variables[j])) seed.add(j);
    }
  };
  hidden(top, topProtection.pattern);
  results.forEach((result, b) => hidden(blocks[b]!, result.pattern));
  const solutions = [
    ...results.flatMap((result, b) => result.solutions.map((x) => extend(values, blocks[b]!, x))),
    ...carriedDown(margin, tops, blocks, results),
  ];
  return protectWithProofs(system, { k, seed, solutions, cleanUp: false });
}
