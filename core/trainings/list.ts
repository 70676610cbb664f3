import { type SQL, and, asc, count, desc, eq, exists, gte, inArray, or, sql } from 'drizzle-orm';
import { trainingAudiences, trainingParticipants, trainingUnits, trainings } from '../../db/schema';
import type { AppContext } from '../context';
import type { InputOf } from '../handlerTypes';
import { pageOf, wholeList } from '../paging';
import { listUnits } from '../units/service';
import { descendantIds } from '../units/tree';
import type { trainingsContract } from './contract';
import { inPeriod, loadTrainings } from './repository';

/** The session list (`trainings.list`): its filters as SQL, the order, and the page. */

function sessionsYears(ctx: AppContext, today: string): number[] {
  const stored = ctx.db
    .selectDistinct({ year: sql<string>`substr(${trainings.startsAt}, 1, 4)` })
    .from(trainings)
    .all()
    .map((r) => Number(r.year));
  return [...new Set([...stored, Number(today.slice(0, 4))])].sort((a, b) => b - a);
}

type ListFilter = NonNullable<InputOf<(typeof trainingsContract)['trainings.list']>>;

/** The filters as SQL, so that a page can be cut and counted in the database. */
function listWhere(ctx: AppContext, filter: ListFilter, year: number | null, andLater: boolean): SQL | undefined {
  const unitIds = filter.unitId ? [filter.unitId, ...descendantIds(listUnits(ctx, true), filter.unitId)] : null;
  const touches = (table: typeof trainingUnits | typeof trainingParticipants, ids: number[]) =>
    exists(
      ctx.db
        .select({ one: table.trainingId })
        .from(table)
        .where(and(eq(table.trainingId, trainings.id), inArray(table.unitId, ids))),
    );
  return and(
    year && andLater ? gte(trainings.startsAt, `${year}-01-01T00:00`) : undefined,
    year && !andLater ? inPeriod(`${year}-01-01`, `${year}-12-31`) : undefined,
    filter.status ? eq(trainings.status, filter.status) : undefined,
    filter.topicId ? eq(trainings.topicId, filter.topicId) : undefined,
    filter.audience
      ? exists(
          ctx.db
            .select({ one: trainingAudiences.trainingId })
            .from(trainingAudiences)
            .where(
              and(eq(trainingAudiences.trainingId, trainings.id), eq(trainingAudiences.audience, filter.audience)),
            ),
        )
      : undefined,
    unitIds ? or(touches(trainingUnits, unitIds), touches(trainingParticipants, unitIds)) : undefined,
  );
}

/** From today on, soonest first; then the sessions before today, latest first. */
function upcomingFirst(today: string): SQL[] {
  const from = `${today}T00:00`;
  return [
    asc(sql`${trainings.startsAt} < ${from}`),
    asc(sql`case when ${trainings.startsAt} >= ${from} then ${trainings.startsAt} end`),
    desc(trainings.startsAt),
  ];
}

export function listSessions(ctx: AppContext, filter: ListFilter = {}) {
  const today = ctx.today();
  const andLater = filter.year === 'current';
  const year = andLater ? Number(today.slice(0, 4)) : typeof filter.year === 'number' ? filter.year : null;
  const where = listWhere(ctx, filter, year, andLater);
  const total = ctx.db.select({ n: count() }).from(trainings).where(where).get()?.n ?? 0;
  // A year comes whole unless a page is asked for; every year comes a page at a time.
  const paged = filter.page !== undefined || year === null || andLater;
  const cut = paged ? pageOf(total, filter.page) : null;
  const sessions = loadTrainings(ctx, where, {
    orderBy: filter.order === 'upcomingFirst' ? upcomingFirst(today) : undefined,
    ...(cut ? { limit: cut.limit, offset: cut.offset } : {}),
  });
  const { page, pageCount } = cut ?? wholeList(total);
  return { today, years: sessionsYears(ctx, today), year, andLater, sessions, total, page, pageCount };
}
