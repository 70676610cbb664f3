import type { AppContext } from '../context';
import type { AnnualReport } from './model';
import { type SectionInput, type SectionResult, areaSections, summarySection } from './sections';

/** The one place the report's numbers are put together: the preview, the workbook and Oversikt all read this. */
export async function buildAnnualReport(ctx: AppContext, year: number): Promise<AnnualReport> {
  const input: SectionInput = {
    reads: ctx.reads,
    year,
    today: ctx.today(),
    settings: await ctx.reads('settings.get', {}),
  };
  const results: SectionResult[] = [];
  for (const build of areaSections) results.push(await build(input));
  const keyFigures = results.flatMap((r) => r.keyFigures);
  return {
    year,
    organisationName: input.settings.organisationName,
    madeOn: ctx.today(),
    keyFigures,
    sections: [await summarySection(input, keyFigures), ...results.map((r) => r.section)],
  };
}
