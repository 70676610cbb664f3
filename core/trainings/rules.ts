import { formatNorwegianDate } from '../validation/dates';
import { datePart, formatNorwegianDateTime, minutesBetween } from '../validation/dateTime';
import { AUDIENCE_LABELS, type Audience } from '../audiences';
import type { SaveWarning } from './types';

export const MAX_SESSION_DAYS = 14;

/** Field messages for a session's start and end; empty when they are sound. */
export function timeErrors(start: string, end: string): Record<string, string> {
  if (end <= start) return { end: 'Slutt må være etter start. Sjekk dato og klokkeslett.' };
  if (minutesBetween(start, end) > MAX_SESSION_DAYS * 1440) {
    return {
      end: `En opplæring kan vare høyst ${MAX_SESSION_DAYS} dager. Sjekk sluttdatoen, eller registrer lange kurs som flere økter.`,
    };
  }
  return {};
}

/** A session can be recorded as held from the day it starts (the time of day is not checked). */
export function heldInFutureError(start: string, today: string): string | null {
  if (datePart(start) <= today) return null;
  return `Opplæringen starter ${formatNorwegianDateTime(start)}. Du kan registrere den som gjennomført fra ${formatNorwegianDate(datePart(start))}.`;
}

export function movedIntoFutureError(start: string, today: string): string | null {
  if (datePart(start) <= today) return null;
  return 'Opplæringen er registrert som gjennomført og kan ikke flyttes til en dato fram i tid. Sett den tilbake til planlagt først.';
}

export interface CountLine {
  unitId: number;
  audience: Audience;
  count: number;
}

/** Each unit and audience may appear once; the messages point at the later line. */
export function duplicateLineErrors(lines: CountLine[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const key = `${line.unitId}:${line.audience}`;
    if (seen.has(key))
      errors[`participants.${index}.unitId`] =
        `${AUDIENCE_LABELS[line.audience]} fra denne enheten er ført opp to ganger. Slå tallene sammen på én linje.`;
    seen.add(key);
  });
  return errors;
}

/** Not errors: the counts are saved, but the user should look at them again. */
export function countWarnings(
  lines: CountLine[],
  capacity: number | null,
  units: Map<number, { name: string; leaderCount: number | null }>,
): SaveWarning[] {
  const warnings: SaveWarning[] = [];
  const total = lines.reduce((sum, line) => sum + line.count, 0);
  if (capacity !== null && total > capacity) {
    warnings.push({
      field: 'participants',
      message: `Det er registrert ${total} deltakere, men opplæringen har ${capacity} plasser. Sjekk tallene – de er lagret.`,
    });
  }
  const leadersPerUnit = new Map<number, number>();
  for (const line of lines) {
    if (line.audience === 'leaders')
      leadersPerUnit.set(line.unitId, (leadersPerUnit.get(line.unitId) ?? 0) + line.count);
  }
  for (const [unitId, leaders] of leadersPerUnit) {
    const unit = units.get(unitId);
    if (unit?.leaderCount !== null && unit?.leaderCount !== undefined && leaders > unit.leaderCount) {
      warnings.push({
        field: 'participants',
        message: `${leaders} ledere fra «${unit.name}» er flere enn de ${unit.leaderCount} lederne enheten har registrert. Sjekk tallet, eller oppdater antall ledere under Innstillinger › Enheter.`,
      });
    }
  }
  return warnings;
}
