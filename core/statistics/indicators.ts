import { asc, count, eq, max } from 'drizzle-orm';
import { NOW_UTC, statisticsCounts, statisticsIndicators } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError, fieldError, notFound } from '../errors';
import type { Indicator } from './contract';
import { DEFAULT_INDICATORS } from './defaults';
import type { Measure } from './labels';

type IndicatorValues = Pick<Indicator, 'name' | 'description' | 'measure'>;

/** A new data file starts with the default indicators; after that the catalogue is the committee's. Idempotent. */
export function ensureDefaultIndicators(ctx: AppContext): void {
  const [row] = ctx.db.select({ n: count() }).from(statisticsIndicators).all();
  if (row?.n !== 0) return;
  ctx.db
    .insert(statisticsIndicators)
    .values(DEFAULT_INDICATORS.map((indicator, i) => ({ ...indicator, sortOrder: i + 1 })))
    .run();
}

/** The catalogue in the committee's order; archived indicators only when asked for. */
export function listIndicators(ctx: AppContext, includeArchived = false): Indicator[] {
  ensureDefaultIndicators(ctx);
  const used = new Map(
    ctx.db
      .select({ id: statisticsCounts.indicatorId, n: count() })
      .from(statisticsCounts)
      .groupBy(statisticsCounts.indicatorId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return ctx.db
    .select()
    .from(statisticsIndicators)
    .orderBy(asc(statisticsIndicators.sortOrder), asc(statisticsIndicators.id))
    .all()
    .filter((row) => includeArchived || row.archivedAt === null)
    .map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      measure: row.measure,
      archived: row.archivedAt !== null,
      reportedCells: used.get(row.id) ?? 0,
    }));
}

export function getIndicator(ctx: AppContext, id: number): Indicator {
  const found = listIndicators(ctx, true).find((i) => i.id === id);
  if (!found) throw notFound('indikatoren');
  return found;
}

function assertNameFree(ctx: AppContext, name: string, id?: number): void {
  const wanted = name.toLocaleLowerCase('nb');
  const twin = listIndicators(ctx, true).find((i) => i.id !== id && i.name.toLocaleLowerCase('nb') === wanted);
  if (!twin) return;
  const hint = twin.archived ? ' Den er arkivert – hent den fram igjen i stedet for å lage en ny.' : '';
  throw fieldError('name', `Det finnes allerede en indikator som heter «${twin.name}».${hint}`);
}

function measureChangeError(existing: Indicator, measure: Measure): void {
  if (existing.reportedCells === 0 || existing.measure === measure) return;
  throw fieldError(
    'measure',
    `«${existing.name}» har allerede tall. Om tallet gjelder hele perioden eller periodens slutt, kan ikke endres etterpå – lag heller en ny indikator.`,
  );
}

export function createIndicator(ctx: AppContext, values: IndicatorValues): Indicator {
  ensureDefaultIndicators(ctx);
  assertNameFree(ctx, values.name);
  const [last] = ctx.db.select({ n: max(statisticsIndicators.sortOrder) }).from(statisticsIndicators).all();
  const row = ctx.db
    .insert(statisticsIndicators)
    .values({ ...values, sortOrder: (last?.n ?? 0) + 1 })
    .returning()
    .get();
  return getIndicator(ctx, row.id);
}

export function updateIndicator(ctx: AppContext, id: number, values: IndicatorValues): Indicator {
  const existing = getIndicator(ctx, id);
  assertNameFree(ctx, values.name, id);
  measureChangeError(existing, values.measure);
  ctx.db.update(statisticsIndicators).set({ ...values, updatedAt: NOW_UTC }).where(eq(statisticsIndicators.id, id)).run();
  return getIndicator(ctx, id);
}

export function setIndicatorArchived(ctx: AppContext, id: number, archived: boolean): Indicator {
  const existing = getIndicator(ctx, id);
  if (existing.archived === archived) {
    throw new AppError('conflict', archived ? `«${existing.name}» er allerede arkivert.` : `«${existing.name}» er ikke arkivert.`);
  }
  ctx.db
    .update(statisticsIndicators)
    .set({ archivedAt: archived ? ctx.now().toISOString() : null, updatedAt: NOW_UTC })
    .where(eq(statisticsIndicators.id, id))
    .run();
  return getIndicator(ctx, id);
}

/** Only an indicator without numbers can be deleted; one with numbers is archived instead. */
export function removeIndicator(ctx: AppContext, id: number): { id: number } {
  const existing = getIndicator(ctx, id);
  if (existing.reportedCells > 0) {
    throw new AppError(
      'conflict',
      `«${existing.name}» har ${existing.reportedCells} registrerte tall og kan ikke slettes. Arkiver den i stedet – da tas tallene vare på, og du kan hente den fram igjen.`,
    );
  }
  ctx.db.delete(statisticsIndicators).where(eq(statisticsIndicators.id, id)).run();
  return { id };
}
