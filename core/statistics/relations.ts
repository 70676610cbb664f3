import { eq, or } from 'drizzle-orm';
import { statisticsIndicatorTerms } from '../../db/schema';
import type { AppContext } from '../context';
import { fieldError } from '../errors';
import type { Measure } from './labels';

/**
 * Relations between indicators in the catalogue (issue #11). An indicator can name the indicators that add to it and
 * that take from it. For a count at the period's end: end of this period = end of the period before + adds − takes.
 * For a count over the period: the whole = adds − takes. Protection assumes they hold; entry notes where they do not.
 */

export interface IndicatorTerms {
  adds: number[];
  takes: number[];
}

export const NO_TERMS: IndicatorTerms = { adds: [], takes: [] };

/** Every indicator's terms, by indicator id (indicators without terms are left out). */
export function loadTerms(ctx: AppContext): Map<number, IndicatorTerms> {
  const terms = new Map<number, IndicatorTerms>();
  const rows = ctx.db.select().from(statisticsIndicatorTerms).all();
  rows.sort((a, b) => a.indicatorId - b.indicatorId || a.termId - b.termId);
  for (const row of rows) {
    const own = terms.get(row.indicatorId) ?? { adds: [], takes: [] };
    (row.sign > 0 ? own.adds : own.takes).push(row.termId);
    terms.set(row.indicatorId, own);
  }
  return terms;
}

export interface CatalogueEntry {
  id: number;
  name: string;
  measure: Measure;
}

/** Terms of the flow indicators a flow whole is built from, followed to check that none is built from itself. */
function buildsOnItself(
  id: number,
  terms: ReadonlyMap<number, IndicatorTerms>,
  measures: ReadonlyMap<number, Measure>,
): boolean {
  const seen = new Set<number>();
  const visit = (current: number): boolean => {
    if (measures.get(current) !== 'flow') return false;
    const own = terms.get(current);
    for (const term of [...(own?.adds ?? []), ...(own?.takes ?? [])]) {
      if (term === id) return true;
      if (seen.has(term)) continue;
      seen.add(term);
      if (visit(term)) return true;
    }
    return false;
  };
  return visit(id);
}

/**
 * Why these terms cannot be stored for the indicator (field `adds` or `takes`), or nothing. Terms count over the
 * period; a count at the period's end is never a term, and no indicator may be worked out from itself.
 */
export function checkTerms(
  indicator: { id: number | null; name: string; measure: Measure },
  terms: IndicatorTerms,
  catalogue: readonly CatalogueEntry[],
  stored: ReadonlyMap<number, IndicatorTerms>,
): void {
  const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
  const seen = new Set<number>();
  for (const field of ['adds', 'takes'] as const) {
    for (const termId of terms[field]) {
      const term = byId.get(termId);
      if (!term) throw fieldError(field, 'Velg indikatorer som finnes i katalogen.');
      if (termId === indicator.id) throw fieldError(field, `«${indicator.name}» kan ikke regnes ut fra seg selv.`);
      if (seen.has(termId))
        throw fieldError(
          field,
          `«${term.name}» er valgt to ganger. En indikator kan enten legges til eller trekkes fra.`,
        );
      seen.add(termId);
      if (term.measure !== 'flow') {
        throw fieldError(
          field,
          `«${term.name}» gjelder periodens slutt. Bare indikatorer som gjelder hele perioden, kan legges til eller trekkes fra.`,
        );
      }
    }
  }
  if (indicator.id === null || (terms.adds.length === 0 && terms.takes.length === 0)) return;
  const withNew = new Map(stored);
  withNew.set(indicator.id, terms);
  const measures = new Map(
    catalogue.map((entry) => [entry.id, entry.id === indicator.id ? indicator.measure : entry.measure]),
  );
  if (buildsOnItself(indicator.id, withNew, measures)) {
    throw fieldError(
      'adds',
      `«${indicator.name}» ville blitt regnet ut fra seg selv gjennom en av indikatorene som er valgt.`,
    );
  }
}

/** Replaces the indicator's terms. */
export function storeTerms(ctx: AppContext, indicatorId: number, terms: IndicatorTerms): void {
  ctx.db.delete(statisticsIndicatorTerms).where(eq(statisticsIndicatorTerms.indicatorId, indicatorId)).run();
  const rows = [
    ...terms.adds.map((termId) => ({ indicatorId, termId, sign: 1 })),
    ...terms.takes.map((termId) => ({ indicatorId, termId, sign: -1 })),
  ];
  if (rows.length > 0) ctx.db.insert(statisticsIndicatorTerms).values(rows).run();
}

/** An indicator that is deleted leaves every relation, as whole and as term. */
export function forgetTerms(ctx: AppContext, indicatorId: number): void {
  ctx.db
    .delete(statisticsIndicatorTerms)
    .where(or(eq(statisticsIndicatorTerms.indicatorId, indicatorId), eq(statisticsIndicatorTerms.termId, indicatorId)))
    .run();
}

/** The indicators that use this one as a term. */
export function usedAsTermBy(terms: ReadonlyMap<number, IndicatorTerms>, id: number): number[] {
  return [...terms].flatMap(([whole, own]) => (own.adds.includes(id) || own.takes.includes(id) ? [whole] : []));
}
