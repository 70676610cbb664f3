import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditSystem } from '../../../core/disclosure/audit';
import { publishTable } from '../../../core/disclosure/publish';
import { combinedSystem, publishSystem } from '../../../core/disclosure/system';
import { yalpsAttacker } from './attacker';
import { bruteForceLinked } from './bruteForce';
import { hiddenInPublished } from './helpers';
import {
  attackedPrimaries,
  attackerView,
  stockFlowData,
  systemInput,
  yearEndPublished,
  type StockFlowData,
} from './stockFlow';

async function publishLinked(data: StockFlowData) {
  const yearEnd = await yearEndPublished(data);
  const input = systemInput(data, yearEnd);
  return { input, published: await publishSystem(input, { k: data.k }) };
}

async function checkLinked(data: StockFlowData): Promise<void> {
  const { input, published } = await publishLinked(data);
  const view = attackerView(data, published);
  const targets = attackedPrimaries(view, data.k);
  // Every count from 1 to k-1 is hidden, and no hidden one can be narrowed down by an attacker who knows the relation.
  view.tables.slice(0, 4).forEach((table, t) => {
    for (const target of targets.filter((p) => p.table === t))
      expect(table.hidden.has(target.key), `${t}:${target.key}`).toBe(true);
  });
  expect(yalpsAttacker(view.tables, data.k, [], view.relations).weak(targets)).toEqual([]);
  // Last year's column is as it was published then, and «not reported» is `..`, never a number.
  expect(hiddenInPublished(published[4]!)).toEqual(hiddenInPublished(input.tables[4]!.frozen as never));
  data.active.forEach((row, u) =>
    row.forEach((value, c) => value === null && expect(published[3]!.cells[u]![c]).toBe('..')),
  );
  expect(await publishSystem(input, { k: data.k })).toEqual(published);
}

describe('tables tied by «active = active before + new − completed − broken off» are protected together', () => {
  it('a new committee: 4 new, 3 active, 1 completed; on their own the two ended tables give the 1 away, together they do not', async () => {
    const data: StockFlowData = {
      k: 3,
      start: [0],
      added: [[4, 0, 0, 0]],
      completed: [[1, 0, 0, 0]],
      broken: [[0, 0, 0, 0]],
      active: [[3, 3, 3, 3]],
    };
    const yearEnd = await yearEndPublished(data);
    const input = systemInput(data, yearEnd);
    const alone = await Promise.all(
      input.tables.map((table) => (table.frozen ? Promise.resolve(yearEnd) : publishTable(table, { k: 3 }))),
    );
    const weakAlone = attackerView(data, alone);
    expect(
      yalpsAttacker(weakAlone.tables, 3, [], weakAlone.relations).weak(attackedPrimaries(weakAlone, 3)).length,
    ).toBeGreaterThan(0);
    // The audit, given the relations, refuses the pattern each table chose on its own …
    const system = combinedSystem(input);
    const separate = alone.flatMap((table, t) => {
      const hidden = hiddenInPublished(table);
      return system.variables.flatMap((v, j) =>
        j >= (system.offsets[t] ?? 0) && j < (system.offsets[t + 1] ?? Infinity) && hidden.has(keyOf(v.label))
          ? [j]
          : [],
      );
    });
    expect((await auditSystem(system, 3, separate)).ok).toBe(false);
    // … and the joint pattern holds against both attackers.
    await checkLinked(data);
    const { published } = await publishLinked(data);
    const view = attackerView(data, published);
    for (const target of attackedPrimaries(view, 3)) {
      const { min, max } = bruteForceLinked(view.tables, view.relations, target, 10);
      expect(min, target.key).toBe(0);
      expect(max, target.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('small random consistent counts (1–6 units, optional sectors, 2–4 quarters, some not reported): checked by yalps', async () => {
    await fc.assert(
      fc.asyncProperty(stockFlowData(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 4 })), checkLinked),
      { numRuns: 25 },
    );
  }, 180_000);

  it('larger random consistent counts (10–40 units): checked by yalps', async () => {
    await fc.assert(fc.asyncProperty(stockFlowData(fc.integer({ min: 10, max: 40 }), fc.constant(4)), checkLinked), {
      numRuns: 3,
    });
  }, 180_000);

  it('tiny random consistent counts: every hidden count from 1 to k-1 ranges from 0 to at least k over all whole-number fillings', async () => {
    await fc.assert(
      fc.asyncProperty(stockFlowData(fc.constant(1), fc.integer({ min: 1, max: 2 }), 0), async (data) => {
        const { published } = await publishLinked(data);
        const view = attackerView(data, published);
        for (const target of attackedPrimaries(view, data.k)) {
          // Room enough above every true count for a hidden one to move by k.
          const cap = Math.max(...view.tables.flatMap((t) => t.cells.flat().map((v) => v ?? 0))) + 2 * data.k;
          const { min, max } = bruteForceLinked(view.tables, view.relations, target, cap);
          expect(min, target.key).toBe(0);
          expect(max, target.key).toBeGreaterThanOrEqual(data.k);
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});

/** `Enhet 1, K1` → `r0|c0`, for the one-row examples. */
function keyOf(label: string): string {
  const [row, col] = label.split(', ');
  const r = row === 'I alt' ? 'T' : `r${Number(row?.replace('Enhet ', '')) - 1}`;
  const c = col === 'I alt' ? 'T' : `c${Number(col?.replace(/^K(\d).*/, '$1')) - 1}`;
  return `${r}|${c}`;
}
