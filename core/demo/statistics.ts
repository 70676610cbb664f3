import type { SheetIndicator } from '../statistics/contract';
import { currentQuarter } from '../statistics/periods';
import type { DemoSeeder } from './types';
import { seededRandom } from './random';

const YEARS_BACK = 3;
/** Highest typical count per quarter and unit, per default indicator in catalogue order. */
const TYPICAL_MAX = [5, 3, 1, 1, 1, 3, 2];

const hasTerms = (indicator: SheetIndicator): boolean => indicator.adds.length + indicator.takes.length > 0;

/**
 * One unit's numbers for a quarter. Indicators worked out from others obey the catalogue's relation, as real counts
 * do: what takes from a count is drawn no larger than what there is to take (`before` is the count at the end of the
 * quarter before, for a count at the period's end).
 */
function unitCounts(
  indicators: readonly SheetIndicator[],
  draw: (i: number) => number,
  before: (indicatorId: number) => number,
): Map<number, number> {
  const values = new Map<number, number>();
  indicators.forEach((indicator, i) => {
    if (!hasTerms(indicator)) values.set(indicator.id, draw(i));
  });
  for (const indicator of indicators.filter(hasTerms)) {
    let total =
      (indicator.measure === 'stock' ? before(indicator.id) : 0) +
      indicator.adds.reduce((sum, id) => sum + (values.get(id) ?? 0), 0);
    for (const id of indicator.takes) {
      const taken = Math.min(values.get(id) ?? 0, total);
      values.set(id, taken);
      total -= taken;
    }
    values.set(indicator.id, total);
  }
  return values;
}

/**
 * Three years of quarterly counts up to the current quarter: mostly zeros and small numbers, as in a real
 * municipality, obeying the catalogue's relations per unit from quarter to quarter. Some units have not reported
 * some quarters (their agreements run on all the same), and only half have reported the current one.
 */
export const seedStatistics: DemoSeeder = async ({ call, today }) => {
  const random = seededRandom(20260101);
  const now = currentQuarter(today);
  const quarters = Array.from({ length: YEARS_BACK * 4 + 1 }, (_, i) => {
    const index = now.year * 4 + now.quarter - 1 - YEARS_BACK * 4 + i;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  /** Each unit's count at the end of the quarter before, per indicator at the period's end. */
  const stock = new Map<string, number>();
  for (const period of quarters) {
    const sheet = await call('statistics.quarter', period);
    const isCurrent = period.year === now.year && period.quarter === now.quarter;
    const counts = sheet.units
      .filter((unit) => unit.editable)
      .flatMap((unit, u) => {
        const reports = random() > (isCurrent ? 0.5 : 0.1);
        const draw = (i: number): number => {
          const max = (TYPICAL_MAX[i] ?? 2) + (u < 2 ? 2 : 0);
          return random() < 0.45 ? 0 : Math.floor(random() * (max + 1));
        };
        const key = (indicatorId: number): string => `${unit.id}:${indicatorId}`;
        const values = unitCounts(sheet.indicators, draw, (id) => stock.get(key(id)) ?? Math.floor(random() * 3));
        for (const indicator of sheet.indicators)
          if (indicator.measure === 'stock') stock.set(key(indicator.id), values.get(indicator.id) ?? 0);
        return reports ? [...values].map(([indicatorId, value]) => ({ unitId: unit.id, indicatorId, value })) : [];
      });
    await call('statistics.saveQuarter', { ...period, counts });
  }
};
