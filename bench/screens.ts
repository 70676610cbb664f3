import type { AppHandle } from '../core/app';

type Call = [method: string, input: unknown];

/** The server calls each screen makes when it opens (as the renderer's `useRead`s ask), for the current year. */
export function screenCalls(year: number): Record<string, Call[]> {
  return {
    Oversikt: [
      ['settings.get', undefined],
      ['reminders.list', {}],
      ['reports.keyFigures', {}],
    ],
    Opplæring: [
      ['trainings.list', { year: 'current', order: 'upcomingFirst' }],
      ['trainingTopics.list', { includeArchived: true }],
      ['units.list', { choiceAround: null }],
    ],
    'Opplæring, alle år': [['trainings.list', { order: 'upcomingFirst' }]],
    Kalender: [['trainings.calendarMonth', {}]],
    Dekning: [
      ['trainings.coverage', { page: 1 }],
      ['trainingTopics.list', { includeArchived: true }],
    ],
    Informasjonstiltak: [
      ['campaigns.list', {}],
      ['campaignThemes.list', { includeArchived: true }],
    ],
    Statistikk: [
      ['statistics.years', undefined],
      ['statistics.quarter', { year, quarter: 1, sector: 'auto' }],
    ],
    Publisering: [
      ['statistics.years', undefined],
      ['statistics.publish', { year: year - 1, by: 'quarter', units: true }],
    ],
    Plan: [
      ['plan.list', { year }],
      ['committee.list', undefined],
    ],
    'AMU-saker': [
      ['amuCases.list', {}],
      ['amuCases.agreement', undefined],
    ],
    Oppnevninger: [
      ['appointments.list', { role: 'mainContact', show: 'current', page: 1 }],
      ['appointments.list', { role: 'unitContact', show: 'current', page: 1 }],
      ['committee.list', undefined],
    ],
    Rapport: [
      ['reports.years', undefined],
      ['reports.getSummary', { year: year - 1 }],
      ['reports.preview', { year: year - 1 }],
    ],
    Innstillinger: [
      ['settings.get', undefined],
      ['backups.status', undefined],
    ],
    Enheter: [['units.tree', { includeArchived: false, page: 1 }]],
    Endringslogg: [
      ['changeLog.filters', undefined],
      ['changeLog.page', {}],
    ],
  };
}

/** Opens one screen: its calls one after the other; returns the bytes of JSON they answered. */
export async function openScreen(app: AppHandle, calls: Call[]): Promise<number> {
  let bytes = 0;
  for (const [method, input] of calls) {
    const result = await app.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    bytes += JSON.stringify(result.value).length;
  }
  return bytes;
}

/** Every screen once (but those `skip` names). */
export async function everyScreen(app: AppHandle, year: number, skip: string[] = []): Promise<void> {
  for (const [name, calls] of Object.entries(screenCalls(year))) if (!skip.includes(name)) await openScreen(app, calls);
}
