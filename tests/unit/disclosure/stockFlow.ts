import fc from 'fast-check';
import type { PublishedTable } from '../../../core/disclosure/publish';
import { publishSystem, type CellRef, type Relation, type SystemInput } from '../../../core/disclosure/system';
import type { AxisRef } from '../../../core/disclosure/table';
import { publishedBlocks, type AttackedTable, type CellKey, type KnownRelation } from './attacker';
import { hiddenInPublished } from './helpers';

/**
 * Counts that obey "active at the end = active before + new − completed − broken off" per unit and quarter, the way
 * real AKAN agreements do, with the year before's year-end counts as a published (frozen) column.
 */
export interface StockFlowData {
  readonly k: number;
  /** Year-end active per unit the year before. */
  readonly start: readonly number[];
  /** `[unit][quarter]`; null where the unit did not report that quarter. */
  readonly added: readonly (readonly (number | null)[])[];
  readonly completed: readonly (readonly (number | null)[])[];
  readonly broken: readonly (readonly (number | null)[])[];
  readonly active: readonly (readonly (number | null)[])[];
  readonly parents?: readonly (number | null)[];
  readonly groupLabels?: readonly string[];
}

export const STOCK = 3;
export const YEAR_END = 4;

interface UnitDraw {
  start: number;
  quarters: { added: number; ended: number; brokenShare: number; missing: boolean }[];
}

export function stockFlowData(
  units: fc.Arbitrary<number>,
  quarters: fc.Arbitrary<number>,
  missing = 0.1,
): fc.Arbitrary<StockFlowData> {
  return fc
    .record({ k: fc.integer({ min: 3, max: 5 }), units, quarters, groups: fc.integer({ min: 0, max: 3 }) })
    .chain(({ k, units: unitCount, quarters: quarterCount, groups }) => {
      const small = fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 4, max: 9 }) },
      );
      const quarter = fc.record({
        added: small,
        ended: small,
        brokenShare: fc.double({ min: 0, max: 1, noNaN: true }),
        missing: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < missing),
      });
      const unit = fc.record({
        start: small,
        quarters: fc.array(quarter, { minLength: quarterCount, maxLength: quarterCount }),
      });
      const groupCount = Math.min(groups, unitCount);
      return fc.record({
        k: fc.constant(k),
        draws: fc.array(unit, { minLength: unitCount, maxLength: unitCount }),
        parents:
          groupCount > 0
            ? fc.array(fc.option(fc.integer({ min: 0, max: groupCount - 1 }), { freq: 5, nil: null }), {
                minLength: unitCount,
                maxLength: unitCount,
              })
            : fc.constant(undefined),
        groupCount: fc.constant(groupCount),
      });
    })
    .map(({ k, draws, parents, groupCount }) => build(k, draws, parents, groupCount));
}

function build(
  k: number,
  draws: readonly UnitDraw[],
  parents: (number | null)[] | undefined,
  groupCount: number,
): StockFlowData {
  const added: (number | null)[][] = [];
  const completed: (number | null)[][] = [];
  const broken: (number | null)[][] = [];
  const active: (number | null)[][] = [];
  for (const draw of draws) {
    let stock = draw.start;
    const rows = [[], [], [], []] as (number | null)[][];
    for (const q of draw.quarters) {
      const ended = Math.min(q.ended, stock + q.added);
      const brokenOff = Math.round(ended * q.brokenShare);
      stock = stock + q.added - ended;
      const values = [q.added, ended - brokenOff, brokenOff, stock];
      values.forEach((v, i) => rows[i]!.push(q.missing ? null : v));
    }
    added.push(rows[0]!);
    completed.push(rows[1]!);
    broken.push(rows[2]!);
    active.push(rows[3]!);
  }
  return {
    k,
    start: draws.map((d) => d.start),
    added,
    completed,
    broken,
    active,
    ...(parents ? { parents, groupLabels: Array.from({ length: groupCount }, (_, g) => `Sektor ${g + 1}`) } : {}),
  };
}

function rowRefs(data: StockFlowData): AxisRef[] {
  return [
    ...data.start.map((_, index) => ({ kind: 'leaf' as const, index })),
    ...(data.parents ? (data.groupLabels ?? []).map((_, index) => ({ kind: 'group' as const, index })) : []),
    { kind: 'total' },
  ];
}

