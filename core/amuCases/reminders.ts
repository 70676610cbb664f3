import { appointmentReminders } from '../appointments/reminders';
import { firstDataYear } from '../reminders/firstYear';
import type { ReminderSource } from '../reminders/source';
import type { Reminder } from '../reminders/types';
import { addDays, daysBetween, daysInMonth, formatNorwegianDate } from '../validation/dates';
import { agreementStatus } from './agreement';
import { listAmuCases } from './service';

/** How long before the due date the annual report reminder appears. */
export const ANNUAL_REPORT_LEAD_DAYS = 30;

/** The setting's day and month (`MM-DD`) in `year`; 29 February becomes 28 February in a common year. */
function dueDateIn(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
}

/** Last year's annual report not yet sent to AMU, from a month before the due date. */
export const annualReportReminders: ReminderSource = (ctx, today, settings) => {
  const reportYear = Number(today.slice(0, 4)) - 1;
  const due = dueDateIn(reportYear + 1, settings.annualReportDueDate);
  const daysLeft = daysBetween(today, due);
  if (daysLeft > ANNUAL_REPORT_LEAD_DAYS) return [];
  const firstYear = firstDataYear(ctx);
  if (firstYear === null || firstYear > reportYear) return [];
  const cases = listAmuCases(ctx, { kind: 'annualReport' }).filter((c) => c.reportYear === reportYear);
  if (cases.some((c) => c.status !== 'draft')) return [];
  const draft = cases[0];
  const deadline =
    daysLeft < 0 ? `Fristen var ${formatNorwegianDate(due)}.` : `Fristen er ${formatNorwegianDate(due)}.`;
  return [
    {
      kind: 'annualReportNotSent',
      severity: daysLeft < 0 ? 'danger' : 'warning',
      dueDate: due,
      daysLeft,
      title: `Årsrapporten for ${reportYear} er ikke sendt til AMU`,
      message: draft
        ? `${deadline} Saken «${draft.title}» er fortsatt et utkast. Send rapporten og sett status til «Sendt».`
        : `${deadline} AMU skal hvert år få rapport om aktiviteten og planene. Registrer saken under AMU-saker når rapporten er sendt.`,
      action: draft
        ? { label: 'Åpne saken', screen: { screen: 'amuCase', id: draft.id } }
        : {
            label: 'Registrer årsrapporten',
            screen: { screen: 'amuCase.new', kind: 'annualReport', year: reportYear },
          },
    },
  ];
};

/** The AKAN agreement is due for review (last revised + interval ≤ today), or its revision is not registered. */
export const agreementReminders: ReminderSource = (ctx, today, settings) => {
  const agreement = agreementStatus(ctx, settings, today);
  const pending = listAmuCases(ctx, { kind: 'agreementChange' }).find((c) => c.status !== 'treated');
  const action: Reminder['action'] = pending
    ? { label: 'Åpne endringsforslaget', screen: { screen: 'amuCase', id: pending.id } }
    : { label: 'Registrer endringsforslag', screen: { screen: 'amuCase.new', kind: 'agreementChange' } };
  const underWay = pending ? ` Endringsforslaget «${pending.title}» er under arbeid.` : '';
  if (!agreement.lastRevised || !agreement.reviewDue) {
    return [
      {
        kind: 'agreementRevisionUnknown',
        severity: 'warning',
        dueDate: today,
        daysLeft: 0,
        title: 'Når ble AKAN-avtalen sist revidert?',
        message: `Appen vet ikke når AMU sist vedtok AKAN-avtalen, og kan derfor ikke minne dere på neste gjennomgang. Registrer vedtaket som en behandlet AMU-sak (endringsforslag til AKAN-avtalen) med vedtaksdato.${underWay}`,
        action,
      },
    ];
  }
  if (!agreement.reviewNeeded) return [];
  const daysLeft = daysBetween(today, agreement.reviewDue);
  return [
    {
      kind: 'agreementReviewDue',
      severity: 'warning',
      dueDate: agreement.reviewDue,
      daysLeft,
      title: 'AKAN-avtalen skal gjennomgås',
      message: `AKAN-avtalen ble sist revidert ${formatNorwegianDate(agreement.lastRevised)} og skal gjennomgås hvert ${agreement.reviewYears}. år. Gå gjennom avtalen og legg fram forslag til endringer for AMU.${underWay}`,
      action,
    },
  ];
};

const TERM_REMINDERS = new Set(['mainContactTermEnding', 'mainContactExpired']);

/**
 * While the hovedkontakt term reminder is active: no appointment case is sent to AMU, or decided within the
 * reminder's lead time (an older decision is the one that appointed the current hovedkontakt).
 */
export const successorReminders: ReminderSource = (ctx, today, settings) => {
  const term = appointmentReminders(ctx, today, settings).find((r) => TERM_REMINDERS.has(r.kind));
  if (!term) return [];
  const recent = addDays(today, -settings.mainContactLeadDays);
  const cases = listAmuCases(ctx, { kind: 'mainContactAppointment' });
  const onAgenda = cases.some(
    (c) => c.status === 'sent' || (c.status === 'treated' && (c.decisionDate ?? c.meetingDate ?? '') >= recent),
  );
  if (onAgenda) return [];
  const draft = cases.find((c) => c.status === 'draft');
  const reminder: Reminder = {
    kind: 'amuSuccessorNotOnAgenda',
    severity: 'warning',
    dueDate: term.dueDate,
    daysLeft: term.daysLeft,
    title: 'Ny hovedkontakt er ikke meldt til AMU',
    message: draft
      ? `Saken «${draft.title}» er fortsatt et utkast. Send den til AMU, så ny hovedkontakt kan oppnevnes i tide.`
      : 'AMU må oppnevne hovedkontakt for neste periode, men ingen sak om det er sendt til AMU. Meld saken og registrer den under AMU-saker.',
    action: draft
      ? { label: 'Åpne saken', screen: { screen: 'amuCase', id: draft.id } }
      : { label: 'Registrer AMU-sak', screen: { screen: 'amuCase.new', kind: 'mainContactAppointment' } },
  };
  return [reminder];
};

/** Every AMU-related reminder, for `core/reminders/sources.ts`. */
export const amuCaseReminders: ReminderSource = (ctx, today, settings) => [
  ...annualReportReminders(ctx, today, settings),
  ...agreementReminders(ctx, today, settings),
  ...successorReminders(ctx, today, settings),
];
