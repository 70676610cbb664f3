import { and, eq, sql } from 'drizzle-orm';
import { NOW_UTC, statisticsCounts } from '../../db/schema';
import type { AppContext } from '../context';
import { fieldError, fieldErrors } from '../errors';
import { LIST_PAGE_SIZE } from '../paging';
import type {
  CellChange,
  CountValue,
  Quarter,
  QuarterSaved,
  QuarterSheet,
  RelationNote,
  SheetSector,
  SheetUnit,
} from './contract';
import { listIndicators } from './indicators';
import { quarterLabel } from './labels';
import { relationNotes } from './relationNotes';
import { cellConflictError, cellConflicts } from './cellConflicts';
import { currentQuarter, futureQuarterMessage, isAfter } from './periods';
import { type CountInput, cellKey, countErrors } from './rules';
import { statisticsUnits } from './units';

function storedValues(ctx: AppContext, { year, quarter }: Quarter): CountValue[] {
  return ctx.db
    .select({
      unitId: statisticsCounts.unitId,
      indicatorId: statisticsCounts.indicatorId,
      value: statisticsCounts.value,
    })
    .from(statisticsCounts)
    .where(and(eq(statisticsCounts.year, year), eq(statisticsCounts.quarter, quarter)))
    .all();
}

function lockedReason(unit: { archived: boolean }): string {
  return unit.archived ? 'Enheten er arkivert.' : 'Enheten har underenheter; tallene registreres der.';
}

/** Which part of a quarter to show: left out, the whole; `auto`, as the entry screen opens; a number, that sector. */
export type SectorChoice = number | 'auto' | undefined;

/** The top unit a row belongs to: its sector, or the row itself when it is at the top. */
const partOf = (unit: Pick<SheetUnit, 'id' | 'sectorId'>): number => unit.sectorId ?? unit.id;

/** The quarter's sectors in tree order, with how many of their units take numbers and have none stored. */
function sheetSectors(units: readonly SheetUnit[], reported: ReadonlySet<number>): SheetSector[] {
  const sectors = new Map<number, SheetSector>();
  for (const unit of units) {
    const id = partOf(unit);
    const sector = sectors.get(id) ?? { id, name: unit.sectorName ?? unit.name, units: 0, notReported: 0 };
    sectors.set(id, sector);
    if (!unit.editable) continue;
    sector.units += 1;
    if (!reported.has(unit.id)) sector.notReported += 1;
  }
  return [...sectors.values()];
}

/**
 * The sector to show, or null for the whole quarter. `auto` shows the whole quarter when its inputs fit in one list
 * (`LIST_PAGE_SIZE`) or it has a single sector, otherwise the first sector with units that have not reported (the
 * first sector when all have). A sector that is not in the quarter (archived since) is taken as `auto`.
 */
function shownSector(asked: SectorChoice, sectors: readonly SheetSector[], inputs: number): number | null {
  if (asked === undefined) return null;
  if (asked !== 'auto' && sectors.some((s) => s.id === asked)) return asked;
  if (inputs <= LIST_PAGE_SIZE || sectors.length <= 1) return null;
  return (sectors.find((s) => s.notReported > 0) ?? sectors[0]!).id;
}

/**
 * The grid for one quarter: units that take numbers, indicators in use, and rows or columns that hold numbers from
 * before; of one sector when `sector` asks for it (`reporting` and `sectors` still count the whole quarter).
 */
export function quarterSheet(
  ctx: AppContext,
  { sector: asked, ...period }: Quarter & { sector?: SectorChoice },
): QuarterSheet {
  const values = storedValues(ctx, period);
  const before = quarterBefore(period);
  const unitsWithValues = new Set(values.map((v) => v.unitId));
  const indicatorsWithValues = new Set(values.map((v) => v.indicatorId));
  const units: SheetUnit[] = statisticsUnits(ctx)
    .filter((u) => u.takesNumbers || unitsWithValues.has(u.id))
    .map(({ id, name, path, sectorId, sectorName, takesNumbers, archived }) => ({
      id,
      name,
      path,
      sectorId,
      sectorName,
      editable: takesNumbers,
      lockedReason: takesNumbers ? null : lockedReason({ archived }),
    }));
  const indicators = listIndicators(ctx, true)
    .filter((i) => !i.archived || indicatorsWithValues.has(i.id))
    .map(({ id, name, description, measure, archived, adds, takes }) => ({
      id,
      name,
      description,
      measure,
      archived,
      adds,
      takes,
    }));
  const taking = units.filter((u) => u.editable);
  const sectors = sheetSectors(units, unitsWithValues);
  const sector = shownSector(asked, sectors, taking.length * indicators.filter((i) => !i.archived).length);
  const shownUnits = sector === null ? units : units.filter((u) => partOf(u) === sector);
  const shownIds = new Set(shownUnits.map((u) => u.id));
  const shown = (list: CountValue[]) => (sector === null ? list : list.filter((v) => shownIds.has(v.unitId)));
  return {
    ...period,
    label: quarterLabel(period.year, period.quarter),
    open: !isAfter(period, currentQuarter(ctx.today())),
    sector,
    sectors: sector === null ? [] : sectors,
    reporting: { units: taking.length, notReported: taking.filter((u) => !unitsWithValues.has(u.id)).length },
    units: shownUnits,
    indicators,
    values: shown(values),
    previous: { label: quarterLabel(before.year, before.quarter), values: shown(storedValues(ctx, before)) },
  };
}

