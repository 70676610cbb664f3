import { AUDIENCE_LABELS } from '../../audiences';
import type { Screen } from '../../screens';
import type { Campaign } from '../../campaigns/contract';
import { CAMPAIGN_STATUS_LABELS, CHANNEL_LABELS } from '../../campaigns/labels';
import { NOT_REGISTERED } from '../model';
import type { SectionBuilder } from './types';
import { compareNames } from '../../names';

const SCREEN: Screen = { screen: 'campaigns' };

/** Cancelled campaigns are listed but not counted. */
const counts = (c: Campaign) => c.status !== 'cancelled';

/** Informasjonstiltak: the year's campaigns with channels, period, reach and evaluation, and campaigns per theme. */
export const campaignsSection: SectionBuilder = async ({ reads, year }) => {
  const { campaigns } = await reads('campaigns.list', { year });
  const counted = campaigns.filter(counts);
  const themes = [...new Set(counted.map((c) => c.themeName))].sort(compareNames);
  const perTheme = themes.map((theme) => counted.filter((c) => c.themeName === theme).length);
  return {
    keyFigures: [
      {
        id: 'campaigns',
        label: 'Informasjonstiltak',
        value: counted.length,
        kind: 'number',
        screen: SCREEN,
        detail: `${counted.filter((c) => c.status === 'completed').length} gjennomført`,
      },
    ],
    section: {
      id: 'campaigns',
      title: 'Informasjonstiltak',
      factGroups: [],
      notes: campaigns.length > counted.length ? ['Avlyste tiltak står i listen, men er ikke talt med.'] : [],
      tables: [
        {
          id: 'campaigns',
          title: `Informasjonstiltak i ${year}`,
          columns: [
            { label: 'Tiltak', kind: 'text' },
            { label: 'Tema', kind: 'text' },
            { label: 'Kanaler', kind: 'text' },
            { label: 'Målgrupper', kind: 'text', wide: true },
            { label: 'Fra', kind: 'date' },
            { label: 'Til', kind: 'date' },
            { label: 'Status', kind: 'text' },
            { label: 'Anslått nådd', kind: 'number' },
            { label: 'Evaluering', kind: 'text', wide: true },
          ],
          rows: campaigns.map((c) => [
            c.title,
            c.themeName,
            c.channels.map((ch) => CHANNEL_LABELS[ch]).join(', '),
            c.audiences.map((a) => AUDIENCE_LABELS[a]).join(', '),
            c.periodStart,
            c.periodEnd,
            CAMPAIGN_STATUS_LABELS[c.status],
            c.estimatedReach ?? NOT_REGISTERED,
            c.evaluation ?? '',
          ]),
          empty: `Ingen informasjonstiltak er registrert i ${year}.`,
        },
        {
          id: 'themes',
          title: 'Informasjonstiltak etter tema',
          columns: [
            { label: 'Tema', kind: 'text' },
            { label: 'Tiltak', kind: 'number' },
          ],
          rows: themes.map((theme, i) => [theme, perTheme[i] ?? 0]),
          totals: ['I alt', counted.length],
          empty: `Ingen informasjonstiltak er gjennomført eller planlagt i ${year}.`,
        },
      ],
      charts:
        themes.length > 0
          ? [
              {
                id: 'campaignsPerTheme',
                title: `Informasjonstiltak per tema ${year}`,
                kind: 'bar',
                categoryLabel: 'Tema',
                categories: themes,
                series: [{ name: 'Tiltak', values: perTheme }],
              },
            ]
          : [],
    },
  };
};
