import { type SQL, and, between, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { NOW_UTC, amuCases, appointments } from '../../db/schema';
import { effectiveEnd } from '../appointments/term';
import type { AppContext } from '../context';
import { fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { pageOf, wholeList } from '../paging';
import { loadSettings } from '../settings/service';
import { formatNorwegianDate } from '../validation/dates';
import { agreementStatus } from './agreement';
import { type AmuCase, type AmuCaseList, type amuCasesContract } from './contract';
import type { AmuCaseKind, AmuCaseStatus } from './labels';
import { amuCaseErrors } from './rules';

type CaseInput = InputOf<(typeof amuCasesContract)['amuCases.create']>;

function appointmentLabel(a: typeof appointments.$inferSelect): string {
  return `${a.personName} (${formatNorwegianDate(a.termStart)}–${formatNorwegianDate(effectiveEnd(a))})`;
}

type ListFilter = NonNullable<InputOf<(typeof amuCasesContract)['amuCases.list']>>;

function selectCases(ctx: AppContext, where: SQL | undefined, cut?: { limit: number; offset: number }): AmuCase[] {
  const query = ctx.db
    .select({ row: amuCases, appointment: appointments })
    .from(amuCases)
    .leftJoin(appointments, eq(appointments.id, amuCases.appointmentId))
    .where(where)
    .orderBy(sql`${amuCases.meetingDate} IS NULL DESC`, desc(amuCases.meetingDate), desc(amuCases.id));
  return (cut ? query.limit(cut.limit).offset(cut.offset) : query).all().map(({ row, appointment }) => ({
    id: row.id,
    version: row.version,
    kind: row.kind,
    title: row.title,
    reportYear: row.reportYear,
    meetingDate: row.meetingDate,
    caseNumber: row.caseNumber,
    status: row.status,
    decisionText: row.decisionText,
    decisionDate: row.decisionDate,
    appointmentId: row.appointmentId,
    appointmentLabel: appointment ? appointmentLabel(appointment) : null,
  }));
}

const kindAndStatus = (filter: { kind?: AmuCaseKind; status?: AmuCaseStatus }) =>
  and(
    filter.kind ? eq(amuCases.kind, filter.kind) : undefined,
    filter.status ? eq(amuCases.status, filter.status) : undefined,
  );

/** Every case of the kind and status, of every year: for rules and reminders, which must see them all. */
export function listAmuCases(ctx: AppContext, filter: { kind?: AmuCaseKind; status?: AmuCaseStatus } = {}): AmuCase[] {
  return selectCases(ctx, kindAndStatus(filter));
}

function caseYears(ctx: AppContext, today: string): number[] {
  const yearsOf = (column: typeof amuCases.meetingDate | typeof amuCases.decisionDate) =>
    ctx.db
      .selectDistinct({ year: sql<string>`substr(${column}, 1, 4)` })
      .from(amuCases)
      .where(isNotNull(column))
      .all()
      .map((r) => Number(r.year));
  const stored = [...yearsOf(amuCases.meetingDate), ...yearsOf(amuCases.decisionDate)];
  return [...new Set([...stored, Number(today.slice(0, 4))])].sort((a, b) => b - a);
}

/** What the AMU screen shows: one year (the current one by default), or every year a page at a time. */
function amuCaseList(ctx: AppContext, filter: ListFilter = {}): AmuCaseList {
  const today = ctx.today();
  const thisYear = Number(today.slice(0, 4));
  const year = filter.year === 'all' ? null : (filter.year ?? thisYear);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const where = and(
    kindAndStatus(filter),
    filter.reportYear ? eq(amuCases.reportYear, filter.reportYear) : undefined,
    year === null
      ? undefined
      : or(
          between(amuCases.meetingDate, from, to),
          between(amuCases.decisionDate, from, to),
          year === thisYear ? and(isNull(amuCases.meetingDate), isNull(amuCases.decisionDate)) : undefined,
        ),
  );
  const total = ctx.db.select({ n: count() }).from(amuCases).where(where).get()?.n ?? 0;
  const cut = filter.page !== undefined || year === null ? pageOf(total, filter.page) : null;
  const { page, pageCount } = cut ?? wholeList(total);
  return {
    today,
    year,
    years: caseYears(ctx, today),
    cases: selectCases(ctx, where, cut ?? undefined),
    total,
    page,
    pageCount,
  };
}

function getAmuCase(ctx: AppContext, id: number): AmuCase {
  const [found] = selectCases(ctx, eq(amuCases.id, id));
  if (!found) throw notFound('AMU-saken');
  return found;
}

/** Checks the rules that span fields or other rows; returns the values to store. */
function validated(ctx: AppContext, input: CaseInput, id?: number) {
  const values = {
    ...input,
    reportYear: input.kind === 'annualReport' ? input.reportYear : null,
    appointmentId: input.kind === 'mainContactAppointment' ? input.appointmentId : null,
  };
  const errors = amuCaseErrors(values, ctx.today());
  if (values.appointmentId !== null) {
    const appointment = ctx.db.select().from(appointments).where(eq(appointments.id, values.appointmentId)).get();
    if (!appointment) errors.appointmentId = 'Oppnevningen finnes ikke. Velg en oppnevning fra listen.';
    else if (appointment.role !== 'mainContact') errors.appointmentId = 'Velg en oppnevning av hovedkontakt.';
  }
  if (values.reportYear !== null) {
    const twin = listAmuCases(ctx, { kind: 'annualReport' }).find(
      (c) => c.reportYear === values.reportYear && c.id !== id,
    );
    if (twin)
      errors.reportYear = `Årsrapporten for ${values.reportYear} er allerede registrert («${twin.title}»). Endre den saken i stedet.`;
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return values;
}

export const amuCasesHandlers: AreaHandlers<typeof amuCasesContract> = {
  'amuCases.list': (ctx, input) => amuCaseList(ctx, input),
  'amuCases.get': (ctx, { id }) => getAmuCase(ctx, id),
  'amuCases.agreement': (ctx) => agreementStatus(ctx, loadSettings(ctx)),
  'amuCases.create': (ctx, input) => {
    const row = ctx.db.insert(amuCases).values(validated(ctx, input)).returning().get();
    return getAmuCase(ctx, row.id);
  },
  'amuCases.update': (ctx, { id, ...input }) => {
    getAmuCase(ctx, id);
    ctx.db
      .update(amuCases)
      .set({ ...validated(ctx, input, id), updatedAt: NOW_UTC })
      .where(eq(amuCases.id, id))
      .run();
    return getAmuCase(ctx, id);
  },
  'amuCases.remove': (ctx, { id }) => {
    const deleted = ctx.db.delete(amuCases).where(eq(amuCases.id, id)).returning({ id: amuCases.id }).get();
    if (!deleted) throw notFound('AMU-saken');
    return deleted;
  },
};
