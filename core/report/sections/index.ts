import { amuCasesSection } from './amuCases';
import { appointmentsSection } from './appointments';
import { campaignsSection } from './campaigns';
import { planSection } from './plan';
import { statisticsSection } from './statistics';
import { trainingSection } from './training';
import type { SectionBuilder } from './types';

/** The sheets after Sammendrag, in the order of the workbook. */
export const areaSections: SectionBuilder[] = [
  trainingSection,
  campaignsSection,
  appointmentsSection,
  statisticsSection,
  planSection,
  amuCasesSection,
];

export { summarySection } from './summary';
export type { SectionInput, SectionResult } from './types';
