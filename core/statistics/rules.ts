import type { Indicator } from './contract';
import { MAX_COUNT } from './labels';
import type { StatisticsUnit } from './units';

export interface CountInput {
  unitId: number;
  indicatorId: number;
  value: number | null;
  was?: number | null | undefined;
}

export interface EntryContext {
  units: ReadonlyMap<number, StatisticsUnit>;
  indicators: ReadonlyMap<number, Indicator>;
  /** The number stored now; null when not reported. */
  stored(unitId: number, indicatorId: number): number | null;
}

export const cellKey = (unitId: number, indicatorId: number): string => `${unitId}:${indicatorId}`;

function valueError(value: number): string | null {
  if (!Number.isInteger(value)) return 'skriv et helt tall, uten desimaler.';
  if (value < 0) return 'tallet kan ikke være negativt.';
  if (value > MAX_COUNT)
    return `tallet kan være høyst ${MAX_COUNT.toLocaleString('nb-NO').replace(/\s/g, ' ')}. Sjekk at det er skrevet riktig.`;
  return null;
}

/** Why a changed number cannot be stored for this unit and indicator, or null. */
function placementError(unit: StatisticsUnit, indicator: Indicator): string | null {
  if (unit.archived) return `«${unit.name}» er arkivert. Tallene for en arkivert enhet kan ikke endres.`;
  if (!unit.takesNumbers)
    return `«${unit.name}» har underenheter og er summen av dem. Registrer tallene på underenhetene.`;
  if (indicator.archived)
    return `«${indicator.name}» er arkivert. Hent den fram igjen under Indikatorer før du registrerer tall.`;
  return null;
}

function cellError(count: CountInput, context: EntryContext, seen: Set<string>): string | null {
  const unit = context.units.get(count.unitId);
  if (!unit) return 'Enheten finnes ikke. Last inn siden på nytt.';
  const indicator = context.indicators.get(count.indicatorId);
  if (!indicator) return 'Indikatoren finnes ikke. Last inn siden på nytt.';
  const where = `${unit.name}, ${indicator.name}`;
  const key = cellKey(count.unitId, count.indicatorId);
  if (seen.has(key)) return `${where}: tallet er sendt to ganger. Send hvert tall én gang.`;
  seen.add(key);
  const problem = count.value === null ? null : valueError(count.value);
  if (problem) return `${where}: ${problem}`;
  if (count.value === context.stored(count.unitId, count.indicatorId)) return null;
  return placementError(unit, indicator);
}

/**
 * Field messages for the numbers of one quarter, keyed by the cell (`counts.3.value`) so the screen can mark the input.
 * Unchanged numbers are always accepted, so a grid that shows archived rows can be saved as it is.
 */
export function countErrors(counts: readonly CountInput[], context: EntryContext): Record<string, string> {
  const seen = new Set<string>();
  const errors: Record<string, string> = {};
  counts.forEach((count, i) => {
    const error = cellError(count, context, seen);
    if (error) errors[`counts.${i}.value`] = error;
  });
  return errors;
}
