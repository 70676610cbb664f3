import { describe, expect, test } from 'vitest';
import { PALETTE, chartSvg } from '../../../core/report/charts';

describe('chart images', () => {
  test('suppressed (null) values are not drawn and carry no label', () => {
    const svg = chartSvg({ kind: 'bar', title: 'Per kvartal', categories: ['K1', 'K2', 'K3'], series: [{ name: 'Tall', values: [15, null, 27] }] });
    const bars = svg.match(new RegExp(`<rect [^>]*fill="${PALETTE[0]}"`, 'g')) ?? [];
    expect(bars).toHaveLength(3); // two bars and the legend swatch
    expect(svg).toContain('>15<');
    expect(svg).toContain('>27<');
  });

  test('a legend with many long names wraps onto new rows inside the picture', () => {
    const names = Array.from({ length: 7 }, (_, i) => `Avsluttede Akan-avtaler – indikator nummer ${i + 1}`);
    const width = 720;
    const svg = chartSvg({ kind: 'line', title: 'Trend', categories: ['K1', 'K2'], series: names.map((name) => ({ name, values: [37, 41] })), width });
    const legend = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>(Avsluttede[^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), name: m[3]! }));
    expect(legend).toHaveLength(7);
    for (const item of legend) expect(item.x + item.name.length * 7).toBeLessThanOrEqual(width);
    expect(new Set(legend.map((l) => l.y)).size).toBeGreaterThan(1);
    expect(svg).not.toMatch(/>(37|41)</); // seven lines: value labels would overlap, the table has the numbers
  });
});
