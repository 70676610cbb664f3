import { eq } from 'drizzle-orm';
import { statisticsCounts } from '../../db/schema';
import type { AppContext } from '../context';
import { whileUnchanged } from '../dataVersion';
import type { PublishedTable } from '../disclosure/publish';
import type { Protection } from '../disclosure/suppress';
import {
  publishSystem,
  type CellRef,
  type ComponentMemory,
  type PublishedPattern,
  type Relation,
  type SystemTable,
} from '../disclosure/system';
import type { AxisRef } from '../disclosure/table';
import type { TableSpec } from './contract';
import { type IndicatorTableInput, statisticsTables } from './tables';

/**
 * The tables of one publication view (year; quarters or the year; units or the whole municipality), protected as
 * one system with the catalogue's relations (issue #11; the method is DISCLOSURE.md's, see core/disclosure/system.ts):
 *
 * - a count over the period worked out from others: its cell = Σ adds − Σ takes, in every row and period;
 * - a count at the period's end: its cell = the cell one period before + Σ adds − Σ takes. For the first period the
 *   one before is last year's year-end count in the same view, as it was published then: known where it was
 *   shown, hidden where it was hidden (and still protected). Last year is protected the same way, first. With no
 *   numbers at all the year before, the count before is taken as 0 (a new committee's first report).
 *
 * Results are kept by their exact input (the counts, the layout, the relations, last year's pattern and k), so a
 * view shown again is not solved again, and any change to the numbers gives a new result. So are the components of
 * the system (`ComponentMemory`): last year's counts tied by relations are one component both in last year's own
 * view and at this year's year boundary (which protects only those), so showing last year and then this year
 * solves them once.
 */

export interface ProtectedView {
  tables: IndicatorTableInput[];
  published: PublishedTable[];
}

const CACHE_SIZE = 48;
const cache = new Map<string, Promise<PublishedTable[]>>();
/** Protected components, with their proofs (the audit checks them again): fewer, they are larger. */
const COMPONENTS_SIZE = 12;
const components = new Map<string, Promise<Protection>>();

function remembered<T>(
  kept: Map<string, Promise<T>>,
  size: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const result = compute();
  result.catch(() => kept.delete(key));
  kept.set(key, result);
  while (kept.size > size) kept.delete(kept.keys().next().value ?? '');
  return result;
}

/**
 * Views kept while the data file is unchanged: a year's view needs last year's, and that the year's before, so
 * without this every showing would read every year of counts again (linear in the years of history).
 */
const sameData = whileUnchanged<ProtectedView>(CACHE_SIZE);

/** A component two views share (last year's linked counts, in last year's view and at this year's boundary) is solved once. */
const memory: ComponentMemory = (key, protect) => remembered(components, COMPONENTS_SIZE, key, protect);

/** Forgets every protected view and component (for benchmarks that measure a first showing). */
export function clearProtectionCache(): void {
  sameData.clear();
  cache.clear();
  components.clear();
}

function rowRefs(table: IndicatorTableInput): { ref: AxisRef; label: string }[] {
  const { rowLabels, groupLabels = [], parents } = table.input;
  return [
    ...rowLabels.map((label, index) => ({ ref: { kind: 'leaf' as const, index }, label: `r:${label}` })),
    ...(parents
      ? groupLabels.map((label, index) => ({ ref: { kind: 'group' as const, index }, label: `g:${label}` }))
      : []),
    { ref: { kind: 'total' as const }, label: 'total' },
  ];
}

/** Indicators that take part in some relation of the view: the ones whose protection is tied together. */
function related(tables: readonly IndicatorTableInput[]): Set<number> {
  const ids = new Set<number>();
  for (const { indicator, terms } of tables) {
    if (terms.adds.length + terms.takes.length === 0) continue;
    ids.add(indicator.id);
    for (const id of [...terms.adds, ...terms.takes]) ids.add(id);
  }
  return ids;
}

function hasCounts(ctx: AppContext, year: number): boolean {
  return (
    ctx.db
      .select({ y: statisticsCounts.year })
      .from(statisticsCounts)
      .where(eq(statisticsCounts.year, year))
      .limit(1)
      .all().length > 0
  );
}

