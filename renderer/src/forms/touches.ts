import type { Method } from '../../../core/contract';

/** Every write can change reminders, the annual report and the change log. */
const DERIVED = ['reminders', 'reports', 'changeLog'];

/**
 * Areas whose reads also show what a write in this area changes. `all`: settings (thresholds, lead times), units
 * (used by every area) and whole-file tasks (restore, import) can change anything on screen.
 */
export const ALSO: Record<string, readonly string[] | 'all'> = {
  settings: 'all',
  units: 'all',
  backups: 'all',
  recovery: 'all',
  connection: 'all',
  committee: ['plan', 'appointments'],
  trainingTopics: ['trainings', 'plan'],
  trainings: ['plan', 'trainingTopics'],
  campaignThemes: ['campaigns', 'plan'],
  campaigns: ['plan', 'campaignThemes'],
  appointments: ['amuCases'],
  amuCases: ['appointments'],
  statisticsIndicators: ['statistics'],
  statistics: ['statisticsIndicators'],
  plan: [],
};

export function areaOf(method: string): string {
  return method.split('.')[0] ?? method;
}

/** Whether a cached read (`queryKey[0]` is its method) may show something this method changes. */
export function touches(method: Method, readMethod: unknown): boolean {
  if (typeof readMethod !== 'string') return true;
  const area = areaOf(method);
  const also = ALSO[area] ?? 'all';
  if (also === 'all') return true;
  const readArea = areaOf(readMethod);
  return readArea === area || DERIVED.includes(readArea) || also.includes(readArea);
}
