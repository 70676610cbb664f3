import type { PublishedTable } from '../../../core/disclosure/publish';

export interface ChartPoint {
  label: string;
  /** Suppressed numbers are null and never drawn. */
  value: number | null;
}

/** What the chart shows: the municipality per quarter, or per sector (or unit) for the year. One number is no chart. */
export function chartPoints(table: PublishedTable): { title: string; points: ChartPoint[] } | null {
  if (table.colLabels.length > 1) {
    return { title: 'Hele kommunen per kvartal', points: table.colLabels.map((label, c) => ({ label, value: table.colTotals[c] ?? null })) };
  }
  if (table.rowLabels.length < 2) return null;
  const groups = table.groups ?? [];
  if (groups.length === 0) return { title: 'Per enhet', points: table.rowLabels.map((label, r) => ({ label, value: table.rowTotals[r] ?? null })) };
  const grouped = new Set(groups.flatMap((g) => g.rowIndexes));
  return {
    title: 'Per sektor',
    points: [
      ...groups.map((g) => ({ label: g.label, value: g.total })),
      ...table.rowLabels.flatMap((label, r) => (grouped.has(r) ? [] : [{ label, value: table.rowTotals[r] ?? null }])),
    ],
  };
}