/** Last year's year-end column of a count at the period's end, and how it was published. */
function yearEndTable(table: IndicatorTableInput, published: PublishedTable): SystemTable {
  const last = table.input.colLabels.length - 1;
  const column = <T>(values: readonly (readonly T[])[]): T[][] => values.map((row) => [row[last] as T]);
  const frozen: PublishedPattern = {
    cells: column(published.cells),
    rowTotals: [],
    colTotals: [published.colTotals[last] ?? null],
    grandTotal: null,
    ...(published.groups
      ? { groups: published.groups.map((g) => ({ ...g, cells: [g.cells[last] ?? null], total: null })) }
      : {}),
  };
  return {
    ...table.input,
    colLabels: [table.input.colLabels[last] ?? ''],
    cells: column(table.input.cells),
    columnTotals: false,
    frozen,
  };
}

async function protectTables(
  ctx: AppContext,
  spec: TableSpec,
  k: number,
  only?: ReadonlySet<number>,
): Promise<ProtectedView> {
  const tables = statisticsTables(ctx, spec, only);
  const position = new Map(tables.map((t, i) => [t.indicator.id, i]));
  const linked = related(tables);
  const systemTables: SystemTable[] = tables.map((t) => t.input);
  const relations: Relation[] = [];

  const stocks = tables.filter(
    (t) => t.indicator.measure === 'stock' && t.terms.adds.length + t.terms.takes.length > 0,
  );
  const boundary = new Map<number, { table: number; rows: Map<string, AxisRef> }>();
  const firstYear = !hasCounts(ctx, spec.year - 1);
  if (stocks.length > 0 && !firstYear) {
    const before = await protectView(ctx, { ...spec, year: spec.year - 1 }, k, linked);
    before.tables.forEach((table, i) => {
      const published = before.published[i];
      if (!published || !stocks.some((s) => s.indicator.id === table.indicator.id)) return;
      boundary.set(table.indicator.id, {
        table: systemTables.length,
        rows: new Map(rowRefs(table).map((r) => [r.label, r.ref])),
      });
      systemTables.push(yearEndTable(table, published));
    });
  }

  for (const t of tables) {
    const { adds, takes } = t.terms;
    if (adds.length + takes.length === 0 || ![...adds, ...takes].every((id) => position.has(id))) continue;
    const self = position.get(t.indicator.id) ?? -1;
    const last = boundary.get(t.indicator.id);
    for (const { ref: row, label } of rowRefs(t)) {
      t.input.colLabels.forEach((_, c) => {
        const col: AxisRef = { kind: 'leaf', index: c };
        const at = (id: number): CellRef => ({ table: position.get(id) ?? -1, row, col });
        const before: CellRef[] = [];
        if (t.indicator.measure === 'stock') {
          const previous = c > 0 ? { table: self, row, col: { kind: 'leaf' as const, index: c - 1 } } : undefined;
          const lastRow = last?.rows.get(label);
          const yearEnd =
            last && lastRow ? { table: last.table, row: lastRow, col: { kind: 'leaf' as const, index: 0 } } : undefined;
          const prior = previous ?? yearEnd;
          // With no numbers from the year before, an attacker may take the count before to be 0 (a new committee).
          if (!prior && !firstYear) return;
          if (prior) before.push(prior);
        }
        relations.push({ total: { table: self, row, col }, plus: [...before, ...adds.map(at)], minus: takes.map(at) });
      });
    }
  }

  const key = JSON.stringify({ k, systemTables, relations });
  const published = await remembered(cache, CACHE_SIZE, key, () =>
    publishSystem({ tables: systemTables, relations }, { k, memory }),
  );
  return { tables, published: published.slice(0, tables.length) };
}

/** The view's tables and how each is published; `only` limits it to some indicators (with everything they are tied to). */
export function protectView(
  ctx: AppContext,
  spec: TableSpec,
  k: number,
  only?: ReadonlySet<number>,
): Promise<ProtectedView> {
  const key = JSON.stringify({ spec, k, only: only ? [...only].sort((a, b) => a - b) : null });
  return sameData.get(ctx.sqlite, key, () => protectTables(ctx, spec, k, only));
}
