/** The statistics vocabulary with the labels the users read. Pure data (the renderer imports it). */

/** `flow`: what happened during a period, summed over quarters. `stock`: how many there were on the period's last day. */
import { MEASURES } from '../../db/schema/codes';

export { MEASURES };
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  flow: 'Antall i perioden',
  stock: 'Antall ved periodens slutt',
};

export const MEASURE_HELP: Record<Measure, string> = {
  flow: 'Tallene for kvartalene legges sammen til tall for året.',
  stock: 'Tallet for året er tallet for årets siste kvartal. Kvartalene legges ikke sammen.',
};

export const BREAKDOWNS = ['quarter', 'year'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The label of the one row when the table is for the whole municipality. */
export const WHOLE_MUNICIPALITY = 'Hele kommunen';

/** The biggest count one cell can hold: far above any real quarter in one unit, low enough to catch typing errors. */
export const MAX_COUNT = 100_000;

/**
 * How "not reported" is published: as 0, and never marked per cell. Marking it would tell a reader that a hidden cell
 * is 0, which the suppression does not account for. So the note is the same whether anything is missing or not.
 */
export const NOT_REPORTED_NOTE =
  'Enheter som ikke har rapportert tall for et kvartal, er regnet med 0. Hvilke tall som mangler, ser utvalget under Registrering.';

export function quarterLabel(year: number, quarter: number): string {
  return `K${quarter} ${year}`;
}
