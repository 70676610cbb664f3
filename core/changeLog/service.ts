import { and, asc, desc, eq, gte, like, lt, sql } from 'drizzle-orm';
import { changeLog } from '../../db/schema';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
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

export const changeLogHandlers: AreaHandlers<typeof changeLogContract> = {
  'changeLog.list': (ctx, input) => {
    const filters = [
      input?.from ? gte(changeLog.at, startOfOsloDay(input.from)) : undefined,
      input?.to ? lt(changeLog.at, startOfOsloDay(addDays(input.to, 1))) : undefined,
      input?.user ? eq(changeLog.user, input.user) : undefined,
      input?.area ? like(changeLog.method, `${input.area.replace(/[%_]/g, '')}.%`) : undefined,
    ];
    return ctx.db
      .select()
      .from(changeLog)
      .where(and(...filters))
      .orderBy(desc(changeLog.id))
      .limit(input?.limit ?? 500)
      .all();
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
