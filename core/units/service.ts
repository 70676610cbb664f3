import { and, eq, inArray, isNull } from 'drizzle-orm';
import { NOW_UTC, units } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError, fieldError, fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { pageOf, wholeList } from '../paging';
import { type Unit, type UnitChange, type UnitTree, type UnitTreeRow, type unitsContract } from './contract';
import { nameList, unitErrors } from './rules';
import { descendantIds, subtreeTotals, treeOrder } from './tree';
import { LIST_PAGE_SIZE } from '../paging';
import { compareNames } from '../names';

type UnitInput = InputOf<(typeof unitsContract)['units.create']>;

function toUnit(row: typeof units.$inferSelect): Unit {
  const { id, version, name, parentId, headcount, leaderCount, archivedAt } = row;
  return { id, version, name, parentId, headcount, leaderCount, archived: archivedAt !== null };
}

export function listUnits(ctx: AppContext, includeArchived = false): Unit[] {
  return ctx.db
    .select()
    .from(units)
    .where(includeArchived ? undefined : isNull(units.archivedAt))
    .all()
    .map(toUnit)
    .sort((a, b) => compareNames(a.name, b.name));
}

/** A choice of unit that stays within a page: the sectors, and the units in the sector of `near` (issue #12). */
function choiceAround(all: Unit[], near: number | null): Unit[] {
  if (all.length <= LIST_PAGE_SIZE) return all;
  const byId = new Map(all.map((u) => [u.id, u]));
  const sectorOf = (unit: Unit): number => {
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    return parent ? sectorOf(parent) : unit.id;
  };
  const nearUnit = near === null ? undefined : byId.get(near);
  const sector = nearUnit ? sectorOf(nearUnit) : null;
  return all.filter((u) => u.parentId === null || (sector !== null && sectorOf(u) === sector));
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

function unitRow(ctx: AppContext, id: number) {
  const row = ctx.db.select().from(units).where(eq(units.id, id)).get();
  if (!row) throw notFound('enheten');
  return row;
}

/** Sum over a unit and the active units below it; null when none of them has the number. */
function totalsOf(active: Unit[], value: (u: Unit) => number | null): (id: number) => number | null {
  const byId = new Map(active.map((u) => [u.id, u]));
  const sums = subtreeTotals(active, (id) => value(byId.get(id)!) ?? 0);
  const known = subtreeTotals(active, (id) => (value(byId.get(id)!) === null ? 0 : 1));
  return (id) => (known.get(id) ? (sums.get(id) ?? 0) : null);
}

function unitTree(ctx: AppContext, includeArchived: boolean): UnitTreeRow[] {
  const all = listUnits(ctx, true);
  const active = all.filter((u) => !u.archived);
  const headcount = totalsOf(active, (u) => u.headcount);
  const leaders = totalsOf(active, (u) => u.leaderCount);
  const activeChildren = new Map<number, number>();
  for (const { parentId } of active)
    if (parentId !== null) activeChildren.set(parentId, (activeChildren.get(parentId) ?? 0) + 1);
  return treeOrder(includeArchived ? all : active).map(({ unit, depth, path }) => ({
    ...unit,
    depth,
    path: path.join(' › '),
    childCount: activeChildren.get(unit.id) ?? 0,
    totalHeadcount: unit.archived ? unit.headcount : headcount(unit.id),
    totalLeaderCount: unit.archived ? unit.leaderCount : leaders(unit.id),
  }));
}

/** The page asked for (page 1 by default), or the whole tree with `all`. */
function treePage(ctx: AppContext, input: { includeArchived?: boolean; page?: number; all?: boolean } = {}): UnitTree {
  const rows = unitTree(ctx, input.includeArchived ?? false);
  if (input.all) return { rows, ...wholeList(rows.length) };
  const { limit, offset, ...paged } = pageOf(rows.length, input.page);
  return { rows: rows.slice(offset, offset + limit), ...paged };
}

function validated(ctx: AppContext, input: UnitInput, id?: number): UnitInput {
  if (input.parentId !== null) requireActiveUnit(ctx, input.parentId, 'parentId');
  const errors = unitErrors(listUnits(ctx, true), { ...input, id });
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return input;
}

function setArchived(
  ctx: AppContext,
  ids: number[],
  archived: { archivedAt: string; archivedWithId: number } | null,
): void {
  const values = archived ?? { archivedAt: null, archivedWithId: null };
  ctx.db
    .update(units)
    .set({ ...values, updatedAt: NOW_UTC })
    .where(inArray(units.id, ids))
    .run();
}

function change(ctx: AppContext, id: number, affectedIds: number[]): UnitChange {
  return { ...toUnit(unitRow(ctx, id)), affectedIds };
}

function archive(ctx: AppContext, id: number, includeDescendants: boolean): UnitChange {
  const unit = toUnit(unitRow(ctx, id));
  if (unit.archived) throw new AppError('conflict', `«${unit.name}» er allerede arkivert.`);
  const all = listUnits(ctx, true);
  const activeBelow = descendantIds(all, id)
    .map((below) => all.find((u) => u.id === below)!)
    .filter((u) => !u.archived);
  if (activeBelow.length > 0 && !includeDescendants) {
    const names = activeBelow.map((u) => u.name);
    const shown = names.length > 5 ? `${nameList(names.slice(0, 5))} og ${names.length - 5} til` : nameList(names);
    throw fieldError(
      'includeDescendants',
      `«${unit.name}» har ${activeBelow.length} aktive underenheter (${shown}). Arkiver dem først, eller velg å arkivere dem sammen med «${unit.name}».`,
    );
  }
  const ids = [id, ...activeBelow.map((u) => u.id)];
  setArchived(ctx, ids, { archivedAt: ctx.now().toISOString(), archivedWithId: id });
  return change(ctx, id, ids);
}

function restore(ctx: AppContext, id: number, includeDescendants: boolean): UnitChange {
  const row = unitRow(ctx, id);
  if (row.archivedAt === null) throw new AppError('conflict', `«${row.name}» er ikke arkivert.`);
  if (row.parentId !== null) {
    const parent = unitRow(ctx, row.parentId);
    if (parent.archivedAt !== null) {
      throw fieldError(
        'parentId',
        `«${row.name}» ligger under «${parent.name}», som er arkivert. Gjenopprett «${parent.name}» først, eller flytt enheten.`,
      );
    }
  }
  const all = ctx.db.select().from(units).all();
  const together = includeDescendants
    ? descendantIds(all, id).filter((below) => all.find((u) => u.id === below)?.archivedWithId === id)
    : [];
  const ids = [id, ...together];
  setArchived(ctx, ids, null);
  return change(ctx, id, ids);
}

export const unitsHandlers: AreaHandlers<typeof unitsContract> = {
  'units.list': (ctx, input) => {
    const all = listUnits(ctx, input?.includeArchived ?? false);
    return input?.choiceAround === undefined ? all : choiceAround(all, input.choiceAround);
  },
  'units.tree': (ctx, input) => treePage(ctx, input),
  'units.create': (ctx, input) => toUnit(ctx.db.insert(units).values(validated(ctx, input)).returning().get()),
  'units.update': (ctx, { id, ...input }) => {
    unitRow(ctx, id);
    ctx.db
      .update(units)
      .set({ ...validated(ctx, input, id), updatedAt: NOW_UTC })
      .where(eq(units.id, id))
      .run();
    return toUnit(unitRow(ctx, id));
  },
  'units.archive': (ctx, { id, includeDescendants }) => archive(ctx, id, includeDescendants ?? false),
  'units.restore': (ctx, { id, includeDescendants }) => restore(ctx, id, includeDescendants ?? false),
};
