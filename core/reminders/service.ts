import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { loadSettings } from '../settings/service';
import { type remindersContract } from './contract';
import { reminderSources } from './sources';
import type { Reminder } from './types';

const SEVERITY_ORDER = { danger: 0, warning: 1, info: 2 } as const;

export function collectReminders(ctx: AppContext, today: string): Reminder[] {
  const settings = loadSettings(ctx);
  return reminderSources
    .flatMap((source) => source(ctx, today, settings))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export const remindersHandlers: AreaHandlers<typeof remindersContract> = {
  'reminders.list': (ctx, input) => collectReminders(ctx, input?.today ?? ctx.today()),
};
