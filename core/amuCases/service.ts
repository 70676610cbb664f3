import { and, desc, eq, sql } from 'drizzle-orm';
import { NOW_UTC, amuCases, appointments } from '../../db/schema';
import { effectiveEnd } from '../appointments/term';
import type { AppContext } from '../context';
import { fieldErrors, notFound } from '../errors';
import type { AreaHandlers, InputOf } from '../handlerTypes';
import { loadSettings } from '../settings/service';
import { formatNorwegianDate } from '../validation/dates';
import { agreementStatus } from './agreement';
import { type AmuCase, type amuCasesContract } from './contract';
import type { AmuCaseKind, AmuCaseStatus } from './labels';
import { amuCaseErrors } from './rules';

type CaseInput = InputOf<(typeof amuCasesContract)['amuCases.create']>;

function appointmentLabel(a: typeof appointments.$inferSelect): string {
  return `${a.personName} (${formatNorwegianDate(a.termStart)}–${formatNorwegianDate(effectiveEnd(a))})`;
}

export function listAmuCases(ctx: AppContext, filter: { kind?: AmuCaseKind; status?: AmuCaseStatus } = {}): AmuCase[] {
  return ctx.db
    .select({ row: amuCases, appointment: appointments })
    .from(amuCases)
    .leftJoin(appointments, eq(appointments.id, amuCases.appointmentId))
    .where(
      and(
        filter.kind ? eq(amuCases.kind, filter.kind) : undefined,
        filter.status ? eq(amuCases.status, filter.status) : undefined,
      ),
    )
    .orderBy(sql`${amuCases.meetingDate} IS NULL DESC`, desc(amuCases.meetingDate), desc(amuCases.id))
    .all()
    .map(({ row, appointment }) => ({
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

function getAmuCase(ctx: AppContext, id: number): AmuCase {
  const found = listAmuCases(ctx).find((c) => c.id === id);
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
  'amuCases.list': (ctx, input) => listAmuCases(ctx, input ?? {}),
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
