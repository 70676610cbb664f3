import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from '../../../../core/report/charts/svg';
import { NOTHING_TO_DRAW, drawnValues, niceTicks } from '../../../../core/report/charts/ticks';
import type { ReportChart, ReportTable } from '../../../../core/report/model';
import { ReportTableView } from './ReportTableView';

/** The chart's own numbers as a table, so nothing is only in the picture; suppressed values show as `*`. */
export function chartTable(chart: ReportChart): ReportTable {
  const title = `Tallene i «${chart.title}»`;
  if (chart.series.length > 1) {
    // One row per series keeps a chart of many lines narrow enough to read.
    return {
      id: chart.id,
      title,
      columns: [
        { label: 'Serie', kind: 'text' },
        ...chart.categories.map((c) => ({ label: c, kind: 'count' as const })),
      ],
      rows: chart.series.map((s) => [s.name, ...s.values]),
      empty: '',
    };
  }
  return {
    id: chart.id,
    title,
    columns: [
      { label: chart.categoryLabel, kind: 'text' },
      ...chart.series.map((s) => ({ label: s.name, kind: 'count' as const })),
    ],
    rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]),
    empty: '',
  };
}

/** A labelled chart drawn from exactly the report's numbers (nulls are left out), with those numbers as a table. */
export function ReportChartView({ chart }: { chart: ReportChart }) {
  const data = chart.categories.map((category, i) => ({
    category,
    ...Object.fromEntries(chart.series.map((s) => [s.name, s.values[i] ?? undefined])),
  }));
  const Chart = chart.kind === 'bar' ? BarChart : LineChart;
  const many = chart.series.length > 2;
  const values = drawnValues(chart.series);
  const ticks = niceTicks(Math.max(0, ...values));
  if (values.length === 0) {
    return (
      <figure className="report-chart">
        <figcaption>{chart.title}</figcaption>
        <p className="muted">{NOTHING_TO_DRAW}</p>
        {chart.note ? <p className="muted report-note">{chart.note}</p> : null}
      </figure>
    );
  }
  return (
    <figure className={many ? 'report-chart report-chart-wide' : 'report-chart'}>
      <figcaption>{chart.title}</figcaption>
      <div className="report-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <Chart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} ticks={ticks} domain={[0, ticks.at(-1) ?? 1]} interval={0} />
            <Tooltip />
            {chart.series.map((s, i) =>
              chart.kind === 'bar' ? (
                <Bar
                  key={s.name}
                  dataKey={s.name}
                  fill={PALETTE[i % PALETTE.length]}
                  isAnimationActive={false}
                  label={{ position: 'top' }}
                />
              ) : (
                <Line
                  key={s.name}
                  dataKey={s.name}
                  stroke={PALETTE[i % PALETTE.length]}
                  strokeWidth={2}
                  isAnimationActive={false}
                  connectNulls={false}
                />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
        {chart.series.length > 1 ? (
          <ul className="chart-legend">
            {chart.series.map((s, i) => (
              <li key={s.name}>
                <span className="chart-swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
                {s.name}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <ReportTableView table={chartTable(chart)} />
      {chart.note ? <p className="muted report-note">{chart.note}</p> : null}
    </figure>
  );
}
