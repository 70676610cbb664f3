import { solve, type Constraint } from 'yalps';

/**
 * An attacker for the tests that shares no code with the disclosure engine. It writes every published number of a
 * table as the sum of a block of inner cells, treats the hidden inner cells as unknown whole numbers ≥ 0, and finds
 * the range of a hidden number with the yalps solver, or by trying every filling of a tiny table.
 *
 * Published numbers are named by `row|col` keys: rows `r0`, `r1`, … groups `g0`, … and the total `T`; columns
 * `c0`, `c1`, … and the total `T`. `T|T` is the grand total.
 */

export interface AttackedTable {
  /** Inner cells; null is not reported: no number at all, shown as `..`. */
  readonly cells: readonly (readonly (number | null)[])[];
  /** Group of each row, or null. */
  readonly parents?: readonly (number | null)[];
  /** False: the table publishes no totals over its columns. */
  readonly columnTotals?: boolean;
  /** Keys of the published numbers shown as suppressed. */
  readonly hidden: ReadonlySet<string>;
}

export interface CellKey {
  readonly table: number;
  readonly key: string;
}

export interface Interval {
  readonly min: number;
  readonly max: number;
}

interface Block {
  readonly key: string;
  readonly rows: readonly number[];
  readonly cols: readonly number[];
  readonly value: number;
}

/** Known to hold between published numbers: Σ coefficient · number = 0. */
export type KnownRelation = ReadonlyArray<readonly [CellKey, number]>;

/** Every number the table publishes: blocks of reported cells (a block with none is `..`, not a number). */
export function publishedBlocks(table: Pick<AttackedTable, 'cells' | 'parents' | 'columnTotals'>): Block[] {
  const rowCount = table.cells.length;
  const colCount = table.cells[0]?.length ?? 0;
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const groups = [...new Set((table.parents ?? []).filter((g): g is number => g !== null))].sort((a, b) => a - b);
  const rowItems: Array<[string, number[]]> = [
    ...all(rowCount).map((r): [string, number[]] => [`r${r}`, [r]]),
    ...groups.map((g): [string, number[]] => [`g${g}`, all(rowCount).filter((r) => table.parents?.[r] === g)]),
    ['T', all(rowCount)],
  ];
  const colItems: Array<[string, number[]]> = [
    ...all(colCount).map((c): [string, number[]] => [`c${c}`, [c]]),
    ...(table.columnTotals === false ? [] : [['T', all(colCount)] as [string, number[]]]),
  ];
  const blocks: Block[] = [];
  for (const [rowKey, rows] of rowItems) {
    for (const [colKey, cols] of colItems) {
      let value = 0;
      let reported = false;
      for (const r of rows) {
        for (const c of cols) {
          const cell = table.cells[r]?.[c] ?? null;
          if (cell === null) continue;
          value += cell;
          reported = true;
        }
      }
      if (reported) blocks.push({ key: `${rowKey}|${colKey}`, rows, cols, value });
    }
  }
  return blocks;
}

/** A block as Σ unknowns + constant, the constant being its published inner cells. */
interface Expression {
  readonly unknowns: readonly string[];
  readonly constant: number;
}

function expression(table: AttackedTable, t: number, block: Block): Expression {
  const unknowns: string[] = [];
  let constant = 0;
  for (const r of block.rows) {
    for (const c of block.cols) {
      const cell = table.cells[r]?.[c] ?? null;
      if (cell === null) continue;
      if (table.hidden.has(`r${r}|c${c}`)) unknowns.push(`x${t}_${r}_${c}`);
      else constant += cell;
    }
  }
  return { unknowns, constant };
}

export interface YalpsAttacker {
  /** Range of a published number; the maximum is capped. */
  interval(target: CellKey): Interval;
  /**
   * The targets that cannot be shown to reach both 0 and the cap. Every filling the solver finds is a whole table
   * consistent with what is published, so one filling can show this for several targets.
   */
  weak(targets: readonly CellKey[]): CellKey[];
}

const TOLERANCE = 1e-6;

/**
 * The range of any published number over everything consistent with the published numbers of the tables, where
 * each link says two numbers of different tables are the same. Maxima are capped at `cap`.
 */
