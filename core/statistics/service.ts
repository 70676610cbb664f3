import { desc } from 'drizzle-orm';
import { statisticsCounts } from '../../db/schema';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { type StatisticsYears, type statisticsContract } from './contract';
import { quarterSheet, saveQuarter } from './entry';
import { indicatorsHandlers } from './indicators';
import { currentQuarter } from './periods';
import { publishStatistics, rawStatistics } from './publication';

function statisticsYears(ctx: AppContext): StatisticsYears {
  const current = currentQuarter(ctx.today());
  const stored = ctx.db
    .selectDistinct({ year: statisticsCounts.year })
    .from(statisticsCounts)
    .orderBy(desc(statisticsCounts.year))
    .all();
  const years = new Set([current.year, current.year - 1, current.year - 2, ...stored.map((r) => r.year)]);
  return { current, years: [...years].filter((y) => y <= current.year).sort((a, b) => b - a) };
}

export const statisticsHandlers: AreaHandlers<typeof statisticsContract> = {
  'statistics.years': (ctx) => statisticsYears(ctx),
  ...indicatorsHandlers,
  'statistics.quarter': (ctx, period) => quarterSheet(ctx, period),
  'statistics.saveQuarter': (ctx, { counts, ...period }) => saveQuarter(ctx, period, counts),
  'statistics.publish': (ctx, { k, ...spec }) => publishStatistics(ctx, spec, { k }),
  'statistics.rawTables': (ctx, spec) => rawStatistics(ctx, spec),
};
