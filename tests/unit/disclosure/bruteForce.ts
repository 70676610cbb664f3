import { publishedBlocks, type AttackedTable, type CellKey, type Interval, type KnownRelation } from './attacker';

/**
 * The range of a published number over every whole-number filling (0 to `cap`) of the hidden inner cells of tiny
 * linked tables, under their published numbers and the known relations. Shares no code with the engine or yalps.
 * Whenever a constraint has one cell left open, that cell is forced.
 */
export function bruteForceLinked(
  tables: readonly AttackedTable[],
  relations: readonly KnownRelation[],
  target: CellKey,
  cap: number,
): Interval {
  const unknowns: string[] = [];
  tables.forEach((table, t) =>
    table.cells.forEach((row, r) =>
      row.forEach((cell, c) => cell !== null && table.hidden.has(`r${r}|c${c}`) && unknowns.push(`${t}:${r}:${c}`)),
    ),
  );
  const position = new Map(unknowns.map((u, i) => [u, i]));
  const linear = (cell: CellKey): { terms: Map<number, number>; constant: number } => {
    const table = tables[cell.table]!;
    const block = publishedBlocks(table).find((b) => b.key === cell.key);
    if (!block) throw new Error(`No published number ${cell.key}`);
    const terms = new Map<number, number>();
    let constant = 0;
    for (const r of block.rows) {
      for (const c of block.cols) {
        const value = table.cells[r]?.[c] ?? null;
        if (value === null) continue;
        const u = position.get(`${cell.table}:${r}:${c}`);
        if (u === undefined) constant += value;
        else terms.set(u, (terms.get(u) ?? 0) + 1);
      }
    }
    return { terms, constant };
  };
  const constraints: { terms: Map<number, number>; rhs: number }[] = [];
  tables.forEach((table, t) => {
    for (const block of publishedBlocks(table)) {
      if (table.hidden.has(block.key)) continue;
      const { terms, constant } = linear({ table: t, key: block.key });
      if (terms.size > 0) constraints.push({ terms, rhs: block.value - constant });
    }
  });
  for (const relation of relations) {
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const [cell, coefficient] of relation) {
      const part = linear(cell);
      for (const [u, a] of part.terms) terms.set(u, (terms.get(u) ?? 0) + coefficient * a);
      rhs -= coefficient * part.constant;
    }
    for (const [u, a] of [...terms]) if (a === 0) terms.delete(u);
    if (terms.size > 0) constraints.push({ terms, rhs });
  }
  const goal = linear(target);
  const filling: (number | undefined)[] = unknowns.map(() => undefined);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;

  /** Forces cells that are the last open one of a constraint; false when some constraint cannot hold. */
  const propagate = (forced: number[]): boolean => {
    for (let changed = true; changed;) {
      changed = false;
      for (const { terms, rhs } of constraints) {
        let rest = rhs;
        let open: number | undefined;
        let openCount = 0;
        for (const [u, a] of terms) {
          const value = filling[u];
          if (value === undefined) {
            open = u;
            openCount++;
          } else rest -= a * value;
        }
        if (openCount === 0 && rest !== 0) return false;
        if (openCount !== 1 || open === undefined) continue;
        const value = rest / (terms.get(open) ?? 1);
        if (!Number.isInteger(value) || value < 0 || value > cap) return false;
        filling[open] = value;
        forced.push(open);
        changed = true;
      }
    }
    return true;
  };
  const visit = (): void => {
    const forced: number[] = [];
    if (propagate(forced)) {
      const next = filling.indexOf(undefined);
      if (next < 0) {
        let value = goal.constant;
        for (const [u, a] of goal.terms) value += a * (filling[u] ?? 0);
        min = Math.min(min, value);
        max = Math.max(max, value);
      } else {
        for (let value = 0; value <= cap; value++) {
          filling[next] = value;
          visit();
        }
        filling[next] = undefined;
      }
    }
    for (const u of forced) filling[u] = undefined;
  };
  visit();
  return { min, max };
}
