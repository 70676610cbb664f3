import { z } from 'zod';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A calendar year the committee plans or reports on. */
export function year(message = `Velg et årstall mellom ${MIN_YEAR} og ${MAX_YEAR}.`) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(MIN_YEAR, { error: message })
    .max(MAX_YEAR, { error: message });
}
