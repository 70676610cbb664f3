import type { Appointment } from '../../appointments/contract';
import { ROLE_LABELS } from '../../appointments/labels';
import { effectiveEnd } from '../../appointments/term';
import type { ReportColumn } from '../model';
import { appointmentsOfYear, committeeOfYear } from './people';
import { type SectionBuilder, yearBounds } from './types';

const PERSON_COLUMNS: ReportColumn[] = [
  { label: 'Rolle', kind: 'text' },
  { label: 'Navn', kind: 'text' },
  { label: 'Enhet', kind: 'text' },
];

function person(a: Appointment) {
  return [ROLE_LABELS[a.role], a.personName, a.unitName ?? ''];
}

/** Oppnevninger og utvalg: the committee, the roles in force during the year, and the terms that end next year. */
export const appointmentsSection: SectionBuilder = async ({ reads, year }) => {
  const [inYear, inNextYear, members] = await Promise.all([
    reads('appointments.list', { year, show: 'all' }),
    reads('appointments.list', { year: year + 1, show: 'all' }),
    reads('committee.list', {}),
  ]);
  const next = yearBounds(year + 1);
  const ending = inNextYear.appointments
    .filter((a) => effectiveEnd(a) >= next.first && effectiveEnd(a) <= next.last)
    .sort((a, b) => effectiveEnd(a).localeCompare(effectiveEnd(b)));
  return {
    keyFigures: [],
    section: {
      id: 'appointments',
      title: 'Oppnevninger og utvalg',
      factGroups: [],
      charts: [],
      notes: [],
      tables: [
        {
          id: 'committee',
          title: `AKAN-utvalget i ${year}`,
          columns: [
            { label: 'Navn', kind: 'text' },
            { label: 'Rolle i utvalget', kind: 'text' },
            { label: 'Medlem fra', kind: 'date' },
            { label: 'Medlem til', kind: 'date' },
          ],
          rows: committeeOfYear(members, year).map((m) => [m.name, m.committeeRole, m.activeFrom, m.activeTo]),
          empty: `Ingen utvalgsmedlemmer er registrert for ${year}.`,
        },
        {
          id: 'inForce',
          title: `Oppnevninger i funksjon i ${year}`,
          columns: [
            ...PERSON_COLUMNS,
            { label: 'Fra', kind: 'date' },
            { label: 'Til', kind: 'date' },
            { label: 'Oppnevnt av', kind: 'text' },
            { label: 'Vedtaksdato', kind: 'date' },
            { label: 'AMU-sak', kind: 'text' },
            { label: 'Avsluttet før tiden', kind: 'text' },
          ],
          rows: appointmentsOfYear(inYear.appointments, year).map((a) => [
            ...person(a),
            a.termStart,
            effectiveEnd(a),
            a.decidedBy,
            a.decisionDate,
            a.amuCaseRef ?? '',
            a.endedEarlyReason ?? '',
          ]),
          empty: `Ingen hovedkontakt eller AKAN-kontakt var i funksjon i ${year}.`,
        },
        {
          id: 'ending',
          title: `Funksjonsperioder som går ut i ${year + 1}`,
          columns: [...PERSON_COLUMNS, { label: 'Går ut', kind: 'date' }],
          rows: ending.map((a) => [...person(a), effectiveEnd(a)]),
          empty: `Ingen funksjonsperioder går ut i ${year + 1}.`,
        },
      ],
    },
  };
};
