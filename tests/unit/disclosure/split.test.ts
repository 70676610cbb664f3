import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditSystem, auditTable } from '../../../core/disclosure/audit';
import { partsOf, protectInParts } from '../../../core/disclosure/split';
import { protectSystem, protectWithProofs } from '../../../core/disclosure/suppress';
import { present } from '../../../core/disclosure/present';
import { combinedSystem } from '../../../core/disclosure/system';
import { buildTable, innerIndex } from '../../../core/disclosure/table';
import { yalpsAttacker } from './attacker';
import { fixtureTable, loadFixtures } from './helpers';
import {
  attackedPrimaries,
  attackerView,
  sectorData,
  systemInput,
  yearEndPublished,
  type StockFlowData,
} from './stockFlow';

async function bothWays(data: StockFlowData) {
  const input = systemInput(data, await yearEndPublished(data));
  const system = combinedSystem(input);
  const split = await protectInParts(system, system.margin, data.k);
  const whole = await protectSystem(system, { k: data.k });
  return { input, system, split: split.pattern, proofs: split.solutions, whole };
}

describe('a linked system protected part by part (sectors, then the whole) is as safe as protected at once', () => {
  it('the sectors fall apart into blocks once their subtotals are known; a table without sectors does not', () => {
    const data: StockFlowData = {
      k: 3,
      start: [1, 0, 2, 1],
      added: [
        [1, 0],
        [2, 1],
        [0, 0],
        [1, 1],
      ],
      completed: [
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ],
      broken: [
        [0, 0],
        [1, 0],
        [0, 0],
        [1, 0],
      ],
      active: [
        [1, 1],
        [1, 1],
        [1, 1],
        [1, 1],
      ],
    };
    const yearEnd = { cells: [[1], [0], [2], [1]], rowTotals: [], colTotals: [4], grandTotal: null };
    const sectors = { ...data, parents: [0, 0, 1, 1], groupLabels: ['Sektor 1', 'Sektor 2'] };
    const system = combinedSystem(systemInput(sectors, yearEnd as never));
    const { top, blocks } = partsOf(system, system.margin);
    expect(blocks.map((block) => block.members.filter((j) => !system.margin[j]).length)).toEqual([
      // Per sector: 2 units × (3 flow tables × (2 quarters + total) + 2 active quarters + last year's count).
      2 * (3 * 3 + 2 + 1),
      2 * (3 * 3 + 2 + 1),
    ]);
    expect(top.members.every((j) => system.margin[j])).toBe(true);
    const flat = combinedSystem(systemInput(data, yearEnd as never));
    expect(partsOf(flat, flat.margin).blocks).toHaveLength(1);
  });

  it('random consistent counts in sectors: the split pattern passes the audit of the whole system and yalps, like the unsplit one', async () => {
    const sizes: Array<[number, number]> = [];
    await fc.assert(
      fc.asyncProperty(sectorData(fc.integer({ min: 4, max: 12 })), async (data) => {
        const { input, system, split, proofs, whole } = await bothWays(data);
        expect(partsOf(system, system.margin).blocks.length).toBeGreaterThanOrEqual(2);
        expect(await auditSystem(system, data.k, split)).toEqual({ ok: true });
        expect(await auditSystem(system, data.k, split, proofs)).toEqual({ ok: true });
        expect(await auditSystem(system, data.k, whole)).toEqual({ ok: true });
        sizes.push([split.size, whole.size]);
        // The tables as published with the split pattern, against the second solver that knows the relation.
        const published = input.tables.map((table, t) =>
          present(table, buildTable(table), data.k, (j) => split.has(j + (system.offsets[t] ?? 0))),
        );
        const view = attackerView(data, published);
        expect(yalpsAttacker(view.tables, data.k, [], view.relations).weak(attackedPrimaries(view, data.k))).toEqual(
          [],
        );
        // Same input, same pattern.
        expect((await protectInParts(system, system.margin, data.k)).pattern).toEqual(split);
      }),
      { numRuns: 30 },
    );
    // Equally safe at a similar price: the split hides about as much as the unsplit solve.
    const [hiddenSplit, hiddenWhole] = sizes.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
    expect(hiddenSplit).toBeLessThanOrEqual(1.25 * hiddenWhole);
  }, 240_000);
});

describe('solutions handed to the suppression', () => {
  it('are used only when they agree with the system and the pattern; one that does not is ignored', async () => {
    const system = buildTable({
      cells: [
        [1, 4, 6],
        [5, 2, 7],
        [8, 9, 3],
      ],
    });
    const alone = await protectWithProofs(system, { k: 3 });
    const values = Float64Array.from(system.variables, (v) => v.value);
    const wrong = Float64Array.from(values, (v, j) => (j === 0 ? 3 : v));
    const published = Float64Array.from(values, (v, j) => (alone.pattern.has(j) ? v : v + 1));
    const given = await protectWithProofs(system, { k: 3, solutions: [wrong, published, values.subarray(1)] });
    expect(given.pattern).toEqual(alone.pattern);
    expect(given.solutions).not.toContain(wrong);
    expect(given.solutions).not.toContain(published);
    expect(await auditSystem(system, 3, given.pattern)).toEqual({ ok: true });
  });
});

describe('fillings handed to the audit', () => {
  it('spare it linear programs but never pass a pattern it would refuse: each is checked by substitution', async () => {
    const example = loadFixtures().find((e) => e.name === 'bridge')!;
    const table = fixtureTable(example);
    const model = buildTable(table);
    const bad = (example.badPattern ?? []).map(([r, c]) => innerIndex(model, r, c));
    const refused = await auditTable(table, example.k, bad);
    expect(refused.ok).toBe(false);
    // Fillings that claim every hidden cell reaches 0 and k, without keeping the sums.
    const values = Float64Array.from(model.variables, (v) => v.value);
    const claims = [0, example.k].map((x) => Float64Array.from(values, (v, j) => (bad.includes(j) ? x : v)));
    expect(await auditSystem(model, example.k, bad, claims)).toEqual(refused);
    // A good pattern's own proofs are enough: the audit agrees with them.
    const good = await protectWithProofs(model, { k: example.k });
    expect(await auditSystem(model, example.k, good.pattern, good.solutions)).toEqual({ ok: true });
  });
});
