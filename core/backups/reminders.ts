import { min } from 'drizzle-orm';
import { changeLog } from '../../db/schema';
import type { AppContext } from '../context';
import type { ReminderSource } from '../reminders/source';
import { addDays, daysBetween, formatNorwegianDate, todayInOslo } from '../validation/dates';
import { readStatus } from './status';

export const BACKUP_REMINDER_DAYS = 7;

function firstChange(ctx: AppContext): string | null {
  return (
    ctx.db
      .select({ at: min(changeLog.at) })
      .from(changeLog)
      .get()?.at ?? null
  );
}

/**
 * No backup has succeeded for a week (or, before the first one, for a week since the data were first changed).
 * Counted on the real clock, not the app's "today": backups happen in real time.
 */
export const backupReminders: ReminderSource = (ctx) => {
  const status = readStatus(ctx.dataFile);
  const since = status.lastSuccess?.at ?? firstChange(ctx);
  if (!since) return [];
  const today = todayInOslo(ctx.now());
  const sinceDay = todayInOslo(new Date(since));
  const age = daysBetween(sinceDay, today);
  if (age < BACKUP_REMINDER_DAYS) return [];
  const dueDate = addDays(sinceDay, BACKUP_REMINDER_DAYS);
  const last = status.lastSuccess
    ? `Siste sikkerhetskopi ble tatt ${formatNorwegianDate(sinceDay)}.`
    : 'Det er ikke tatt noen sikkerhetskopi av dataene ennå.';
  const failure = status.lastFailure ? ` Siste forsøk mislyktes: ${status.lastFailure.message}` : '';
  return [
    {
      kind: 'backupMissing',
      severity: age >= 2 * BACKUP_REMINDER_DAYS ? 'danger' : 'warning',
      dueDate,
      daysLeft: daysBetween(today, dueDate),
      title: 'Ingen sikkerhetskopi den siste uken',
      message: `${last}${failure} Ta en sikkerhetskopi nå, og sjekk at mappen for sikkerhetskopier er tilgjengelig.`,
      action: { label: 'Ta sikkerhetskopi', screen: { screen: 'backups' } },
    },
  ];
};