function tableOf(data: StockFlowData, cells: readonly (readonly (number | null)[])[], columnTotals = true) {
  return {
    rowLabels: cells.map((_, u) => `Enhet ${u + 1}`),
    colLabels: (cells[0] ?? []).map((_, q) => `K${q + 1}`),
    cells,
    ...(data.parents ? { parents: data.parents, groupLabels: data.groupLabels ?? [] } : {}),
    ...(columnTotals ? {} : { columnTotals: false }),
  };
}

/** Last year's year-end column, published on its own the way it was then. */
/** Units in 2–3 sectors (a few outside every sector), tied by the relation across 2–4 quarters. */
export function sectorData(units: fc.Arbitrary<number>): fc.Arbitrary<StockFlowData> {
  return fc
    .record({
      data: stockFlowData(units, fc.integer({ min: 2, max: 4 })),
      groups: fc.integer({ min: 2, max: 3 }),
      seed: fc.infiniteStream(fc.option(fc.nat(), { freq: 8, nil: null })),
    })
    .map(({ data, groups, seed }) => {
      const draws = [...seed.take(data.start.length)];
      return {
        ...data,
        parents: draws.map((draw, u) => (draw === null ? null : (u + draw) % groups)),
        groupLabels: Array.from({ length: groups }, (_, g) => `Sektor ${g + 1}`),
      };
    });
}

export async function yearEndPublished(data: StockFlowData): Promise<PublishedTable> {
  const [published] = await publishSystem(
    {
      tables: [
        {
          ...tableOf(
            data,
            data.start.map((v) => [v]),
            false,
          ),
          colLabels: ['K4 i fjor'],
        },
      ],
    },
    { k: data.k },
  );
  return published!;
}

/** The engine's input: new, completed, broken off, active (no totals over quarters), and last year's column, frozen. */
export function systemInput(data: StockFlowData, yearEnd: PublishedTable): SystemInput {
  const tables = [
    tableOf(data, data.added),
    tableOf(data, data.completed),
    tableOf(data, data.broken),
    tableOf(data, data.active, false),
    {
      ...tableOf(
        data,
        data.start.map((v) => [v]),
        false,
      ),
      colLabels: ['K4 i fjor'],
      frozen: yearEnd,
    },
  ];
  const relations: Relation[] = [];
  for (const row of rowRefs(data)) {
    (data.active[0] ?? []).forEach((_, c) => {
      const at = (table: number, col = c): CellRef => ({ table, row, col: { kind: 'leaf', index: col } });
      relations.push({
        total: at(STOCK),
        plus: [c === 0 ? at(YEAR_END, 0) : at(STOCK, c - 1), at(0)],
        minus: [at(1), at(2)],
      });
    });
  }
  return { tables, relations };
}

/** The attacker's view of the published tables, and the relation per unit and quarter wherever all five were reported. */
export function attackerView(
  data: StockFlowData,
  published: readonly PublishedTable[],
): { tables: AttackedTable[]; relations: KnownRelation[] } {
  const input = systemInput(data, published[YEAR_END]!);
  const tables = input.tables.map((table, t) => ({
    cells: table.cells,
    parents: table.parents,
    columnTotals: table.columnTotals,
    hidden: hiddenInPublished(published[t]!),
  }));
  const relations: KnownRelation[] = [];
  data.start.forEach((_, u) => {
    (data.active[u] ?? []).forEach((_, c) => {
      const key = (table: number, col = c): CellKey => ({ table, key: `r${u}|c${col}` });
      const previous = c === 0 ? key(YEAR_END, 0) : key(STOCK, c - 1);
      const cells = [key(STOCK), previous, key(0), key(1), key(2)];
      if (cells.some(({ table, key: k }) => !publishedBlocks(tables[table]!).some((b) => b.key === k))) return;
      relations.push([
        [cells[0]!, 1],
        [previous, -1],
        [cells[2]!, -1],
        [cells[3]!, 1],
        [cells[4]!, 1],
      ]);
    });
  });
  return { tables, relations };
}

/** Counts from 1 to k-1 the attacker must not narrow down: this year's, and last year's that were hidden. */
export function attackedPrimaries(view: { tables: AttackedTable[] }, k: number): CellKey[] {
  return view.tables.flatMap((table, t) =>
    publishedBlocks(table).flatMap((block) =>
      block.value >= 1 && block.value < k && (t !== YEAR_END || table.hidden.has(block.key))
        ? [{ table: t, key: block.key }]
        : [],
    ),
  );
}
