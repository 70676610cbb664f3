import { MEASURE_LABELS } from '../../statistics/labels';
import type { Screen } from '../../screens';
import type { PublishedIndicator } from '../../statistics/contract';
import type { KeyFigure, ReportChart, ReportSection } from '../model';
import type { SectionBuilder } from './types';

const SCREEN: Screen = { screen: 'statistics' };
const TITLE = 'Statistikk';

/** A count at the period's end is not summed over quarters, so it has no yearly total (as on the statistics screen). */
const hasTotal = ({ indicator }: PublishedIndicator) => indicator.measure !== 'stock';

function emptySection(text: string): ReportSection {
  return {
    id: 'statistics',
    title: TITLE,
    factGroups: [],
    tables: [
      {
        id: 'indicators',
        title: 'Publiserte tall',
        columns: [{ label: 'Indikator', kind: 'text' }],
        rows: [],
        empty: text,
      },
    ],
    charts: [],
    notes: [],
  };
}

/**
 * Statistikk: every indicator for the whole municipality per quarter, exactly as the statistics screen publishes it
 * (`statistics.publish`, its default view): one view, so every table of the report is protected together with the
 * catalogue's relations. Suppressed numbers are `null` (`*`) with the same footnote; numbers nobody reported are
 * `..` with the note that says how many units did not. No number from the unprotected counts is read here.
 */
export const statisticsSection: SectionBuilder = async ({ reads, year, today }) => {
  if (year > Number(today.slice(0, 4)))
    return { keyFigures: [], section: emptySection(`${year} har ikke begynt ennå, så det finnes ingen tall.`) };
  const publication = await reads('statistics.publish', { year, by: 'quarter', units: false });
  const { tables, footnote } = publication;
  if (tables.length === 0) return { keyFigures: [], section: emptySection('Ingen indikatorer er registrert.') };
  const quarters = tables[0]!.table.colLabels;
  const crowded = tables.filter((t) => t.table.tooManySuppressed).map((t) => `«${t.indicator.name}»`);
  const chartNote =
    [
      // A `*` in the chart's table is always explained beside it, whether or not a key figure is hidden too.
      ...(tables.some((t) => t.table.cells[0]?.includes(null)) ? [footnote, 'Skjermede tall (*) er ikke tegnet.'] : []),
      ...(tables.some((t) => t.table.cells[0]?.includes(publication.notReportedSymbol))
        ? [`Tall som ikke er rapportert (${publication.notReportedSymbol}), er ikke tegnet.`]
        : []),
    ].join(' ') || undefined;

  const keyFigures: KeyFigure[] = tables.map((t): KeyFigure => {
    const last = t.table.cells[0]?.at(-1) ?? null;
    return {
      id: `statistics-${t.indicator.id}`,
      label: t.indicator.name,
      value: hasTotal(t) ? t.table.grandTotal : last,
      kind: 'count',
      screen: SCREEN,
      detail: hasTotal(t) ? `hele ${year}` : `ved utgangen av ${quarters.at(-1) ?? year}`,
      note: footnote,
      group: 'Statistikk, publiserte tall',
    };
  });
  const trend: ReportChart = {
    id: 'statisticsPerQuarter',
    title: `Publiserte tall per kvartal ${year}`,
    kind: 'line',
    categoryLabel: 'Kvartal',
    categories: quarters.map((q) => q.split(' ')[0] ?? q),
    series: tables.map((t) => ({
      name: t.indicator.name,
      values: (t.table.cells[0] ?? []).map((v) => (typeof v === 'number' ? v : null)),
    })),
    ...(chartNote ? { note: chartNote } : {}),
  };

  return {
    keyFigures,
    section: {
      id: 'statistics',
      title: TITLE,
      factGroups: [],
      tables: [
        {
          id: 'indicators',
          title: `Publiserte tall for hele kommunen ${year}`,
          columns: [
            { label: 'Indikator', kind: 'text' },
            ...quarters.map((q) => ({ label: q, kind: 'count' as const })),
            { label: 'I alt', kind: 'count' },
          ],
          rows: tables.map((t) => [
            t.indicator.name,
            ...(t.table.cells[0] ?? []),
            hasTotal(t) ? t.table.grandTotal : '',
          ]),
          empty: 'Ingen indikatorer er registrert.',
        },
        {
          id: 'definitions',
          title: 'Hva som telles',
          columns: [
            { label: 'Indikator', kind: 'text' },
            { label: 'Hva som telles', kind: 'text', wide: true },
            { label: 'Måles som', kind: 'text' },
          ],
          rows: tables.map(({ indicator }) => [
            indicator.name,
            indicator.description ?? '',
            MEASURE_LABELS[indicator.measure],
          ]),
          empty: '',
          asList: true,
        },
      ],
      // With nothing published the chart says so (rather than the sheet silently leaving it out).
      charts: [trend],
      notes: [
        footnote,
        publication.notReportedNote,
        ...(tables.every(hasTotal)
          ? []
          : [
              'Tall ved periodens slutt legges ikke sammen over kvartalene, og har derfor ikke noe tall under «I alt».',
            ]),
        ...(crowded.length > 0
          ? [
              `For ${crowded.join(', ')} er mer enn en firedel av kvartalstallene skjermet. Statistikk-skjermen kan vise tallene for hele året i stedet.`,
            ]
          : []),
      ],
    },
  };
};
