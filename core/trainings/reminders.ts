import { type SQL, and, asc, eq, gte, lt, lte, notExists } from 'drizzle-orm';
import { trainingParticipants, trainings } from '../../db/schema';
import type { AppContext } from '../context';
import type { ReminderSource } from '../reminders/source';
import type { Reminder } from '../reminders/types';
import { addDays, daysBetween, formatNorwegianDate } from '../validation/dates';
import { datePart, timePart } from '../validation/dateTime';

/** What a reminder tells of a session: no audiences, units or counts are read. */
interface Session {
  id: number;
  title: string;
  start: string;
  end: string;
  location: string | null;
}

function sessions(ctx: AppContext, where: SQL | undefined): Session[] {
  return ctx.db
    .select({
      id: trainings.id,
      title: trainings.title,
      start: trainings.startsAt,
      end: trainings.endsAt,
      location: trainings.location,
    })
    .from(trainings)
    .where(where)
    .orderBy(asc(trainings.startsAt), asc(trainings.id))
    .all();
}

/** Counts and status are due two weeks after the session. */
const FOLLOW_UP_DAYS = 14;

function when(t: Session): string {
  return `${formatNorwegianDate(datePart(t.start))} kl. ${timePart(t.start)}–${timePart(t.end)}`;
}

function reminder(
  t: Session,
  today: string,
  dueDate: string,
  fields: Pick<Reminder, 'kind' | 'severity' | 'title' | 'message'>,
  label: string,
  screen: 'training' | 'training.recordHeld' = 'training',
): Reminder {
  return { ...fields, dueDate, daysLeft: daysBetween(today, dueDate), action: { label, screen: { screen, id: t.id } } };
}

/** Sessions coming up soon; held sessions without counts; planned sessions whose day has passed. */
export const trainingReminders: ReminderSource = (ctx, today, settings) => {
  const horizon = addDays(today, settings.trainingReminderDays);
  const upcoming = sessions(
    ctx,
    and(
      eq(trainings.status, 'planned'),
      gte(trainings.startsAt, `${today}T00:00`),
      lte(trainings.startsAt, `${horizon}T23:59`),
    ),
  );
  // Only the sessions that can raise a reminder are read, so the work does not grow with the years of history.
  const withoutCountsRows = sessions(
    ctx,
    and(
      eq(trainings.status, 'held'),
      lte(trainings.startsAt, `${today}T23:59`),
      notExists(
        ctx.db
          .select({ one: trainingParticipants.trainingId })
          .from(trainingParticipants)
          .where(eq(trainingParticipants.trainingId, trainings.id)),
      ),
    ),
  );
  const notClosedRows = sessions(ctx, and(eq(trainings.status, 'planned'), lt(trainings.startsAt, `${today}T00:00`)));

  const soon = upcoming.map((t) => {
    const days = daysBetween(today, datePart(t.start));
    const inDays = days === 0 ? 'i dag' : days === 1 ? 'i morgen' : `om ${days} dager`;
    return reminder(
      t,
      today,
      datePart(t.start),
      {
        kind: 'trainingUpcoming',
        severity: 'info',
        title: `Opplæring ${inDays}: ${t.title}`,
        message: `«${t.title}» holdes ${when(t)}${t.location ? `, ${t.location}` : ''}. Sjekk at invitasjonen er sendt og lagt i kalenderen, og at kursholder og rom er klare.`,
      },
      'Åpne opplæringen',
    );
  });
  const withoutCounts = withoutCountsRows.map((t) => {
    const due = addDays(datePart(t.start), FOLLOW_UP_DAYS);
    return reminder(
      t,
      today,
      due,
      {
        kind: 'trainingMissingCounts',
        severity: 'warning',
        title: `Deltakertall mangler: ${t.title}`,
        message: `«${t.title}» ble holdt ${formatNorwegianDate(datePart(t.start))}, men antall deltakere er ikke registrert. Registrer deltakere per enhet og målgruppe innen ${formatNorwegianDate(due)}, så blir dekningen riktig.`,
      },
      'Registrer deltakere',
      'training.recordHeld',
    );
  });
  const notClosed = notClosedRows.map((t) => {
    const due = addDays(datePart(t.start), FOLLOW_UP_DAYS);
    return reminder(
      t,
      today,
      due,
      {
        kind: 'trainingNotClosed',
        severity: 'warning',
        title: `Ble opplæringen holdt? ${t.title}`,
        message: `«${t.title}» var planlagt ${when(t)}. Registrer den som gjennomført med deltakertall, eller som avlyst, innen ${formatNorwegianDate(due)}.`,
      },
      'Registrer gjennomføring eller avlysning',
    );
  });
  return [...soon, ...withoutCounts, ...notClosed];
};
