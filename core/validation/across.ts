import type { z } from 'zod';
import { isIsoDate as validDate } from './dates';
import { isLocalDateTime as validDateTime } from './dateTime';

type Rule = (value: Record<string, unknown>) => Record<string, string>;

/**
 * A rule across fields that runs even when other fields are wrong, so one submit answers every problem at once.
 * It sees the values as far as they parsed and must judge only the fields it needs when they are well-formed
 * (otherwise the field's own message speaks for it).
 */
export function across<T extends z.ZodType>(schema: T, rule: Rule): T {
  return schema.superRefine(
    (value, ctx) => {
      for (const [path, message] of Object.entries(rule(value as Record<string, unknown>))) {
        ctx.addIssue({ code: 'custom', path: [path], message });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  ) as T;
}

/** The value passed its own field rule: a date (or date and time) that exists. */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && validDate(value);
export const isLocalDateTime = (value: unknown): value is string => typeof value === 'string' && validDateTime(value);
