import type { AppContext } from '../../context';
import type { Settings } from '../../settings/contract';
import type { KeyFigure, ReportSection } from '../model';

export interface SectionInput {
  ctx: AppContext;
  year: number;
  settings: Settings;
}

/** One sheet of the report, and the key figures it lends to the summary and to Oversikt. */
export interface SectionResult {
  section: ReportSection;
  keyFigures: KeyFigure[];
}

/** Builds one section from its area's services: never its own SQL, never its own copy of the area's arithmetic. */
export type SectionBuilder = (input: SectionInput) => SectionResult | Promise<SectionResult>;

export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

