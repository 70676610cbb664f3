import { AMU_CASE_KIND_LABELS, AMU_CASE_STATUS_LABELS } from '../../amuCases/labels';
import type { Screen } from '../../screens';
import { type SectionBuilder, yearBounds } from './types';

const SCREEN: Screen = { screen: 'amuCases' };

/** AMU-saker: the cases AMU met on or decided during the year, with the decisions. */
export const amuCasesSection: SectionBuilder = async ({ reads, year }) => {
  const { first, last } = yearBounds(year);
  const inYear = (date: string | null) => date !== null && first <= date && date <= last;
  const cases = (await reads('amuCases.list', { year })).cases
    .filter((c) => inYear(c.meetingDate) || inYear(c.decisionDate))
    .sort((a, b) => (a.meetingDate ?? a.decisionDate ?? '').localeCompare(b.meetingDate ?? b.decisionDate ?? ''));
  return {
    keyFigures: [
      {
        id: 'amuCasesTreated',
        label: 'Saker behandlet i AMU',
        value: cases.filter((c) => c.status === 'treated').length,
        kind: 'number',
        screen: SCREEN,
      },
    ],
    section: {
      id: 'amuCases',
      title: 'AMU-saker',
      factGroups: [],
      tables: [
        {
          id: 'cases',
          title: `Saker til AMU i ${year}`,
          columns: [
            { label: 'Møtedato', kind: 'date' },
            { label: 'Saksnummer', kind: 'text' },
            { label: 'Sak', kind: 'text', wide: true },
            { label: 'Type', kind: 'text' },
            { label: 'Status', kind: 'text' },
            { label: 'Vedtak', kind: 'text', wide: true },
            { label: 'Vedtaksdato', kind: 'date' },
          ],
          rows: cases.map((c) => [
            c.meetingDate,
            c.caseNumber ?? '',
            c.title,
            AMU_CASE_KIND_LABELS[c.kind],
            AMU_CASE_STATUS_LABELS[c.status],
            c.decisionText ?? '',
            c.decisionDate,
          ]),
          empty: `Ingen saker var oppe i AMU i ${year}.`,
        },
      ],
      charts: [],
      notes: [],
    },
  };
};
