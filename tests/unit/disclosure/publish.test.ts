import { describe, expect, it } from 'vitest';
import {
  DisclosureError,
  SUPPRESSION_SYMBOL,
  publishLinkedTables,
  publishTable,
  suppressionFootnote,
  type PublishInput,
  type PublishedTable,
  type PublishedValue,
} from '../../../core/disclosure';
import { publishedBlocks, yalpsAttacker, type CellKey } from './attacker';
import { hiddenInPublished } from './helpers';
import { zeroHeavyNestedTable } from '../../../bench/disclosure.bench';

const quarters = ['K1', 'K2', 'K3', 'K4'];

const sectorTable: PublishInput = {
  rowLabels: ['Barnehage Sol', 'Barnehage Måne', 'Skole Nord', 'Skole Sør', 'Sykehjem'],
  colLabels: quarters,
  cells: [
    [0, 4, 0, 6],
    [5, 1, 0, 7],
    [9, 8, 0, 12],
    [4, 2, 0, 3],
    [0, 0, 0, 0],
  ],
  parents: [0, 0, 1, 1, null],
  groupLabels: ['Barnehager', 'Skoler'],
};

/** Counts from 1 to k-1 (totals included) that the independent attacker can narrow down in the published tables. */
function weakPrimaries(
  inputs: readonly PublishInput[],
  published: readonly PublishedTable[],
  k: number,
  links: ReadonlyArray<readonly [CellKey, CellKey]> = [],
): CellKey[] {
  const tables = inputs.map((input, t) => {
    const out = published[t];
    if (!out) throw new Error(`table ${t} was not published`);
    return { cells: input.cells, parents: input.parents, hidden: hiddenInPublished(out) };
  });
  const primaries = tables.flatMap((table, t) =>
    publishedBlocks(table).flatMap((block) =>
      block.value >= 1 && block.value < k ? [{ table: t, key: block.key }] : [],
    ),
  );
  return yalpsAttacker(tables, k, links).weak(primaries);
}

/** Every number shown agrees with the data, and no count below k can be narrowed down. */
function expectProtected(
  inputs: readonly PublishInput[],
  published: readonly PublishedTable[],
  k: number,
  links: ReadonlyArray<readonly [CellKey, CellKey]> = [],
): void {
  inputs.forEach((input, t) =>
    input.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const shown = published[t]?.cells[r]?.[c];
        if (shown !== null) expect(shown).toBe(value);
      }),
    ),
  );
  expect(weakPrimaries(inputs, published, k, links)).toEqual([]);
}

describe('publishTable', () => {
  it('publishes zeros as 0, computes totals and subtotals, and hides every count from 1 to k-1', async () => {
    const published = await publishTable(sectorTable, { k: 3 });
    expect(published.k).toBe(3);
    expect(published.rowLabels).toEqual(sectorTable.rowLabels);
    expect(published.colLabels).toEqual(quarters);
    expect(published.cells[4]).toEqual([0, 0, 0, 0]);
    expect(published.cells.map((row) => row[2])).toEqual([0, 0, 0, 0, 0]);
    expect(published.cells[1]?.[1]).toBeNull();
    expect(published.cells[3]?.[1]).toBeNull();
    expect(published.grandTotal).toBe(61);
    expect(published.rowTotals[4]).toBe(0);
    expect(published.colTotals[2]).toBe(0);
    expect(published.groups?.map((g) => [g.label, g.rowIndexes])).toEqual([
      ['Barnehager', [0, 1]],
      ['Skoler', [2, 3]],
    ]);
    const totals = (values: readonly PublishedValue[], expected: readonly number[]): void =>
      values.forEach((value, i) => value !== null && expect(value).toBe(expected[i]));
    totals(published.rowTotals, [10, 13, 29, 9, 0]);
    totals(published.colTotals, [18, 15, 0, 28]);
    totals(published.groups?.[0]?.cells ?? [], [5, 5, 0, 13]);
    totals(published.groups?.[1]?.cells ?? [], [13, 10, 0, 15]);
    expectProtected([sectorTable], [published], 3);
  });

  it('reports the share of hidden cells and flags tables where more than a quarter is hidden', async () => {
    const large: PublishInput = {
      rowLabels: ['A', 'B'],
      colLabels: quarters,
      cells: [
        [5, 6, 7, 8],
        [9, 10, 11, 12],
      ],
    };
    const clean = await publishTable(large, { k: 3 });
    expect(clean.suppressedShare).toBe(0);
    expect(clean.tooManySuppressed).toBe(false);
    expect(clean.cells).toEqual(large.cells);

    const sparse: PublishInput = {
      rowLabels: ['A', 'B'],
      colLabels: quarters,
      cells: [
        [1, 6, 7, 8],
        [9, 10, 11, 12],
      ],
    };
    const few = await publishTable(sparse, { k: 3 });
    expect(few.suppressedShare).toBe(4 / 8);
    expect(few.tooManySuppressed).toBe(true);

    const some = await publishTable({ ...sectorTable }, { k: 3 });
    const hidden = some.cells.flat().filter((v) => v === null).length;
    expect(some.suppressedShare).toBe(hidden / 20);
    expect(some.tooManySuppressed).toBe(hidden / 20 > 0.25);
  });

  it('protects a 100 × 12 table with sector subtotals against the independent attacker', async () => {
    const table = zeroHeavyNestedTable(100, 12, 10, 7);
    const input: PublishInput = { ...table, rowLabels: table.rowLabels ?? [], colLabels: table.colLabels ?? [] };
    const published = await publishTable(input, { k: 4 });
    expect(published.groups).toHaveLength(10);
    expectProtected([input], [published], 4);
  }, 60_000);

  it('has one symbol and one footnote for every hidden number', () => {
    expect(SUPPRESSION_SYMBOL).toBe('*');
    expect(suppressionFootnote(3)).toBe(
      '* Skjermet: færre enn 3, eller skjult for at slike tall ikke skal kunne regnes ut.',
    );
    expect(suppressionFootnote(5)).toBe(
      '* Skjermet: færre enn 5, eller skjult for at slike tall ikke skal kunne regnes ut.',
    );
  });

  it('accepts thresholds from 3 to 10 only', async () => {
    const input: PublishInput = { rowLabels: ['A'], colLabels: ['K1'], cells: [[4]] };
    await expect(publishTable(input, { k: 2 })).rejects.toThrow(RangeError);
    await expect(publishTable(input, { k: 11 })).rejects.toThrow(RangeError);
    await expect(publishTable(input, { k: 3.5 })).rejects.toThrow(RangeError);
    expect((await publishTable(input, { k: 10 })).cells).toEqual([[null]]);
  });

  it('is deterministic', async () => {
    const a = await publishTable(sectorTable, { k: 4 });
    const b = await publishTable(sectorTable, { k: 4 });
    expect(b).toEqual(a);
  });
});

