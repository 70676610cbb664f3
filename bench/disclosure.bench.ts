import { protectTable } from '../core/disclosure/suppress';
import type { TableInput } from '../core/disclosure/table';
import { seededRandom } from '../core/demo/random';

/** Mostly zeros, many small counts, some larger ones: what a municipality's quarterly AKAN counts look like. */
export function zeroHeavyNestedTable(units: number, periods: number, sectors: number, seed: number): TableInput {
  const random = seededRandom(seed);
  const count = (): number => {
    const r = random();
    if (r < 0.5) return 0;
    if (r < 0.75) return 1 + Math.floor(random() * 2);
    return Math.floor(random() * 15);
  };
  return {
    cells: Array.from({ length: units }, () => Array.from({ length: periods }, count)),
    rowLabels: Array.from({ length: units }, (_, u) => `Enhet ${u + 1}`),
    colLabels: Array.from({ length: periods }, (_, p) => `Periode ${p + 1}`),
    parents: Array.from({ length: units }, (_, u) => Math.floor((u * sectors) / units)),
    groupLabels: Array.from({ length: sectors }, (_, s) => `Sektor ${s + 1}`),
  };
}

const table = zeroHeavyNestedTable(100, 12, 10, 20240101);

export default [
  {
    name: 'disclosure: protect 100 units × 12 periods with 10 sector subtotals (k = 3)',
    run: async (): Promise<void> => {
      await protectTable(table, { k: 3 });
    },
  },
];
