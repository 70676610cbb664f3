import { and, eq, sql } from 'drizzle-orm';
import { NOW_UTC, statisticsCounts } from '../../db/schema';
import type { AppContext } from '../context';
import { fieldError, fieldErrors } from '../errors';
import type { CellChange, CountValue, Quarter, QuarterSaved, QuarterSheet, RelationNote } from './contract';
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

/** The grid for one quarter: units that take numbers, indicators in use, and rows or columns that hold numbers from before. */
export function quarterSheet(ctx: AppContext, period: Quarter): QuarterSheet {
  const values = storedValues(ctx, period);
  const before = quarterBefore(period);
  const unitsWithValues = new Set(values.map((v) => v.unitId));
  const indicatorsWithValues = new Set(values.map((v) => v.indicatorId));
  return {
    ...period,
    label: quarterLabel(period.year, period.quarter),
    open: !isAfter(period, currentQuarter(ctx.today())),
    units: statisticsUnits(ctx)
      .filter((u) => u.takesNumbers || unitsWithValues.has(u.id))
      .map(({ id, name, path, sectorId, sectorName, takesNumbers, archived }) => ({
        id,
        name,
        path,
        sectorId,
        sectorName,
        editable: takesNumbers,
        lockedReason: takesNumbers ? null : lockedReason({ archived }),
      })),
    indicators: listIndicators(ctx, true)
      .filter((i) => !i.archived || indicatorsWithValues.has(i.id))
      .map(({ id, name, description, measure, archived, adds, takes }) => ({
        id,
        name,
        description,
        measure,
        archived,
        adds,
        takes,
      })),
    values,
    previous: { label: quarterLabel(before.year, before.quarter), values: storedValues(ctx, before) },
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
