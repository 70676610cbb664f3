import { appointmentReminders } from '../appointments/reminders';
import type { ReminderSource } from './source';

/** Every area that raises reminders adds its source here. */
export const reminderSources: ReminderSource[] = [appointmentReminders];
