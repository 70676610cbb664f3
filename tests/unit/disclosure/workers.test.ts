import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { auditSystem } from '../../../core/disclosure/audit';
import { partsOf, protectInParts } from '../../../core/disclosure/split';
import { combinedSystem } from '../../../core/disclosure/system';
import { solveBlock } from '../../../core/disclosure/blockTask';
import { useDisclosureWorkers } from '../../../core/disclosure/workers';
import { doneOnWorkers } from '../../../core/workers/pool';
import { sectorData, systemInput, yearEndPublished } from './stockFlow';

/** Linked systems in sectors, big enough to fall apart into blocks, the same in every run. */
async function systems() {
  const samples = fc.sample(sectorData(fc.integer({ min: 8, max: 12 })), { seed: 11, numRuns: 4 });
  return Promise.all(
    samples.map(async (data) => ({
      k: data.k,
      system: combinedSystem(systemInput(data, await yearEndPublished(data))),
    })),
  );
}

/** The first sampled system, and its protection with every block solved on the main thread. */
async function firstSolvedHere() {
  const [first] = await systems();
  if (!first) throw new Error('No system sampled');
  await useDisclosureWorkers(0);
  return { ...first, here: await protectInParts(first.system, first.system.margin, first.k) };
}

afterAll(() => useDisclosureWorkers(undefined));

describe('blocks of a split system solved on worker threads (core/disclosure/workers.ts)', () => {
  it('give the same pattern and the same proofs as solved here one after another, and pass the audit', async () => {
    for (const { k, system } of await systems()) {
      const blocks = partsOf(system, system.margin).blocks.length;
      expect(blocks).toBeGreaterThanOrEqual(2);
      await useDisclosureWorkers(0);
      const before = doneOnWorkers('block');
      const here = await protectInParts(system, system.margin, k);
      expect(doneOnWorkers('block')).toBe(before);

      await useDisclosureWorkers(2, { minBlockMs: 0 });
      const threads = await protectInParts(system, system.margin, k);
      expect(doneOnWorkers('block')).toBe(before + blocks);
      expect([...threads.pattern].sort((a, b) => a - b)).toEqual([...here.pattern].sort((a, b) => a - b));
      expect(threads.solutions.map((x) => [...x])).toEqual(here.solutions.map((x) => [...x]));
      expect(await auditSystem(system, k, threads.pattern, threads.solutions)).toEqual({ ok: true });
    }
  }, 120_000);

  it('blocks that take less than sending them would save are solved here, with the same result', async () => {
    const { k, system, here } = await firstSolvedHere();
    await useDisclosureWorkers(2, { minBlockMs: 60_000 });
    const before = doneOnWorkers('block');
    expect((await protectInParts(system, system.margin, k)).pattern).toEqual(here.pattern);
    expect((await protectInParts(system, system.margin, k)).pattern).toEqual(here.pattern);
    expect(doneOnWorkers('block')).toBe(before);
  }, 120_000);

  it('when a worker cannot start, every block is solved here instead, with the same result', async () => {
    const { k, system, here } = await firstSolvedHere();
    await useDisclosureWorkers(2, {
      script: { file: '/nonexistent/akanWorker.js', execArgv: [] },
      minBlockMs: 0,
    });
    const before = doneOnWorkers('block');
    const fallback = await protectInParts(system, system.margin, k);
    expect(doneOnWorkers('block')).toBe(before);
    expect(fallback.pattern).toEqual(here.pattern);
    // The broken pool is not used again: the next publication does not wait for a worker either.
    expect((await protectInParts(system, system.margin, k)).pattern).toEqual(here.pattern);
  }, 120_000);
});

/** Two units of 1 below a sector subtotal of 2 that the block holds: neither can reach k = 3 in the block. */
const TWO_UNDER_TWO = {
  variables: [
    { value: 1, level: 0, label: 'Enhet A' },
    { value: 1, level: 0, label: 'Enhet B' },
    { value: 2, level: 1, label: 'Sektor', frozen: 'published' as const },
  ],
  equations: [{ members: [0, 1], total: 2 }],
};

describe('a block solved with the top part’s solutions carried into it (core/disclosure/blockTask.ts)', () => {
  it('aims each carried solution at primaries the block alone cannot take to k: a unit below a small sector subtotal', async () => {
    const system = TWO_UNDER_TWO;
    const { pattern, solutions, carried } = await solveBlock({ system, k: 3, carry: [[[2, 4]], [[2, 4]]] });
    expect(pattern).toEqual([0, 1]);
    expect(solutions.some((x) => (x[0] ?? 0) >= 3 || (x[1] ?? 0) >= 3)).toBe(false);
    // The top part's solutions put the subtotal at 4: each carried solution takes a unit still unproven to k.
    for (const x of carried) expect((x?.[0] ?? 0) + (x?.[1] ?? 0)).toBeCloseTo(4);
    for (const unit of [0, 1]) expect(carried.some((x) => (x?.[unit] ?? 0) >= 3 - 1e-6)).toBe(true);
    // A subtotal the block's hidden numbers cannot follow (below what is published) gives no solution.
    const blocked = await solveBlock({
      system: {
        ...system,
        variables: [
          system.variables[0]!,
          { value: 1, level: 0, label: 'Enhet B', frozen: 'published' as const },
          system.variables[2]!,
        ],
      },
      k: 3,
      carry: [[[2, 0]]],
    });
    expect(blocked.carried).toEqual([null]);
  });

  it('where the block’s pattern cannot follow the margins, the cheapest change does, hiding what it moves', async () => {
    // Enhet A and B (1 each) and C and D (5 and 4) below their sector subtotal (11), which the block holds.
    const system = {
      variables: [
        { value: 1, level: 0, label: 'Enhet A' },
        { value: 1, level: 0, label: 'Enhet B' },
        { value: 5, level: 0, label: 'Enhet C' },
        { value: 4, level: 0, label: 'Enhet D' },
        { value: 11, level: 1, label: 'Sektor', frozen: 'published' as const },
      ],
      equations: [{ members: [0, 1, 2, 3], total: 4 }],
    };
    expect((await solveBlock({ system, k: 3, carry: [] })).pattern).not.toContain(2);
    // The top part's solution lowers the subtotal to 4, below C alone: C moves, and is hidden.
    const { pattern, carried } = await solveBlock({ system, k: 3, carry: [[[4, 4]]] });
    expect(pattern).toContain(2);
    const [x] = carried;
    expect(x).toBeTruthy();
    expect([0, 1, 2, 3].reduce((sum, i) => sum + (x?.[i] ?? 0), 0)).toBeCloseTo(4);
    expect(
      [0, 1, 2, 3].every(
        (i) => (x?.[i] ?? 0) >= -1e-9 && (pattern.includes(i) || x?.[i] === system.variables[i]?.value),
      ),
    ).toBe(true);
  });

  it('a primary the carried solutions leave short of k gets a variant of one of them that takes it there', async () => {
    const system = TWO_UNDER_TWO;
    // One top solution puts the subtotal at 3: the carried solution takes one unit to 3, a variant the other.
    const { carried, variants } = await solveBlock({ system, k: 3, carry: [[[2, 3]]] });
    const proofs = [carried[0], ...variants.map(({ carry, x }) => (carry === 0 ? x : null))];
    expect(variants).toHaveLength(1);
    for (const x of proofs) expect((x?.[0] ?? 0) + (x?.[1] ?? 0)).toBeCloseTo(3);
    for (const unit of [0, 1]) expect(proofs.some((x) => (x?.[unit] ?? 0) >= 3 - 1e-6)).toBe(true);
  });
});
