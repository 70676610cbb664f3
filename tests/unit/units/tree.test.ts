import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type TreeUnit, descendantIds, subtreeTotals } from '../../../core/units/tree';

/** Units 1…n, each under an earlier one or at the top, listed in the order given. */
const trees = fc
  .array(fc.tuple(fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 60 })
  .chain((spec) =>
    fc.shuffledSubarray(
      spec.map(([parent, top, value], i): TreeUnit & { value: number } => ({
        id: i + 1,
        parentId: top || i === 0 ? null : (parent % i) + 1,
        name: `Enhet ${i + 1}`,
        value,
      })),
      { minLength: spec.length, maxLength: spec.length },
    ),
  );

describe('subtreeTotals', () => {
  test('each unit adds up its own value and those of every unit below it, at any depth', () => {
    fc.assert(
      fc.property(trees, (units) => {
        const value = new Map(units.map((u) => [u.id, u.value]));
        const totals = subtreeTotals(units, (id) => value.get(id)!);
        for (const unit of units) {
          const below = descendantIds(units, unit.id).reduce((sum, id) => sum + value.get(id)!, 0);
          expect(totals.get(unit.id)).toBe(unit.value + below);
        }
      }),
    );
  });

  test('a unit whose parent is not in the list counts as a top unit', () => {
    const units: TreeUnit[] = [
      { id: 2, parentId: 1, name: 'Hjemmetjenesten' },
      { id: 3, parentId: 2, name: 'Natt' },
    ];
    expect(subtreeTotals(units, () => 1)).toEqual(
      new Map([
        [2, 2],
        [3, 1],
      ]),
    );
  });
});
