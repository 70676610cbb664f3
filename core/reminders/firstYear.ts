import { min } from 'drizzle-orm';
import { amuCases, appointments, campaigns, changeLog, planItems, statisticsCounts, trainings } from '../../db/schema';
import type { AppContext } from '../context';

const yearOf = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : Number(String(value).slice(0, 4));

/**
 * The first year the committee has anything for: the earliest dated record, or the year it started using the app.
 * Reminders about years before it (last year's report, for a committee that starts now) are not raised.
 */
export function firstDataYear(ctx: AppContext): number | null {
  const years = [
    ctx.db
      .select({ v: min(trainings.startsAt) })
      .from(trainings)
      .get()?.v,
    ctx.db
      .select({ v: min(appointments.termStart) })
      .from(appointments)
      .get()?.v,
    ctx.db
      .select({ v: min(campaigns.periodStart) })
      .from(campaigns)
      .get()?.v,
    ctx.db
      .select({ v: min(planItems.year) })
      .from(planItems)
      .get()?.v,
    ctx.db
      .select({ v: min(amuCases.reportYear) })
      .from(amuCases)
      .get()?.v,
    ctx.db
      .select({ v: min(amuCases.meetingDate) })
      .from(amuCases)
      .get()?.v,
    ctx.db
      .select({ v: min(statisticsCounts.year) })
      .from(statisticsCounts)
      .get()?.v,
    ctx.db
      .select({ v: min(changeLog.at) })
      .from(changeLog)
      .get()?.v,
  ]
    .map(yearOf)
    .filter((y): y is number => y !== null && Number.isFinite(y));
  return years.length > 0 ? Math.min(...years) : null;
}
