import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { CHART_FONT, NOTHING_TO_DRAW, PALETTE, chartSvg, niceTicks } from '../../../core/report/charts';
import { chartFontFiles } from '../../../core/report/charts/fonts';

describe('chart images', () => {
  test('suppressed (null) values are not drawn and carry no label', () => {
    const svg = chartSvg({
      kind: 'bar',
      title: 'Per kvartal',
      categories: ['K1', 'K2', 'K3'],
      series: [{ name: 'Tall', values: [15, null, 27] }],
    });
    const bars = svg.match(new RegExp(`<rect [^>]*fill="${PALETTE[0]}"`, 'g')) ?? [];
    expect(bars).toHaveLength(3); // two bars and the legend swatch
    expect(svg).toContain('>15<');
    expect(svg).toContain('>27<');
  });

  test('a legend with many long names wraps onto new rows inside the picture', () => {
    const names = Array.from({ length: 7 }, (_, i) => `Avsluttede Akan-avtaler – indikator nummer ${i + 1}`);
    const width = 720;
    const svg = chartSvg({
      kind: 'line',
      title: 'Trend',
      categories: ['K1', 'K2'],
      series: names.map((name) => ({ name, values: [37, 41] })),
      width,
    });
    const legend = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>(Avsluttede[^<]*)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      name: m[3]!,
    }));
    expect(legend).toHaveLength(7);
    for (const item of legend) expect(item.x + item.name.length * 7).toBeLessThanOrEqual(width);
    expect(new Set(legend.map((l) => l.y)).size).toBeGreaterThan(1);
    expect(svg).not.toMatch(/>(37|41)</); // seven lines: value labels would overlap, the table has the numbers
  });
});

describe('axis ticks', () => {
  test('step 1, 2 or 5 × 10ⁿ, whole numbers from 0 to the first tick at or above the largest value', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(112)).toEqual([0, 50, 100, 150]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    for (const max of [1, 2, 4, 7, 9, 13, 26, 49, 99, 101, 777, 25_000]) {
      const ticks = niceTicks(max);
      const step = ticks[1]! - ticks[0]!;
      expect(ticks.every(Number.isInteger), String(max)).toBe(true);
      expect(String(step), String(max)).toMatch(/^[125]0*$/);
      expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.at(-2)!, String(max)).toBeLessThan(max);
      expect(ticks.length, String(max)).toBeLessThanOrEqual(11);
    }
  });

  test('the SVG labels every gridline with exactly its value, and bars with theirs', () => {
    const svg = chartSvg({
      kind: 'bar',
      title: 'Deltakere',
      categories: ['K1', 'K2', 'K3', 'K4'],
      series: [{ name: 'Deltakere', values: [7, 3, 0, 5] }],
    });
    const ticks = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="tick"[^>]*>([^<]*)<\/text>/g)].map(
      (m) => ({ y: Number(m[1]) - 4, label: m[2]! }),
    );
    expect(ticks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8']);
    const lines = [...svg.matchAll(/<line [^>]*y1="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(lines).toEqual(ticks.map((t) => t.y));
    // Evenly spaced, so a bar of 7 reads 7 against the gridlines at 6 and 8.
    const gaps = lines.slice(1).map((y, i) => lines[i]! - y);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 5);
    const bar = /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#1E6A8D"\/>/.exec(svg)!;
    const zero = lines[0]!;
    expect(Number(bar[2]) / (zero - lines.at(-1)!)).toBeCloseTo(7 / 8, 2);
    expect(svg).toContain('>7<');
    expect(svg).toContain(`font-family="${CHART_FONT}"`);
  });

  test('a chart with nothing to draw says so instead of drawing empty axes', () => {
    const svg = chartSvg({
      kind: 'line',
      title: 'Publiserte tall',
      categories: ['K1', 'K2'],
      series: [{ name: 'A', values: [null, null] }],
    });
    expect(svg).toContain(`>${NOTHING_TO_DRAW}<`);
    expect(svg).not.toContain('<line');
    expect(svg).not.toContain('class="tick"');
  });
});

describe('chart fonts', () => {
  test('the fonts looked up once draw a chart exactly as letting the rasteriser load every system font', () => {
    const files = chartFontFiles();
    expect(files.length).toBeGreaterThan(0);
    const svg = chartSvg({
      kind: 'bar',
      title: 'Deltakere på opplæring etter målgruppe – «Den nødvendige samtalen»',
      categories: ['Ledere', 'Tillitsvalgte', 'Verneombud', 'Nyansatte'],
      series: [{ name: 'Deltakere', values: [18, 7, 3, 63] }],
    });
    const draw = (font: ResvgRenderOptions['font']) =>
      new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font, background: '#ffffff' }).render().pixels;
    const ours = draw({ fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' });
    const system = draw({ loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' });
    const noText = draw({ loadSystemFonts: false, fontFiles: [] });
    expect(Buffer.compare(ours, system)).toBe(0);
    expect(Buffer.compare(ours, noText)).not.toBe(0);
  });
});
