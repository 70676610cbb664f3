import { and, asc, eq, isNull } from 'drizzle-orm';
import { units } from '../../db/schema';
import type { AppContext } from '../context';
import { fieldError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import { type Unit, unitsContract } from './contract';

function toUnit(row: typeof units.$inferSelect): Unit {
  const { id, name, parentId, headcount, leaderCount, archivedAt } = row;
  return { id, name, parentId, headcount, leaderCount, archived: archivedAt !== null };
}

export function listUnits(ctx: AppContext, includeArchived = false): Unit[] {
  return ctx.db
    .select()
    .from(units)
    .where(includeArchived ? undefined : isNull(units.archivedAt))
    .orderBy(asc(units.name))
    .all()
    .map(toUnit);
}

/** A unit that may be referenced by new data: it must exist and not be archived. */
export function requireActiveUnit(ctx: AppContext, unitId: number, field: string): Unit {
  const row = ctx.db
    .select()
    .from(units)
    .where(and(eq(units.id, unitId), isNull(units.archivedAt)))
    .get();
  if (!row) throw fieldError(field, 'Enheten finnes ikke eller er arkivert. Velg en annen enhet.');
  return toUnit(row);
}

export const unitsHandlers: AreaHandlers<typeof unitsContract> = {
  'units.list': (ctx, input) => listUnits(ctx, input?.includeArchived ?? false),
  'units.create': (ctx, input) => {
    if (input.parentId !== null) requireActiveUnit(ctx, input.parentId, 'parentId');
    return toUnit(ctx.db.insert(units).values(input).returning().get());
  },
};
