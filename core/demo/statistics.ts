import { currentQuarter } from '../statistics/periods';
import type { DemoSeeder } from './types';
import { seededRandom } from './random';

const YEARS_BACK = 3;
/** Highest typical count per quarter and unit, per default indicator in catalogue order. */
const TYPICAL_MAX = [5, 3, 1, 1, 1, 3, 2];

/**
 * Three years of quarterly counts up to the current quarter: mostly zeros and small numbers, as in a real
 * municipality. Some units have not reported some quarters, and only half have reported the current one.
 */
export const seedStatistics: DemoSeeder = async ({ call, today }) => {
  const random = seededRandom(20260101);
  const now = currentQuarter(today);
  const quarters = Array.from({ length: YEARS_BACK * 4 + 1 }, (_, i) => {
    const index = now.year * 4 + now.quarter - 1 - YEARS_BACK * 4 + i;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  for (const period of quarters) {
    const sheet = await call('statistics.quarter', period);
    const isCurrent = period.year === now.year && period.quarter === now.quarter;
    const counts = sheet.units
      .filter((unit) => unit.editable && random() > (isCurrent ? 0.5 : 0.1))
      .flatMap((unit, u) =>
        sheet.indicators.map((indicator, i) => {
          const max = (TYPICAL_MAX[i] ?? 2) + (u < 2 ? 2 : 0);
          const value = random() < 0.45 ? 0 : Math.floor(random() * (max + 1));
          return { unitId: unit.id, indicatorId: indicator.id, value };
        }),
      );
    await call('statistics.saveQuarter', { ...period, counts });
  }
};
