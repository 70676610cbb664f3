import type { ReminderSource } from '../reminders/source';
import { daysBetween } from '../validation/dates';
import { deadlineText, isOverdue } from './progress';
import { listPlanItems } from './service';

/** Plan items past their deadline that are still open. */
export const planReminders: ReminderSource = (ctx, today) =>
  listPlanItems(ctx, { mayBeOverdueOn: today })
    .filter((item) => isOverdue(item, today))
    .map((item) => {
      const deadline = item.deadline ?? today;
      const owner = item.responsibleName ? ` Ansvarlig: ${item.responsibleName}.` : '';
      return {
        kind: 'planItemOverdue',
        severity: 'warning',
        dueDate: deadline,
        daysLeft: daysBetween(today, deadline),
        title: 'Et punkt i planen har passert fristen',
        message: `«${item.activity}» hadde frist ${deadlineText(item)}.${owner} Oppdater status, gi punktet ny frist eller marker det som utsatt.`,
        action: { label: 'Oppdater punktet', screen: { screen: 'planItem', id: item.id } },
      };
    });
