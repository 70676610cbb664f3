import { type SQL, and, asc, count, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { NOW_UTC, appointments, units } from '../../db/schema';
import type { AppContext } from '../context';
import { fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { pageOf, wholeList } from '../paging';
import { requireActiveUnit } from '../units/service';
import { type Appointment, type AppointmentList, type appointmentsContract } from './contract';
import { overlapMessage, overlappingTerms, termDateErrors } from './rules';
import { defaultTermEnd, termStatus } from './term';

type AppointmentInput = InputOf<(typeof appointmentsContract)['appointments.create']>;
type Row = typeof appointments.$inferSelect;

function toAppointment(row: Row, unitName: string | null, today: string): Appointment {
  return {
    id: row.id,
    version: row.version,
    role: row.role,
    personName: row.personName,
    personEmail: row.personEmail,
    unitId: row.unitId,
    unitName,
    decidedBy: row.decidedBy,
    decisionDate: row.decisionDate,
    amuCaseRef: row.amuCaseRef,
    termStart: row.termStart,
    termEnd: row.termEnd,
    endedEarlyOn: row.endedEarlyOn,
    endedEarlyReason: row.endedEarlyReason,
    notes: row.notes,
    status: termStatus(row, today),
  };
}

type ListFilter = NonNullable<InputOf<(typeof appointmentsContract)['appointments.list']>>;

/** The last day in force, as SQL (`effectiveEnd`). */
const lastDay = sql<string>`coalesce(${appointments.endedEarlyOn}, ${appointments.termEnd})`;

function selectAppointments(
  ctx: AppContext,
  where: SQL | undefined,
  orderBy: SQL[],
  cut?: { limit: number; offset: number },
): Appointment[] {
  const query = ctx.db
    .select({ row: appointments, unitName: units.name })
    .from(appointments)
    .leftJoin(units, eq(units.id, appointments.unitId))
    .where(where)
    .orderBy(...orderBy, asc(appointments.personName), asc(appointments.id));
  const today = ctx.today();
  return (cut ? query.limit(cut.limit).offset(cut.offset) : query)
    .all()
    .map(({ row, unitName }) => toAppointment(row, unitName, today));
}

/** Every appointment of the role, latest start first: for rules and reminders, which must see them all. */
export function listAppointments(ctx: AppContext, role?: Appointment['role']): Appointment[] {
  return selectAppointments(ctx, role ? eq(appointments.role, role) : undefined, [desc(appointments.termStart)]);
}

function countWhere(ctx: AppContext, where: SQL | undefined): number {
  return ctx.db.select({ n: count() }).from(appointments).where(where).get()?.n ?? 0;
}

/** What a screen shows: the current ones (ending soonest first) by default, a page at a time. */
function appointmentList(ctx: AppContext, filter: ListFilter = {}): AppointmentList {
  const today = ctx.today();
  const show = filter.show ?? 'current';
  const base = and(
    filter.role ? eq(appointments.role, filter.role) : undefined,
    filter.year ? lte(appointments.termStart, `${filter.year}-12-31`) : undefined,
    filter.year ? gte(lastDay, `${filter.year}-01-01`) : undefined,
  );
  const current = gte(lastDay, today);
  const ended = lt(lastDay, today);
  const counts = { current: countWhere(ctx, and(base, current)), ended: countWhere(ctx, and(base, ended)) };
  const where = show === 'current' ? and(base, current) : show === 'ended' ? and(base, ended) : base;
  const orderBy =
    show === 'current'
      ? [asc(lastDay), asc(appointments.termStart)]
      : show === 'ended'
        ? [desc(lastDay), desc(appointments.termStart)]
        : [
            asc(sql`${lastDay} < ${today}`),
            asc(sql`case when ${lastDay} >= ${today} then ${lastDay} end`),
            desc(lastDay),
          ];
  const total = show === 'all' ? counts.current + counts.ended : counts[show];
  const cut = filter.page !== undefined || !filter.year ? pageOf(total, filter.page) : null;
  const { page, pageCount } = cut ?? wholeList(total);
  return {
    today,
    show,
    appointments: selectAppointments(ctx, where, orderBy, cut ?? undefined),
    counts,
    total,
    page,
    pageCount,
  };
}

function getAppointment(ctx: AppContext, id: number): Appointment {
  const [found] = selectAppointments(ctx, eq(appointments.id, id), []);
  if (!found) throw notFound('oppnevningen');
  return found;
}

function mainContactTerms(ctx: AppContext) {
  return ctx.db.select().from(appointments).where(eq(appointments.role, 'mainContact')).all();
}

/** Checks every rule that involves more than one field or other rows; returns the values to store. */
function validated(ctx: AppContext, input: AppointmentInput, id?: number, endedEarlyOn: string | null = null) {
  const termEnd = input.termEnd ?? defaultTermEnd(input.termStart);
  const errors = termDateErrors({ termStart: input.termStart, termEnd, endedEarlyOn });
  if (errors.endedOn)
    errors.termEnd ??= 'Oppnevningen er avsluttet før denne datoen. Endre datoen for avslutning først.';
  delete errors.endedOn;
  let unitId = input.unitId;
  if (input.role === 'unitContact') {
    if (unitId === null) errors.unitId = 'Velg enheten AKAN-kontakten skal dekke.';
    else requireActiveUnit(ctx, unitId, 'unitId');
  } else {
    unitId = null;
  }
  if (input.role === 'mainContact' && !errors.termEnd) {
    const [conflict] = overlappingTerms(
      { id, termStart: input.termStart, termEnd, endedEarlyOn },
      mainContactTerms(ctx),
    );
    if (conflict) errors.termStart = overlapMessage(conflict);
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return { ...input, unitId, termEnd };
}

export const appointmentsHandlers: AreaHandlers<typeof appointmentsContract> = {
  'appointments.list': (ctx, input) => appointmentList(ctx, input),
  'appointments.get': (ctx, { id }) => getAppointment(ctx, id),
  'appointments.defaultTermEnd': (_ctx, { termStart }) => ({ termEnd: defaultTermEnd(termStart) }),
  'appointments.create': (ctx, input) => {
    const values = validated(ctx, input);
    const row = ctx.db.insert(appointments).values(values).returning().get();
    return getAppointment(ctx, row.id);
  },
  'appointments.update': (ctx, { id, ...input }) => {
    const existing = ctx.db.select().from(appointments).where(eq(appointments.id, id)).get();
    if (!existing) throw notFound('oppnevningen');
    const values = validated(ctx, input, id, existing.endedEarlyOn);
    ctx.db
      .update(appointments)
      .set({ ...values, updatedAt: NOW_UTC })
      .where(eq(appointments.id, id))
      .run();
    return getAppointment(ctx, id);
  },
  'appointments.end': (ctx, { id, endedOn, reason }) => {
    const existing = ctx.db.select().from(appointments).where(eq(appointments.id, id)).get();
    if (!existing) throw notFound('oppnevningen');
    const errors = termDateErrors({ ...existing, endedEarlyOn: endedOn });
    if (errors.endedOn) throw fieldErrors({ endedOn: errors.endedOn });
    ctx.db
      .update(appointments)
      .set({ endedEarlyOn: endedOn, endedEarlyReason: reason, updatedAt: NOW_UTC })
      .where(eq(appointments.id, id))
      .run();
    return getAppointment(ctx, id);
  },
  'appointments.remove': (ctx, { id }) => {
    const deleted = ctx.db.delete(appointments).where(eq(appointments.id, id)).returning({ id: appointments.id }).get();
    if (!deleted) throw notFound('oppnevningen');
    return deleted;
  },
};
