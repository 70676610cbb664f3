import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Protection } from '../../../core/disclosure/suppress';
import { publishSystem, type ComponentMemory, type SystemInput } from '../../../core/disclosure/system';
import { stockFlowData, systemInput, yearEndPublished } from './stockFlow';

/** A memory that keeps every component and counts how often one had to be protected (identical components, such as
 * lone numbers in no equation, are protected once even within one system). */
function countingMemory() {
  const kept = new Map<string, Promise<Protection>>();
  const counts = { protected: 0, reused: 0 };
  const memory: ComponentMemory = (key, protect) => {
    const hit = kept.get(key);
    if (hit) {
      counts.reused++;
      return hit;
    }
    counts.protected++;
    const result = protect();
    kept.set(key, result);
    return result;
  };
  return { memory, counts };
}

describe('components kept by their exact input (ComponentMemory)', () => {
  it('a component two systems share is protected once and published as without the memory; another table is its own component', async () => {
    await fc.assert(
      fc.asyncProperty(stockFlowData(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 4 })), async (data) => {
        const linked = systemInput(data, await yearEndPublished(data));
        const other = {
          rowLabels: ['Enhet A', 'Enhet B'],
          colLabels: ['K1', 'K2'],
          cells: [
            [1, 0],
            [4, 2],
          ],
        };
        const wider: SystemInput = { ...linked, tables: [...linked.tables, other] };
        const { memory, counts } = countingMemory();

        const first = await publishSystem(linked, { k: data.k, memory });
        const protectedFirst = counts.protected;
        expect(protectedFirst).toBeGreaterThan(0);
        const second = await publishSystem(wider, { k: data.k, memory });
        // Only the new table is protected; the linked tables' components come from the memory, unchanged.
        expect(counts.protected).toBe(protectedFirst + 1);
        expect(counts.reused).toBeGreaterThanOrEqual(protectedFirst);
        expect(first).toEqual(await publishSystem(linked, { k: data.k }));
        expect(second).toEqual(await publishSystem(wider, { k: data.k }));
        expect(second.slice(0, first.length)).toEqual(first);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
