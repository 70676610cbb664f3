import { Notification } from 'electron';
import type { Reminder } from '../core/reminders/types';

export const MAX_NOTIFICATIONS = 3;

export interface NotificationContent {
  title: string;
  body: string;
}

/** One notification per reminder up to the cap, then one summary for the rest. */
export function notificationContents(reminders: readonly Reminder[]): NotificationContent[] {
  const shown = reminders
    .slice(0, MAX_NOTIFICATIONS)
    .map((reminder) => ({ title: reminder.title, body: reminder.message }));
  const rest = reminders.length - shown.length;
  if (rest > 0) {
    const noun = rest === 1 ? 'påminnelse' : 'påminnelser';
    shown.push({ title: 'AKAN Utvalg', body: `${rest} ${noun} til – åpne AKAN Utvalg` });
  }
  return shown;
}

// Held until closed: a notification that is garbage-collected loses its click handler.
const live = new Set<Notification>();

export function showReminderNotifications(reminders: readonly Reminder[], onClick: () => void): number {
  if (!Notification.isSupported()) return 0;
  const contents = notificationContents(reminders);
  for (const content of contents) {
    const notification = new Notification(content);
    live.add(notification);
    notification.on('click', onClick);
    notification.on('close', () => live.delete(notification));
    notification.show();
  }
  return contents.length;
}