describe('publishLinkedTables', () => {
  // The same year's counts for two indicators, by quarter and by unit: both tables publish each indicator's total.
  const byQuarter: PublishInput = {
    rowLabels: ['Avtaler', 'Henvendelser'],
    colLabels: quarters,
    cells: [
      [0, 2, 2, 1],
      [0, 9, 0, 0],
    ],
  };
  const byUnit: PublishInput = {
    rowLabels: ['Enhet A', 'Enhet B', 'Enhet C'],
    colLabels: ['Avtaler', 'Henvendelser'],
    cells: [
      [0, 0],
      [3, 4],
      [2, 5],
    ],
  };
  const links: Array<readonly [CellKey, CellKey]> = [
    [
      { table: 0, key: 'r0|T' },
      { table: 1, key: 'T|c0' },
    ],
    [
      { table: 0, key: 'r1|T' },
      { table: 1, key: 'T|c1' },
    ],
    [
      { table: 0, key: 'T|T' },
      { table: 1, key: 'T|T' },
    ],
  ];

  it('protecting the tables one at a time is not enough when they share totals', async () => {
    const separate = [await publishTable(byQuarter, { k: 3 }), await publishTable(byUnit, { k: 3 })];
    expect(weakPrimaries([byQuarter], separate.slice(0, 1), 3)).toEqual([]);
    expect(weakPrimaries([byUnit], separate.slice(1), 3)).toEqual([]);
    expect(weakPrimaries([byQuarter, byUnit], separate, 3, links).length).toBeGreaterThan(0);
  });

  it('protects them together: shared totals are hidden in both or in neither, and nothing can be worked out', async () => {
    const published = await publishLinkedTables(
      [
        { ...byQuarter, shared: 'rows' },
        { ...byUnit, shared: 'columns' },
      ],
      { k: 3 },
    );
    const [quarterly, perUnit] = published;
    expect(quarterly?.rowTotals).toEqual(perUnit?.colTotals);
    expect(quarterly?.grandTotal).toBe(perUnit?.grandTotal);
    expectProtected([byQuarter, byUnit], published, 3, links);
  });

  it('refuses tables whose shared totals disagree', async () => {
    const wrong: PublishInput = {
      ...byUnit,
      cells: [
        [0, 0],
        [3, 4],
        [2, 6],
      ],
    };
    await expect(
      publishLinkedTables(
        [
          { ...byQuarter, shared: 'rows' },
          { ...wrong, shared: 'columns' },
        ],
        { k: 3 },
      ),
    ).rejects.toThrow(/disagree/);
  });

  it('exports DisclosureError for callers', () => {
    expect(new DisclosureError([]).code).toBe('refused');
  });
});
