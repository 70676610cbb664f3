import type { ReminderSource } from '../reminders/source';
import type { Reminder } from '../reminders/types';
import { addDays, daysBetween, formatNorwegianDate } from '../validation/dates';
import { listAppointments } from './service';
import { effectiveEnd } from './term';

const NEW_MAIN_CONTACT: Reminder['action'] = {
  label: 'Registrer ny hovedkontakt',
  screen: { screen: 'appointment.new', role: 'mainContact' },
};

/** Hovedkontakt: term ending within the lead time, ended with no successor, or none appointed. */
export const appointmentReminders: ReminderSource = (ctx, today, settings) => {
  const terms = listAppointments(ctx, 'mainContact').sort((a, b) => a.termStart.localeCompare(b.termStart));
  const current = terms.find((t) => t.termStart <= today && today <= effectiveEnd(t));
  const upcoming = terms.find((t) => t.termStart > today);
  const reminders: Reminder[] = [];

  if (current) {
    const end = effectiveEnd(current);
    const daysLeft = daysBetween(today, end);
    const successor = terms.find((t) => t.termStart > current.termStart && t.id !== current.id);
    if (!successor && daysLeft <= settings.mainContactLeadDays) {
      const when = daysLeft === 0 ? 'i dag' : `om ${daysLeft} ${daysLeft === 1 ? 'dag' : 'dager'}`;
      reminders.push({
        kind: 'mainContactTermEnding',
        severity: daysLeft <= 30 ? 'danger' : 'warning',
        dueDate: end,
        daysLeft,
        title: 'Funksjonsperioden til hovedkontakten går ut',
        message: `Funksjonsperioden til ${current.personName} går ut ${formatNorwegianDate(end)} (${when}). Meld saken til AMU slik at ny hovedkontakt, eller gjenoppnevning, blir vedtatt innen ${formatNorwegianDate(end)}.`,
        action: NEW_MAIN_CONTACT,
      });
    }
    return reminders;
  }

  const previous = terms.filter((t) => effectiveEnd(t) < today).at(-1);
  if (previous) {
    const ended = effectiveEnd(previous);
    const gapNote = upcoming
      ? ` Neste hovedkontakt, ${upcoming.personName}, starter først ${formatNorwegianDate(upcoming.termStart)}.`
      : '';
    reminders.push({
      kind: 'mainContactExpired',
      severity: 'danger',
      dueDate: ended,
      daysLeft: daysBetween(today, ended),
      title: 'Kommunen mangler hovedkontakt',
      message: `Funksjonsperioden til ${previous.personName} gikk ut ${formatNorwegianDate(ended)}, og ingen etterfølger er i funksjon.${gapNote} Meld oppnevning av hovedkontakt til AMU snarest.`,
      action: NEW_MAIN_CONTACT,
    });
    return reminders;
  }

  reminders.push({
    kind: 'mainContactMissing',
    severity: 'danger',
    dueDate: upcoming ? addDays(upcoming.termStart, -1) : today,
    daysLeft: 0,
    title: 'Ingen hovedkontakt er registrert',
    message: upcoming
      ? `Ingen hovedkontakt er i funksjon før ${upcoming.personName} starter ${formatNorwegianDate(upcoming.termStart)}. Vurder å be AMU om en midlertidig løsning.`
      : 'Registrer hovedkontakten AMU har oppnevnt. Er ingen oppnevnt, foreslå en kandidat og meld saken til AMU.',
    action: NEW_MAIN_CONTACT,
  });
  return reminders;
};
