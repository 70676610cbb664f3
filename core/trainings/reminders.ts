import { and, eq, gte, lte, ne } from 'drizzle-orm';
import { trainings } from '../../db/schema';
import type { ReminderSource } from '../reminders/source';
import type { Reminder } from '../reminders/types';
import { addDays, daysBetween, formatNorwegianDate } from '../validation/dates';
import { datePart, timePart } from '../validation/dateTime';
import { loadTrainings } from './repository';
import type { Training } from './types';

/** Counts and status are due two weeks after the session. */
const FOLLOW_UP_DAYS = 14;

function when(t: Training): string {
  return `${formatNorwegianDate(datePart(t.start))} kl. ${timePart(t.start)}–${timePart(t.end)}`;
}

function reminder(
  t: Training,
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
  const upcoming = loadTrainings(ctx, and(eq(trainings.status, 'planned'), gte(trainings.startsAt, `${today}T00:00`), lte(trainings.startsAt, `${horizon}T23:59`)));
  const begun = loadTrainings(ctx, and(ne(trainings.status, 'cancelled'), lte(trainings.startsAt, `${today}T23:59`)));

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
  const withoutCounts = begun
    .filter((t) => t.status === 'held' && t.participants.length === 0)
    .map((t) => {
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
  const notClosed = begun
    .filter((t) => t.status === 'planned' && datePart(t.start) < today)
    .map((t) => {
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