export function yalpsAttacker(
  tables: readonly AttackedTable[],
  cap: number,
  links: ReadonlyArray<readonly [CellKey, CellKey]> = [],
  relations: readonly KnownRelation[] = [],
): YalpsAttacker {
  const blocks = tables.map((table) => new Map(publishedBlocks(table).map((block) => [block.key, block])));
  const expressionOf = (cell: CellKey): Expression => {
    const table = tables[cell.table];
    const block = blocks[cell.table]?.get(cell.key);
    if (!table || !block) throw new Error(`No published number ${cell.key} in table ${cell.table}`);
    return expression(table, cell.table, block);
  };
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, Map<string, number>>();
  const addTerm = (unknown: string, constraint: string, coefficient: number): void => {
    const own = coefficients.get(unknown) ?? new Map<string, number>();
    own.set(constraint, (own.get(constraint) ?? 0) + coefficient);
    coefficients.set(unknown, own);
  };
  tables.forEach((table, t) => {
    for (const block of blocks[t]?.values() ?? []) {
      if (table.hidden.has(block.key)) continue;
      const { unknowns, constant } = expression(table, t, block);
      const name = `t${t}:${block.key}`;
      unknowns.forEach((u) => addTerm(u, name, 1));
      constraints.set(name, { equal: block.value - constant });
    }
  });
  links.forEach(([a, b], i) => {
    const left = expressionOf(a);
    const right = expressionOf(b);
    left.unknowns.forEach((u) => addTerm(u, `link${i}`, 1));
    right.unknowns.forEach((u) => addTerm(u, `link${i}`, -1));
    constraints.set(`link${i}`, { equal: right.constant - left.constant });
  });
  relations.forEach((relation, i) => {
    let constant = 0;
    for (const [cell, coefficient] of relation) {
      const { unknowns, constant: known } = expressionOf(cell);
      unknowns.forEach((u) => addTerm(u, `relation${i}`, coefficient));
      constant += coefficient * known;
    }
    constraints.set(`relation${i}`, { equal: -constant });
  });

  /** An optimal filling of the hidden cells for an objective `goal`, with extra unknowns and constraints. */
  const optimize = (
    direction: 'minimize' | 'maximize',
    goal: ReadonlyMap<string, number>,
    extraConstraints: ReadonlyArray<readonly [string, Constraint]> = [],
    extraUnknowns: ReadonlyArray<readonly [string, ReadonlyMap<string, number>]> = [],
  ): { value: number; filling: Map<string, number> } => {
    const variables = new Map<string, ReadonlyMap<string, number>>(coefficients);
    for (const [u, weight] of goal) variables.set(u, new Map([...(coefficients.get(u) ?? []), ['goal', weight]]));
    for (const [u, own] of extraUnknowns) variables.set(u, own);
    const solution = solve({
      direction,
      objective: 'goal',
      constraints: [...constraints, ...extraConstraints],
      variables,
    });
    if (solution.status !== 'optimal') throw new Error(`yalps attacker: ${solution.status}`);
    return { value: solution.result, filling: new Map(solution.variables) };
  };
  const goalOf = (targets: readonly CellKey[]): Map<string, number> => {
    const goal = new Map<string, number>();
    for (const target of targets) for (const u of expressionOf(target).unknowns) goal.set(u, (goal.get(u) ?? 0) + 1);
    return goal;
  };
  const highest = (target: CellKey): { value: number; filling: Map<string, number> } => {
    const { constant } = expressionOf(target);
    const result = optimize('maximize', goalOf([target]), [['goal', { max: cap - constant }]]);
    return { ...result, value: result.value + constant };
  };
  const lowest = (target: CellKey): { value: number; filling: Map<string, number> } => {
    const result = optimize('minimize', goalOf([target]));
    return { ...result, value: result.value + expressionOf(target).constant };
  };
  /** A filling where as many targets as possible reach `cap`: maximizes Σ min(target, cap). */
  const raiseTogether = (targets: readonly CellKey[]): Map<string, number> => {
    const extraConstraints: Array<[string, Constraint]> = [];
    const extraUnknowns: Array<[string, Map<string, number>]> = [];
    targets.forEach((target, i) => {
      const { unknowns, constant } = expressionOf(target);
      extraConstraints.push([`below${i}`, { max: constant }], [`cap${i}`, { max: cap }]);
      extraUnknowns.push([
        `y${i}`,
        new Map([
          ['goal', 1],
          [`below${i}`, 1],
          [`cap${i}`, 1],
        ]),
      ]);
      for (const u of unknowns) extraUnknowns.push([u, new Map([...(coefficients.get(u) ?? []), [`below${i}`, -1]])]);
    });
    const merged = new Map<string, Map<string, number>>();
    for (const [u, own] of extraUnknowns) merged.set(u, new Map([...(merged.get(u) ?? []), ...own]));
    return optimize('maximize', new Map(), extraConstraints, [...merged]).filling;
  };
  const valueIn = (filling: ReadonlyMap<string, number>, target: CellKey): number => {
    const { unknowns, constant } = expressionOf(target);
    return unknowns.reduce((sum, u) => sum + (filling.get(u) ?? 0), constant);
  };

  return {
    interval: (target) => ({ min: lowest(target).value, max: highest(target).value }),
    weak: (targets) => {
      const reachK = new Set<number>();
      const reachZero = new Set<number>();
      const learn = (filling: ReadonlyMap<string, number>): void => {
        targets.forEach((target, i) => {
          const value = valueIn(filling, target);
          if (value >= cap - TOLERANCE) reachK.add(i);
          if (value <= TOLERANCE) reachZero.add(i);
        });
      };
      const open = (reached: ReadonlySet<number>): CellKey[] => targets.filter((_, i) => !reached.has(i));
      for (let before = -1; reachK.size > before && open(reachK).length > 0;) {
        before = reachK.size;
        learn(raiseTogether(open(reachK)));
      }
      for (let before = -1; reachZero.size > before && open(reachZero).length > 0;) {
        before = reachZero.size;
        learn(optimize('minimize', goalOf(open(reachZero))).filling);
      }
      targets.forEach((target, i) => {
        if (!reachK.has(i)) learn(highest(target).filling);
        if (!reachZero.has(i)) learn(lowest(target).filling);
      });
      return targets.filter((_, i) => !reachK.has(i) || !reachZero.has(i));
    },
  };
}

