import { z } from 'zod';
import { read } from '../define';
import { emptyInput, isoDate } from '../validation/fields';

export interface ChangeLogEntry {
  id: number;
  at: string;
  user: string;
  method: string;
  label: string;
  entityId: number | null;
}

export const changeLogContract = {
  'changeLog.list': read(
    z
      .strictObject({
        from: isoDate().optional(),
        to: isoDate().optional(),
        user: z.string().max(200).optional(),
        area: z.string().max(60).optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .optional(),
  ).returns<ChangeLogEntry[]>(),
  /** The users and areas (method prefixes) that occur in the log, for the filters. */
  'changeLog.filters': read(emptyInput).returns<{ users: string[]; areas: string[] }>(),
};
