import { asc, count, eq } from 'drizzle-orm';
import { NOW_UTC, committeeMembers, planItems } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import type { AreaHandlers } from '../handlerTypes';
import { type CommitteeMember, type committeeContract } from './contract';

function toMember(row: typeof committeeMembers.$inferSelect): CommitteeMember {
  const { id, version, name, committeeRole, email, activeFrom, activeTo } = row;
  return { id, version, name, committeeRole, email, activeFrom, activeTo };
}

export function listCommitteeMembers(ctx: AppContext): CommitteeMember[] {
  return ctx.db.select().from(committeeMembers).orderBy(asc(committeeMembers.name)).all().map(toMember);
}

/** Members active on a date (no end date, or ending on/after it). */
export function activeCommitteeMembers(ctx: AppContext, date: string): CommitteeMember[] {
  return listCommitteeMembers(ctx).filter(
    (m) => (!m.activeFrom || m.activeFrom <= date) && (!m.activeTo || m.activeTo >= date),
  );
}

export const committeeHandlers: AreaHandlers<typeof committeeContract> = {
  'committee.list': (ctx) => listCommitteeMembers(ctx),
  'committee.create': (ctx, input) => {
    return toMember(ctx.db.insert(committeeMembers).values(input).returning().get());
  },
  'committee.update': (ctx, { id, ...input }) => {
    const row = ctx.db
      .update(committeeMembers)
      .set({ ...input, updatedAt: NOW_UTC })
      .where(eq(committeeMembers.id, id))
      .returning()
      .get();
    if (!row) throw notFound('utvalgsmedlemmet');
    return toMember(row);
  },
  'committee.remove': (ctx, { id }) => {
    const used =
      ctx.db.select({ n: count() }).from(planItems).where(eq(planItems.responsibleMemberId, id)).get()?.n ?? 0;
    if (used > 0) {
      throw new AppError(
        'refused',
        `Utvalgsmedlemmet er ansvarlig for ${used} ${used === 1 ? 'punkt' : 'punkter'} i planen og kan ikke fjernes. Sett en sluttdato i stedet.`,
      );
    }
    const row = ctx.db.delete(committeeMembers).where(eq(committeeMembers.id, id)).returning().get();
    if (!row) throw notFound('utvalgsmedlemmet');
    return { id };
  },
};
