import { protectSystem, protectWithProofs, type Protection } from './suppress';
import { isOpen, type Equation, type LinearSystem, type Variable } from './table';

/**
 * A large linked system protected part by part, then as a whole (issue #11: 100 units × 12 quarters with relations).
 *
 * The numbers are split by the row axis into margins (sector subtotals and totals) and the rest (the units' own
 * numbers). The margins with the equations among themselves form the top part; the units' numbers fall apart into
 * blocks that share no equation once the margins are taken as known (a sector's units, tied by the sector's sums and
 * their own relations). The top part is protected first, then each block with its margins held fixed, so that a
 * block's solutions move no margin and stay solutions of the whole system. The union of the patterns is then
 * protected once more as one system, without cleaning up, starting from the blocks' solutions (each checked against
 * the whole system): every primary keeps a proof (a solution of the whole system reaching 0 and k) or gets more
 * cells hidden until it has one. The result is as safe as the unsplit solve, and the independent audit checks it
 * over the whole system like any other pattern.
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

/**
 * Suppression pattern of the system, found part by part when the numbers fall apart into two blocks or more;
 * `margin[j]` marks the sector subtotals and totals. Same input, same pattern.
 */
export async function protectInParts(
  system: LinearSystem,
  margin: readonly boolean[],
  k: number,
): Promise<ReadonlySet<number>> {
  const { top, blocks } = partsOf(system, margin);
  if (blocks.length < 2) return protectSystem(system, { k });
  const seed = new Set<number>();
  const solutions: Float64Array[] = [];
  const values = system.variables.map((v) => v.value);
  const take = (part: Part, { pattern, solutions: found }: Protection, whole: boolean): void => {
    for (const i of pattern) {
      const j = part.members[i] ?? -1;
      if (isOpen(system.variables[j])) seed.add(j);
    }
    if (!whole) return;
    for (const x of found) {
      const extended = Float64Array.from(values);
      part.members.forEach((j, i) => (extended[j] = x[i] ?? Number.NaN));
      solutions.push(extended);
    }
  };
  const variable = (j: number): Variable => system.variables[j]!;
  // The top part's solutions move margins without the units under them: not solutions of the whole.
  take(top, await protectWithProofs(restrict(system, top.members, top.equations, variable), { k }), false);
  for (const block of blocks) {
    const local = restrict(system, block.members, block.equations, (j) =>
      margin[j] ? held(variable(j)) : variable(j),
    );
    take(block, await protectWithProofs(local, { k }), true);
  }
  return protectSystem(system, { k, seed, solutions, cleanUp: false });
}
