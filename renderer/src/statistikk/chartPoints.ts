import type { PublishedTable, PublishedValue } from '../../../core/disclosure/publish';

export interface ChartPoint {
  label: string;
  /** Suppressed and not reported numbers are null and never drawn. */
  value: number | null;
}

const drawn = (value: PublishedValue | undefined): number | null => (typeof value === 'number' ? value : null);

/** What the chart shows: the municipality per quarter, or per sector (or unit) for the year. One number is no chart. */
export function chartPoints(table: PublishedTable): { title: string; points: ChartPoint[] } | null {
  if (table.colLabels.length > 1) {
    return {
      title: 'Hele kommunen per kvartal',
      points: table.colLabels.map((label, c) => ({ label, value: drawn(table.colTotals[c]) })),
    };
  }
  if (table.rowLabels.length < 2) return null;
  const groups = table.groups ?? [];
  if (groups.length === 0)
    return {
      title: 'Per enhet',
      points: table.rowLabels.map((label, r) => ({ label, value: drawn(table.rowTotals[r]) })),
    };
  const grouped = new Set(groups.flatMap((g) => g.rowIndexes));
  return {
    title: 'Per sektor',
    points: [
      ...groups.map((g) => ({ label: g.label, value: drawn(g.total) })),
      ...table.rowLabels.flatMap((label, r) => (grouped.has(r) ? [] : [{ label, value: drawn(table.rowTotals[r]) }])),
    ],
  };
}
