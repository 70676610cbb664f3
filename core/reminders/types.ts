import type { Screen } from '../screens';

export type ReminderSeverity = 'info' | 'warning' | 'danger';

export interface Reminder {
  /** Stable kind, e.g. `mainContactTermEnding`. */
  kind: string;
  severity: ReminderSeverity;
  /** By when the action is due (`YYYY-MM-DD`). */
  dueDate: string;
  /** Days from today to the due date; negative when overdue. */
  daysLeft: number;
  title: string;
  /** What is wrong and what to do, in Norwegian. */
  message: string;
  action: { label: string; screen: Screen };
}
