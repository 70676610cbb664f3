/**
 * Target audiences (målgrupper) of trainings and information campaigns, in display order, with the labels
 * the users read. Pure data: contracts, services and the renderer all read it from here.
 */
import { AUDIENCES } from '../db/schema/codes';

export { AUDIENCES };

export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  leaders: 'Ledere',
  unionReps: 'Tillitsvalgte',
  safetyReps: 'Verneombud',
  employees: 'Ansatte',
  newEmployees: 'Nyansatte',
  apprentices: 'Lærlinger',
  unitContacts: 'AKAN-kontakter',
};
