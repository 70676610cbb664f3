import { asc, count, eq, max } from 'drizzle-orm';
import { NOW_UTC, statisticsCounts, statisticsIndicatorTerms, statisticsIndicators } from '../../db/schema';
import type { AppContext } from '../context';
import { catalogue, entryOf, usageCounts } from '../catalogue/catalogue';
import { fieldError } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import type { Indicator, indicatorsContract } from './contract';
import { DEFAULT_INDICATORS } from './defaults';
import type { Measure } from './labels';
import {
  type IndicatorTerms,
  NO_TERMS,
  checkTerms,
  forgetTerms,
  loadTerms,
  storeTerms,
  usedAsTermBy,
} from './relations';

type IndicatorValues = Pick<Indicator, 'name' | 'description' | 'measure'> & Partial<IndicatorTerms>;

/** A new data file starts with the default indicators; after that the catalogue is the committee's. Idempotent. */
export function ensureDefaultIndicators(ctx: AppContext): void {
  const [row] = ctx.db.select({ n: count() }).from(statisticsIndicators).all();
  if (row?.n !== 0) return;
  const rows = ctx.db
    .insert(statisticsIndicators)
    .values(
      DEFAULT_INDICATORS.map(({ name, description, measure }, i) => ({ name, description, measure, sortOrder: i + 1 })),
    )
    .returning()
    .all();
  const idOf = new Map(rows.map((row) => [row.name, row.id]));
  const terms = DEFAULT_INDICATORS.flatMap(({ name, adds = [], takes = [] }) => [
    ...adds.map((term) => ({ indicatorId: idOf.get(name) ?? 0, termId: idOf.get(term) ?? 0, sign: 1 })),
    ...takes.map((term) => ({ indicatorId: idOf.get(name) ?? 0, termId: idOf.get(term) ?? 0, sign: -1 })),
  ]);
  if (terms.length > 0) ctx.db.insert(statisticsIndicatorTerms).values(terms).run();
}

/** The catalogue in the committee's order; archived indicators only when asked for. */
export function listIndicators(ctx: AppContext, includeArchived = false): Indicator[] {
  ensureDefaultIndicators(ctx);
  const used = usageCounts(ctx, statisticsCounts.indicatorId);
  const terms = loadTerms(ctx);
  return ctx.db
    .select()
    .from(statisticsIndicators)
    .orderBy(asc(statisticsIndicators.sortOrder), asc(statisticsIndicators.id))
    .all()
    .filter((row) => includeArchived || row.archivedAt === null)
    .map((row) => ({
      ...entryOf(row),
      description: row.description,
      measure: row.measure,
      reportedCells: used.get(row.id) ?? 0,
      adds: terms.get(row.id)?.adds ?? [],
      takes: terms.get(row.id)?.takes ?? [],
    }));
}

const rules = catalogue({
  table: statisticsIndicators,
  words: { the: 'indikatoren', a: 'en indikator', it: 'den', aNew: 'en ny' },
  list: listIndicators,
  removeRefusal: (indicator) =>
    indicator.reportedCells > 0
      ? `«${indicator.name}» har ${indicator.reportedCells} registrerte tall og kan ikke slettes. Arkiver den i stedet – da tas tallene vare på, og du kan hente den fram igjen.`
      : null,
});

function measureChangeError(ctx: AppContext, existing: Indicator, measure: Measure): void {
  if (existing.measure === measure) return;
  if (existing.reportedCells > 0) {
    throw fieldError(
      'measure',
      `«${existing.name}» har allerede tall. Om tallet gjelder hele perioden eller periodens slutt, kan ikke endres etterpå – lag heller en ny indikator.`,
    );
  }
  const users = usedAsTermBy(loadTerms(ctx), existing.id);
  if (measure === 'stock' && users.length > 0) {
    const names = listIndicators(ctx, true)
      .filter((i) => users.includes(i.id))
      .map((i) => `«${i.name}»`);
    throw fieldError(
      'measure',
      `«${existing.name}» legges til eller trekkes fra i ${names.join(', ')}, og må gjelde hele perioden.`,
    );
  }
}

function termsOf(values: IndicatorValues, fallback: IndicatorTerms): IndicatorTerms {
  return { adds: values.adds ?? fallback.adds, takes: values.takes ?? fallback.takes };
}

function createIndicator(ctx: AppContext, { adds, takes, ...values }: IndicatorValues): Indicator {
  ensureDefaultIndicators(ctx);
  rules.assertNameFree(ctx, values.name);
  const terms = termsOf({ ...values, adds, takes }, NO_TERMS);
  checkTerms({ id: null, ...values }, terms, listIndicators(ctx, true), loadTerms(ctx));
  const [last] = ctx.db
    .select({ n: max(statisticsIndicators.sortOrder) })
    .from(statisticsIndicators)
    .all();
  const row = ctx.db
    .insert(statisticsIndicators)
    .values({ ...values, sortOrder: (last?.n ?? 0) + 1 })
    .returning()
    .get();
  storeTerms(ctx, row.id, terms);
  return rules.get(ctx, row.id);
}

/** Terms left out (`adds`, `takes` undefined) stay as they are. */
function updateIndicator(ctx: AppContext, id: number, { adds, takes, ...values }: IndicatorValues): Indicator {
  const existing = rules.get(ctx, id);
  rules.assertNameFree(ctx, values.name, id);
  measureChangeError(ctx, existing, values.measure);
  const terms = termsOf({ ...values, adds, takes }, existing);
  checkTerms({ id, ...values }, terms, listIndicators(ctx, true), loadTerms(ctx));
  ctx.db
    .update(statisticsIndicators)
    .set({ ...values, updatedAt: NOW_UTC })
    .where(eq(statisticsIndicators.id, id))
    .run();
  storeTerms(ctx, id, terms);
  return rules.get(ctx, id);
}

export const indicatorsHandlers: AreaHandlers<typeof indicatorsContract> = {
  'statisticsIndicators.list': (ctx, input) => listIndicators(ctx, input?.includeArchived ?? false),
  'statisticsIndicators.create': (ctx, values) => createIndicator(ctx, values),
  'statisticsIndicators.update': (ctx, { id, ...values }) => updateIndicator(ctx, id, values),
  'statisticsIndicators.archive': (ctx, { id }) => rules.setArchived(ctx, id, true),
  'statisticsIndicators.restore': (ctx, { id }) => rules.setArchived(ctx, id, false),
  /** Only an indicator without numbers can be deleted; one with numbers is archived instead. */
  'statisticsIndicators.remove': (ctx, { id }) => rules.remove(ctx, id, () => forgetTerms(ctx, id)),
};
