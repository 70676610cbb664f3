import type { AppContext } from '../context';
import type { YearAtAGlance } from './model';
import { type SectionInput, areaSections } from './sections';
import { appointmentsSection } from './sections/appointments';
import type { SectionBuilder } from './sections/types';

/** Sections that lend the workbook tables only, never a key figure or a chart: Oversikt does not build them. */
const TABLES_ONLY = new Set<SectionBuilder>([appointmentsSection]);

/**
 * Oversikt's view of the year: the report's key figures and charts, and the footnotes for hidden figures.
 * Built from the same section builders as the report (so the numbers are the report's), but without the sheets
 * that add nothing here, and each section reads only the year (and the coverage window) from the database.
 */
export async function yearAtAGlance(ctx: AppContext, year: number): Promise<YearAtAGlance> {
  const input: SectionInput = {
    reads: ctx.reads,
    year,
    today: ctx.today(),
    settings: await ctx.reads('settings.get', {}),
  };
  const results = [];
  for (const build of areaSections) if (!TABLES_ONLY.has(build)) results.push(await build(input));
  const keyFigures = results.flatMap((r) => r.keyFigures);
  const hidden = keyFigures.filter((f) => f.value === null && f.note);
  return {
    year,
    keyFigures,
    charts: results.flatMap((r) => r.section.charts),
    notes: [...new Set(hidden.map((f) => f.note!))],
  };
}
