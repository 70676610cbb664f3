import { effectiveEnd } from '../../appointments/term';
import { formatNorwegianDate } from '../../validation/dates';
import type { Appointment } from '../../appointments/contract';
import type { Fact, FactGroup, KeyFigure, ReportSection } from '../model';
import { appointmentsOfYear, committeeOfYear } from './people';
import type { SectionInput } from './types';

const KEY_FIGURES = 'Nøkkeltall';

function mainContactFacts(mainContacts: Appointment[], year: number): Fact[] {
  const terms = appointmentsOfYear(mainContacts, year);
  if (terms.length === 0)
    return [{ label: 'Hovedkontakt', value: `Ingen hovedkontakt var oppnevnt i ${year}`, kind: 'text' }];
  return terms.map((a) => ({
    label: 'Hovedkontakt',
    value: `${a.personName}, funksjonsperiode ${formatNorwegianDate(a.termStart)}–${formatNorwegianDate(effectiveEnd(a))}`,
    kind: 'text',
  }));
}

/** The key figures as fact groups: the ungrouped ones under "Nøkkeltall", then each group under its own title. */
function keyFigureGroups(keyFigures: KeyFigure[]): FactGroup[] {
  const titles = [...new Set(keyFigures.map((f) => f.group ?? KEY_FIGURES))];
  return titles.map((title) => ({
    title,
    facts: keyFigures
      .filter((f) => (f.group ?? KEY_FIGURES) === title)
      .map(({ label, value, kind, detail }) => ({ label, value, kind, ...(detail ? { detail } : {}) })),
  }));
}

/** Sammendrag: who reports, the year's key figures from the other sections, and the committee's own summary. */
export async function summarySection(
  { reads, year, today, settings }: SectionInput,
  keyFigures: KeyFigure[],
): Promise<ReportSection> {
  const [committee, mainContacts, summary] = await Promise.all([
    reads('committee.list', {}),
    reads('appointments.list', { role: 'mainContact', year, show: 'all' }),
    reads('reports.getSummary', { year }),
  ]);
  const members = committeeOfYear(committee, year);
  return {
    id: 'summary',
    title: 'Sammendrag',
    factGroups: [
      {
        title: 'Om rapporten',
        facts: [
          { label: 'Virksomhet', value: settings.organisationName, kind: 'text' },
          { label: 'Rapportperiode', value: `01.01.${year}–31.12.${year}`, kind: 'text' },
          { label: 'Laget', value: today, kind: 'date' },
          ...mainContactFacts(mainContacts.appointments, year),
        ],
      },
      {
        title: 'AKAN-utvalget',
        facts:
          members.length > 0
            ? members.map((m) => ({ label: m.committeeRole, value: m.name, kind: 'text' as const }))
            : [{ label: 'Medlemmer', value: `Ingen registrert for ${year}`, kind: 'text' }],
      },
      ...keyFigureGroups(keyFigures),
    ],
    text: {
      title: 'Utvalgets oppsummering',
      body: summary.summaryText,
      empty: `Utvalget har ikke skrevet en oppsummering for ${year}.`,
    },
    tables: [],
    charts: [],
    notes: [...new Set(keyFigures.flatMap((f) => (f.value === null && f.note ? [f.note] : [])))],
  };
}
