import { amuCaseReminders } from '../amuCases/reminders';
import { appointmentReminders } from '../appointments/reminders';
import { backupReminders } from '../backups/reminders';
import { planReminders } from '../plan/reminders';
import { trainingReminders } from '../trainings/reminders';
import type { ReminderSource } from './source';

/** Every area that raises reminders adds its source here. */
export const reminderSources: ReminderSource[] = [
  appointmentReminders,
  planReminders,
  amuCaseReminders,
  trainingReminders,
  backupReminders,
];
