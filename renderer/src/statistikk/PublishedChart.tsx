import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PublishedTable } from '../../../core/disclosure/publish';
import { chartPoints } from './chartPoints';

/** A bar chart of published numbers only; the table beside it has the same numbers for everyone who cannot see the chart. */
export function PublishedChart({ table }: { table: PublishedTable }) {
  const chart = chartPoints(table);
  if (!chart) return null;
  const hidden = chart.points.some((p) => p.value === null);
  return (
    <figure className="published-chart">
      <figcaption>
        {chart.title}
        {hidden ? <span className="muted"> – skjermede tall (*) er ikke tegnet</span> : null}
      </figcaption>
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={chart.points} margin={{ top: 20, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} width={36} />
            <Bar dataKey="value" fill="var(--ds-color-accent-base-default)" isAnimationActive={false}>
              <LabelList dataKey="value" position="top" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
