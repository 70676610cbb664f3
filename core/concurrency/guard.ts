import { z } from 'zod';

/** The tables whose records carry `version` and `updated_by` (migration 0004). */
export type VersionedTable =
  | 'amu_cases'
  | 'annual_reports'
  | 'appointments'
  | 'campaign_themes'
  | 'campaigns'
  | 'committee_members'
  | 'plan_items'
  | 'statistics_indicators'
  | 'training_topics'
  | 'trainings'
  | 'units';

/**
 * A write that changes one existing record: the input's `version` must be the record's version now, or the write
 * is refused as a conflict. `key` is the input field that names the record; `current` is the read method (taking
 * `{ [key]: value }`) that gives the record as it is now; `noun` names it in the message («denne opplæringen»).
 */
export interface RecordGuard {
  readonly table: VersionedTable;
  readonly key: 'id' | 'year';
  readonly current?: string;
  readonly noun: string;
}

export function guardOf(table: VersionedTable, noun: string, current?: string, key: 'id' | 'year' = 'id'): RecordGuard {
  return current ? { table, key, current, noun } : { table, key, noun };
}

/** The version a form read its record at; 0 for a record keyed by year that does not exist yet. */
export const recordVersion = z
  .number({ error: 'Skjemaet mangler versjonen det ble åpnet med. Last inn siden på nytt og prøv igjen.' })
  .int({ error: 'Skjemaet mangler versjonen det ble åpnet med. Last inn siden på nytt og prøv igjen.' })
  .min(0, { error: 'Skjemaet mangler versjonen det ble åpnet med. Last inn siden på nytt og prøv igjen.' });

/** Spread into a guarded write's input: `z.strictObject({ id: id(), ...atVersion, ... })`. */
export const atVersion = { version: recordVersion };

/** A record as a read method gives it: the version a form sends back when it saves a change to it. */
export interface Versioned {
  version: number;
}
