import { NOTHING_TO_DRAW, drawnValues, niceTicks } from './ticks';

export interface ChartSeries {
  name: string;
  /** null = suppressed or missing: never drawn. */
  values: (number | null)[];
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Printed under the chart, e.g. the suppression footnote. */
  note?: string;
  width?: number;
  height?: number;
}

/** The workbook's font (Arial, or its metric twin Liberation Sans where Arial is missing): charts read like the sheets. */
export const CHART_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Series colours, distinct for up to eight series (the on-screen charts use the same). */
export const PALETTE = ['#1E6A8D', '#C8553D', '#2E8B57', '#8A6FB0', '#B8860B', '#4F6D7A', '#C2185B', '#00838F'];
/** With more lines than this, value labels would overlap; the table beside the chart has the numbers. */
const LABELLED_LINES = 3;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const formatCount = (n: number) => n.toLocaleString('nb-NO');

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${CHART_FONT}" ${attrs}>${escapeXml(body)}</text>`;
}

const LEGEND_ROW = 18;

/** Legend entries placed left to right, wrapping onto a new row when the next would pass `right`. */
function legendLayout(names: string[], left: number, right: number): { x: number; row: number }[] {
  let x = left;
  let row = 0;
  return names.map((name) => {
    const itemWidth = 30 + name.length * 7;
    if (x > left && x + itemWidth > right) {
      x = left;
      row++;
    }
    const place = { x, row };
    x += itemWidth;
    return place;
  });
}

/** A labelled bar or line chart as SVG, drawn from exactly the numbers given (nulls are left out). */
export function chartSvg(spec: ChartSpec): string {
  const width = spec.width ?? 720;
  const height = spec.height ?? 360;
  const legend = legendLayout(
    spec.series.map((s) => s.name),
    56,
    width - 24,
  );
  const legendRows = 1 + Math.max(0, ...legend.map((l) => l.row));
  const margin = { top: 48, right: 24, bottom: 54 + legendRows * LEGEND_ROW + (spec.note ? 20 : 0), left: 56 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = drawnValues(spec.series);
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(margin.left, 28, spec.title, 'font-size="18" font-weight="600" fill="#1a1a1a"'),
  ];
  const svg = (body: string[]) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body.join('')}</svg>`;
  if (values.length === 0) {
    parts.push(text(width / 2, height / 2, NOTHING_TO_DRAW, 'font-size="14" text-anchor="middle" fill="#444"'));
    if (spec.note)
      parts.push(text(width / 2, height / 2 + 22, spec.note, 'font-size="11" text-anchor="middle" fill="#444"'));
    return svg(parts);
  }
  const ticks = niceTicks(Math.max(...values));
  const max = ticks.at(-1)!;
  const y = (v: number) => margin.top + plotH - (v / max) * plotH;
  const band = plotW / Math.max(1, spec.categories.length);
  for (const v of ticks) {
    parts.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d9d9d9"/>`,
    );
    parts.push(
      text(margin.left - 8, y(v) + 4, formatCount(v), 'font-size="12" text-anchor="end" fill="#444" class="tick"'),
    );
  }
  spec.categories.forEach((category, i) => {
    parts.push(
      text(
        margin.left + band * (i + 0.5),
        margin.top + plotH + 18,
        category,
        'font-size="12" text-anchor="middle" fill="#333"',
      ),
    );
  });
  const seriesCount = Math.max(1, spec.series.length);
  spec.series.forEach((series, s) => {
    const color = PALETTE[s % PALETTE.length]!;
    if (spec.kind === 'bar') {
      const barW = (band * 0.7) / seriesCount;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const x = margin.left + band * i + band * 0.15 + barW * s;
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(margin.top + plotH - y(v)).toFixed(1)}" fill="${color}"/>`,
        );
        parts.push(text(x + barW / 2, y(v) - 4, formatCount(v), 'font-size="11" text-anchor="middle" fill="#1a1a1a"'));
      });
    } else {
      const points = series.values.map((v, i) =>
        v === null ? null : ([margin.left + band * (i + 0.5), y(v)] as const),
      );
      let path = '';
      points.forEach((p, i) => {
        if (!p) return;
        path += `${i > 0 && points[i - 1] ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)} `;
      });
      if (path) parts.push(`<path d="${path.trim()}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
      points.forEach((p, i) => {
        if (!p) return;
        parts.push(`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="4" fill="${color}"/>`);
        if (seriesCount <= LABELLED_LINES)
          parts.push(
            text(p[0], p[1] - 8, formatCount(series.values[i]!), 'font-size="11" text-anchor="middle" fill="#1a1a1a"'),
          );
      });
    }
  });
  const legendTop = height - (spec.note ? 36 : 16) - (legendRows - 1) * LEGEND_ROW;
  for (const [s, series] of spec.series.entries()) {
    const { x, row } = legend[s]!;
    const y = legendTop + row * LEGEND_ROW;
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${PALETTE[s % PALETTE.length]}"/>`);
    parts.push(text(x + 18, y, series.name, 'font-size="12" fill="#333"'));
  }
  if (spec.note) parts.push(text(margin.left, height - 10, spec.note, 'font-size="11" fill="#444"'));
  return svg(parts);
}
