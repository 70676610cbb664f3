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
 * The note on "not reported" (`..`): a missing number is never published as 0. Disclosure control treats it as
 * absent, so saying how many units did not report reveals nothing it has not accounted for.
 */
export function notReportedNote(missingUnits: number, unitCount: number): string {
  if (missingUnits === 0) return 'Alle enhetene har rapportert tall for alle kvartalene som er med.';
  const who = missingUnits === 1 ? `1 av ${unitCount} enheter` : `${missingUnits} av ${unitCount} enheter`;
  return `.. Ikke rapportert. ${who} mangler tall for ett eller flere kvartaler; summene gjelder enhetene som har rapportert.`;
}

export function quarterLabel(year: number, quarter: number): string {
  return `K${quarter} ${year}`;
}

/** The catalogue's relation as the committee reads it, e.g. "= forrige kvartal + «Nye» − «Avsluttede»". */
export function relationText(measure: Measure, adds: readonly string[], takes: readonly string[]): string {
  if (adds.length + takes.length === 0) return '';
  const parts = [...adds.map((name) => `+ «${name}»`), ...takes.map((name) => `− «${name}»`)].join(' ');
  return measure === 'stock' ? `= slutten av perioden før ${parts}` : `= ${parts.replace(/^\+ /, '')}`;
}

export const TERM_CHOICES = [
  { value: '', label: 'Inngår ikke' },
  { value: 'add', label: 'Legges til' },
  { value: 'take', label: 'Trekkes fra' },
] as const;
