import type { AppContext } from '../context';
import type { Settings } from '../settings/contract';
import type { Reminder } from './types';

export type ReminderSource = (ctx: AppContext, today: string, settings: Settings) => Reminder[];
