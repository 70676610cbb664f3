import { and, asc, eq, inArray, isNotNull, like, lte, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { NOW_UTC, campaigns, committeeMembers, planItems, trainings } from '../../db/schema';
import { listCampaigns } from '../campaigns/service';
import type { AppContext } from '../context';
import { fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { type LinkOption, type PlanItem, type PlanYear, type planContract } from './contract';
import { carriedOver, deadlineOf, effectiveStatus, isOverdue, isUnfinished, summarize } from './progress';

type ItemInput = InputOf<(typeof planContract)['plan.create']>;

const currentYear = (ctx: AppContext) => Number(ctx.today().slice(0, 4));

const copy = alias(planItems, 'copy');

/** Only items that can be overdue on `today`: open by hand, of this year or before, not carried over. */
function mayBeOverdue(ctx: AppContext, today: string) {
  return and(
    inArray(planItems.status, ['notStarted', 'inProgress']),
    lte(planItems.year, Number(today.slice(0, 4))),
    notExists(ctx.db.select({ id: copy.id }).from(copy).where(eq(copy.copiedFromId, planItems.id))),
  );
}

/** Plan items with their owner, link and carry-over, ordered by year and deadline. */
export function listPlanItems(
  ctx: AppContext,
  where: { year?: number; ids?: number[]; mayBeOverdueOn?: string } = {},
): PlanItem[] {
  const rows = ctx.db
    .select({
      row: planItems,
      responsibleName: committeeMembers.name,
      campaignTitle: campaigns.title,
      campaignStatus: campaigns.status,
      trainingTitle: trainings.title,
      trainingStatus: trainings.status,
    })
    .from(planItems)
    .leftJoin(committeeMembers, eq(committeeMembers.id, planItems.responsibleMemberId))
    .leftJoin(campaigns, eq(campaigns.id, planItems.campaignId))
    .leftJoin(trainings, eq(trainings.id, planItems.trainingId))
    .where(
      and(
        where.year !== undefined ? eq(planItems.year, where.year) : undefined,
        where.ids ? inArray(planItems.id, where.ids) : undefined,
        where.mayBeOverdueOn ? mayBeOverdue(ctx, where.mayBeOverdueOn) : undefined,
      ),
    )
    .orderBy(asc(planItems.year), asc(planItems.id))
    .all();
  if (rows.length === 0) return [];
  const copies = ctx.db
    .select({ from: planItems.copiedFromId, year: planItems.year })
    .from(planItems)
    .where(
      and(
        isNotNull(planItems.copiedFromId),
        inArray(
          planItems.copiedFromId,
          rows.map(({ row }) => row.id),
        ),
      ),
    )
    .all();
  const copiedTo = new Map(copies.map((c) => [c.from, c.year]));
  const today = ctx.today();
  const items = rows.map(({ row, responsibleName, campaignTitle, campaignStatus, trainingTitle, trainingStatus }) => {
    const item: PlanItem = {
      id: row.id,
      version: row.version,
      year: row.year,
      activity: row.activity,
      kind: row.kind,
      responsibleMemberId: row.responsibleMemberId,
      responsibleName,
      dueDate: row.dueDate,
      dueQuarter: row.dueQuarter,
      deadline: deadlineOf(row),
      overdue: false,
      manualStatus: row.status,
      ...effectiveStatus(row.status, { campaignStatus, trainingStatus }),
      campaignId: row.campaignId,
      campaignTitle,
      campaignStatus,
      trainingId: row.trainingId,
      trainingTitle,
      trainingStatus,
      notes: row.notes,
      copiedFromId: row.copiedFromId,
      copiedToYear: copiedTo.get(row.id) ?? null,
    };
    return { ...item, overdue: isOverdue(item, today) };
  });
  const byDeadline = (item: PlanItem) => item.deadline ?? `${item.year}-99`;
  return items.sort((a, b) => a.year - b.year || byDeadline(a).localeCompare(byDeadline(b)));
}

function getPlanItem(ctx: AppContext, id: number): PlanItem {
  const [item] = listPlanItems(ctx, { ids: [id] });
  if (!item) throw notFound('punktet i planen');
  return item;
}

function planYear(ctx: AppContext, year: number): PlanYear {
  const items = listPlanItems(ctx, { year });
  const stored = ctx.db.selectDistinct({ year: planItems.year }).from(planItems).all();
  const now = currentYear(ctx);
  const years = [...new Set([now, now + 1, year, ...stored.map((r) => r.year)])].sort((a, b) => b - a);
  return { year, years, items, summary: summarize(year, items) };
}

function linkOptions(ctx: AppContext, year: number): { campaigns: LinkOption[]; trainings: LinkOption[] } {
  const trainingRows = ctx.db
    .select({ id: trainings.id, title: trainings.title, startsAt: trainings.startsAt, status: trainings.status })
    .from(trainings)
    .where(like(trainings.startsAt, `${year}-%`))
    .orderBy(asc(trainings.startsAt))
    .all();
  return {
    campaigns: listCampaigns(ctx, { year }).campaigns.map((c) => ({
      id: c.id,
      title: c.title,
      date: c.periodStart,
      done: c.status === 'completed',
    })),
    trainings: trainingRows.map((t) => ({
      id: t.id,
      title: t.title,
      date: t.startsAt.slice(0, 10),
      done: t.status === 'held',
    })),
  };
}

function exists(
  ctx: AppContext,
  table: typeof campaigns | typeof trainings | typeof committeeMembers,
  id: number,
): boolean {
  return ctx.db.select({ id: table.id }).from(table).where(eq(table.id, id)).get() !== undefined;
}

/** Checks the rules that span fields or other rows. */
function validated(ctx: AppContext, input: ItemInput): ItemInput {
  const errors: Record<string, string> = {};
  if (input.dueDate && input.dueQuarter !== null) {
    errors.dueQuarter = 'Velg enten en frist eller et kvartal, ikke begge.';
  } else if (input.dueDate && Number(input.dueDate.slice(0, 4)) !== input.year) {
    errors.dueDate = `Fristen må ligge i ${input.year}. Velg en dato i ${input.year}, eller endre året.`;
  }
  if (input.responsibleMemberId !== null && !exists(ctx, committeeMembers, input.responsibleMemberId)) {
    errors.responsibleMemberId = 'Utvalgsmedlemmet finnes ikke. Velg en person fra listen.';
  }
  if (input.campaignId !== null && input.trainingId !== null) {
    errors.trainingId = 'Koble punktet til enten en opplæring eller et informasjonstiltak, ikke begge.';
  }
  if (input.campaignId !== null && !exists(ctx, campaigns, input.campaignId)) {
    errors.campaignId = 'Informasjonstiltaket finnes ikke. Velg et tiltak fra listen.';
  }
  if (input.trainingId !== null && !exists(ctx, trainings, input.trainingId)) {
    errors.trainingId = 'Opplæringen finnes ikke. Velg en opplæring fra listen.';
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return input;
}

export const planHandlers: AreaHandlers<typeof planContract> = {
  'plan.list': (ctx, input) => planYear(ctx, input?.year ?? currentYear(ctx)),
  'plan.summary': (ctx, input) => {
    const year = input?.year ?? currentYear(ctx);
    return summarize(year, listPlanItems(ctx, { year }));
  },
  'plan.get': (ctx, { id }) => getPlanItem(ctx, id),
  'plan.linkOptions': (ctx, { year }) => linkOptions(ctx, year),
  'plan.create': (ctx, input) =>
    getPlanItem(ctx, ctx.db.insert(planItems).values(validated(ctx, input)).returning().get().id),
  'plan.update': (ctx, { id, ...input }) => {
    getPlanItem(ctx, id);
    ctx.db
      .update(planItems)
      .set({ ...validated(ctx, input), updatedAt: NOW_UTC })
      .where(eq(planItems.id, id))
      .run();
    return getPlanItem(ctx, id);
  },
  'plan.remove': (ctx, { id }) => {
    const deleted = ctx.db.delete(planItems).where(eq(planItems.id, id)).returning({ id: planItems.id }).get();
    if (!deleted) throw notFound('punktet i planen');
    return deleted;
  },
  'plan.copyUnfinished': (ctx, { fromYear }) => {
    const unfinished = listPlanItems(ctx, { year: fromYear }).filter(isUnfinished);
    const pending = unfinished.filter((item) => item.copiedToYear === null);
    const ids = pending.map((item) => ctx.db.insert(planItems).values(carriedOver(item)).returning().get().id);
    return {
      fromYear,
      toYear: fromYear + 1,
      copied: ids.length > 0 ? listPlanItems(ctx, { ids }) : [],
      alreadyCopied: unfinished.length - pending.length,
    };
  },
};