function quarterBefore({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

/** Where the numbers stored for the quarter break a relation of the catalogue. */
export function storedRelationNotes(ctx: AppContext, period: Quarter): RelationNote[] {
  const sheet = quarterSheet(ctx, period);
  const lookup = (values: readonly CountValue[]) => {
    const byCell = new Map(values.map((v) => [cellKey(v.unitId, v.indicatorId), v.value]));
    return (unitId: number, indicatorId: number): number | null => byCell.get(cellKey(unitId, indicatorId)) ?? null;
  };
  return relationNotes({
    label: sheet.label,
    previousLabel: sheet.previous.label,
    units: sheet.units,
    indicators: sheet.indicators,
    value: lookup(sheet.values),
    previous: lookup(sheet.previous.values),
  });
}

function store(ctx: AppContext, period: Quarter, { unitId, indicatorId, value }: CountInput): void {
  const where = and(
    eq(statisticsCounts.year, period.year),
    eq(statisticsCounts.quarter, period.quarter),
    eq(statisticsCounts.unitId, unitId),
    eq(statisticsCounts.indicatorId, indicatorId),
  );
  if (value === null) {
    ctx.db.delete(statisticsCounts).where(where).run();
    return;
  }
  ctx.db
    .insert(statisticsCounts)
    .values({ ...period, unitId, indicatorId, value, updatedBy: ctx.user })
    .onConflictDoUpdate({
      target: [statisticsCounts.year, statisticsCounts.quarter, statisticsCounts.unitId, statisticsCounts.indicatorId],
      set: { value, updatedAt: NOW_UTC, updatedBy: ctx.user, version: sql`${statisticsCounts.version} + 1` },
    })
    .run();
}

/** Stores the numbers that changed (all or nothing) and says which: old → new per cell. */
export function saveQuarter(ctx: AppContext, period: Quarter, counts: readonly CountInput[]): QuarterSaved {
  if (isAfter(period, currentQuarter(ctx.today()))) throw fieldError('quarter', futureQuarterMessage(period));
  const stored = new Map(storedValues(ctx, period).map((v) => [cellKey(v.unitId, v.indicatorId), v.value]));
  const units = new Map(statisticsUnits(ctx).map((u) => [u.id, u]));
  const indicators = new Map(listIndicators(ctx, true).map((i) => [i.id, i]));
  const before = (unitId: number, indicatorId: number) => stored.get(cellKey(unitId, indicatorId)) ?? null;
  const errors = countErrors(counts, { units, indicators, stored: before });
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  const conflicts = cellConflicts(ctx, period, counts);
  const cellName = (unitId: number, indicatorId: number) =>
    `${units.get(unitId)?.name ?? 'Enheten'}, ${indicators.get(indicatorId)?.name ?? 'indikatoren'}`;
  if (conflicts.length > 0) throw cellConflictError(ctx, counts, conflicts, cellName);

  const changes: CellChange[] = [];
  for (const count of counts) {
    const old = before(count.unitId, count.indicatorId);
    if (old === count.value || (count.was !== undefined && count.was === count.value)) continue;
    store(ctx, period, count);
    changes.push({
      unitId: count.unitId,
      unitName: units.get(count.unitId)?.name ?? '',
      indicatorId: count.indicatorId,
      indicatorName: indicators.get(count.indicatorId)?.name ?? '',
      before: old,
      after: count.value,
    });
  }
  return {
    ...period,
    label: quarterLabel(period.year, period.quarter),
    changedCount: changes.length,
    changes,
    relationNotes: storedRelationNotes(ctx, period),
  };
}
