/** About this many gridlines above zero; the step decides the exact number. */
const TARGET_STEPS = 5;

/**
 * Axis ticks for counts: from 0 in a "nice" whole-number step (1, 2 or 5 × 10ⁿ) up to the first tick at or above
 * the largest value, so every gridline sits on a whole number and is labelled with exactly that number.
 */
export function niceTicks(maxValue: number): number[] {
  const max = Math.max(0, maxValue);
  if (max === 0) return [0, 1];
  const raw = max / TARGET_STEPS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, Math.round(([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power));
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** The values a chart would draw (nulls are suppressed or missing, never drawn). */
export function drawnValues(series: { values: (number | null)[] }[]): number[] {
  return series.flatMap((s) => s.values.filter((v): v is number => v !== null));
}

/** What a chart with nothing to draw says in place of empty axes. */
export const NOTHING_TO_DRAW = 'Ingen tall å vise.';
