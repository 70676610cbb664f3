import { z } from 'zod';
import { read } from '../define';
import { isoDate } from '../validation/fields';
import type { Reminder } from './types';

export const remindersContract = {
  'reminders.list': read(z.strictObject({ today: isoDate().optional() }).optional()).returns<Reminder[]>(),
};
