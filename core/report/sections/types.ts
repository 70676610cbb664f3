import type { ReadCaller } from '../../reads';
import type { Settings } from '../../settings/contract';
import type { KeyFigure, ReportSection } from '../model';

/** What a section is built from: the areas' read methods (nothing that writes, no database), the year and the day. */
export interface SectionInput {
  reads: ReadCaller;
  year: number;
  /** The day the report is made (`YYYY-MM-DD`). */
  today: string;
  settings: Settings;
}

/** One sheet of the report, and the key figures it lends to the summary and to Oversikt. */
export interface SectionResult {
  section: ReportSection;
  keyFigures: KeyFigure[];
}

/** Builds one section from its area's read methods: never its own SQL, never its own copy of the area's arithmetic. */
export type SectionBuilder = (input: SectionInput) => Promise<SectionResult>;

export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}
