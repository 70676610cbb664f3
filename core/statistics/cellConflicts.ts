import { and, eq } from 'drizzle-orm';
import { statisticsCounts } from '../../db/schema';
import { changedBy } from '../concurrency/conflict';
import type { AppContext } from '../context';
import { AppError, type CellConflict } from '../errors';
import type { Quarter } from './contract';
import { type CountInput, cellKey } from './rules';

interface StoredCell {
  value: number;
  by: string | null;
  at: string;
}

function storedCells(ctx: AppContext, { year, quarter }: Quarter): Map<string, StoredCell> {
  const rows = ctx.db
    .select({
      unitId: statisticsCounts.unitId,
      indicatorId: statisticsCounts.indicatorId,
      value: statisticsCounts.value,
      by: statisticsCounts.updatedBy,
      at: statisticsCounts.updatedAt,
    })
    .from(statisticsCounts)
    .where(and(eq(statisticsCounts.year, year), eq(statisticsCounts.quarter, quarter)))
    .all();
  return new Map(rows.map(({ unitId, indicatorId, ...cell }) => [cellKey(unitId, indicatorId), cell]));
}

const shown = (value: number | null) => (value === null ? 'ikke registrert' : String(value));

/**
 * The cells this save changes (its value differs from what the grid showed) that someone else has changed to
 * something else since. A cell the user left as it was is never a conflict: it is not written at all.
 */
export function cellConflicts(ctx: AppContext, period: Quarter, counts: readonly CountInput[]): CellConflict[] {
  const stored = storedCells(ctx, period);
  const conflicts: CellConflict[] = [];
  for (const count of counts) {
    if (count.was === undefined || count.value === count.was) continue;
    const now = stored.get(cellKey(count.unitId, count.indicatorId));
    const value = now?.value ?? null;
    if (value === count.was || value === count.value) continue;
    conflicts.push({
      unitId: count.unitId,
      indicatorId: count.indicatorId,
      value,
      by: now?.by ?? null,
      at: now?.at ?? null,
    });
  }
  return conflicts;
}

/** The refusal: a message per changed cell, tied to its field, and the cells as they are now. */
export function cellConflictError(
  ctx: AppContext,
  counts: readonly CountInput[],
  conflicts: CellConflict[],
  /** «Hjemmetjenesten, Nye individuelle Akan-avtaler»: the cell a message is about. */
  cellName: (unitId: number, indicatorId: number) => string,
): AppError {
  const fields: Record<string, string> = {};
  for (const conflict of conflicts) {
    const index = counts.findIndex((c) => c.unitId === conflict.unitId && c.indicatorId === conflict.indicatorId);
    const who = conflict.at
      ? changedBy('tallet', { by: conflict.by, at: conflict.at }, ctx.now())
      : 'Noen andre har fjernet tallet.';
    fields[`counts.${index}.value`] =
      `${cellName(conflict.unitId, conflict.indicatorId)}: ${who} Det står nå: ${shown(conflict.value)}.`;
  }
  const latest = conflicts.reduce((a, b) => ((b.at ?? '') > (a.at ?? '') ? b : a));
  const message =
    conflicts.length === 1
      ? `${Object.values(fields)[0]} Se endringen og lagre på nytt.`
      : `${conflicts.length} tall er endret av andre siden du åpnet kvartalet. Se endringene og lagre på nytt.`;
  return new AppError('conflict', message, fields, { by: latest.by, at: latest.at ?? '', cells: conflicts });
}