/**
 * Range of the number `targetKey` over every whole-number filling of the hidden inner cells of a tiny table. The
 * cells are filled one by one; each published number bounds the cells it contains and fixes the last of them.
 */
export function bruteForceInterval(table: AttackedTable, targetKey: string): Interval {
  const blocks = publishedBlocks(table);
  const target = blocks.find((b) => b.key === targetKey);
  if (!target) throw new Error(`No published number ${targetKey}`);
  const unknowns: string[] = [];
  table.cells.forEach((row, r) =>
    row.forEach((_, c) => table.hidden.has(`r${r}|c${c}`) && unknowns.push(`r${r}|c${c}`)),
  );
  const position = new Map(unknowns.map((key, u) => [key, u]));
  const cellsOf = (block: Block): { constant: number; members: number[] } => {
    let constant = 0;
    const members: number[] = [];
    for (const r of block.rows) {
      for (const c of block.cols) {
        const u = position.get(`r${r}|c${c}`);
        if (u === undefined) constant += table.cells[r]?.[c] ?? 0;
        else members.push(u);
      }
    }
    return { constant, members };
  };
  const limits = blocks
    .filter((b) => !table.hidden.has(b.key))
    .map((b) => {
      const { constant, members } = cellsOf(b);
      return { rest: b.value - constant, members, last: Math.max(...members) };
    })
    .filter((limit) => limit.members.length > 0);
  const limitsOf = unknowns.map((_, u) => limits.filter((limit) => limit.members.includes(u)));
  const goal = cellsOf(target);
  const unbounded = blocks.reduce((sum, b) => (b.key === 'T|T' ? sum + b.value : sum), 0) + 10;
  const filling = unknowns.map(() => 0);

  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const visit = (u: number): void => {
    if (u === unknowns.length) {
      const value = goal.members.reduce((sum, m) => sum + (filling[m] ?? 0), goal.constant);
      min = Math.min(min, value);
      max = Math.max(max, value);
      return;
    }
    let highest = unbounded;
    let forced: number | undefined;
    for (const limit of limitsOf[u] ?? []) {
      highest = Math.min(highest, limit.rest);
      if (limit.last !== u) continue;
      if (forced !== undefined && forced !== limit.rest) return;
      forced = limit.rest;
    }
    const [from, to] = forced === undefined ? [0, highest] : [forced, forced];
    for (let value = Math.max(from, 0); value <= Math.min(to, highest); value++) {
      filling[u] = value;
      for (const limit of limitsOf[u] ?? []) limit.rest -= value;
      visit(u + 1);
      for (const limit of limitsOf[u] ?? []) limit.rest += value;
    }
  };
  visit(0);
  return { min, max };
}
