import { and, asc, count, desc, eq, gte, like, lt, sql } from 'drizzle-orm';
import { changeLog } from '../../db/schema';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { pageOf } from '../paging';
import { addDays, startOfOsloDay } from '../validation/dates';
import { type changeLogContract } from './contract';

function entityIdOf(output: unknown): number | null {
  if (output && typeof output === 'object' && 'id' in output && typeof output.id === 'number') return output.id;
  return null;
}

/** Records one write; called by dispatch inside the write's transaction. */
export function recordChange(ctx: AppContext, method: string, label: string, output: unknown): void {
  ctx.db
    .insert(changeLog)
    .values({ user: ctx.user, method, label, entityId: entityIdOf(output) })
    .run();
}

interface Filter {
  from?: string | undefined;
  to?: string | undefined;
  user?: string | undefined;
  area?: string | undefined;
}

function matching(input: Filter | undefined) {
  return and(
    input?.from ? gte(changeLog.at, startOfOsloDay(input.from)) : undefined,
    input?.to ? lt(changeLog.at, startOfOsloDay(addDays(input.to, 1))) : undefined,
    input?.user ? eq(changeLog.user, input.user) : undefined,
    input?.area ? like(changeLog.method, `${input.area.replace(/[%_]/g, '')}.%`) : undefined,
  );
}

function newest(ctx: AppContext, input: Filter | undefined, limit: number, offset = 0) {
  return ctx.db
    .select()
    .from(changeLog)
    .where(matching(input))
    .orderBy(desc(changeLog.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export const changeLogHandlers: AreaHandlers<typeof changeLogContract> = {
  'changeLog.list': (ctx, input) => newest(ctx, input, input?.limit ?? 500),
  'changeLog.page': (ctx, input) => {
    const total = ctx.db.select({ n: count() }).from(changeLog).where(matching(input)).get()?.n ?? 0;
    const { limit, offset, ...paged } = pageOf(total, input?.page);
    return { ...paged, entries: newest(ctx, input, limit, offset) };
  },
  'changeLog.filters': (ctx) => {
    const area = sql<string>`substr(${changeLog.method}, 1, instr(${changeLog.method}, '.') - 1)`;
    return {
      users: ctx.db
        .selectDistinct({ user: changeLog.user })
        .from(changeLog)
        .orderBy(asc(changeLog.user))
        .all()
        .map((r) => r.user),
      areas: ctx.db
        .selectDistinct({ area })
        .from(changeLog)
        .orderBy(asc(area))
        .all()
        .map((r) => r.area),
    };
  },
};
