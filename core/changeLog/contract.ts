import { z } from 'zod';
import { read } from '../define';
import { type Paged, pageNumber } from '../paging';
import { emptyInput, isoDate } from '../validation/fields';

export interface ChangeLogEntry {
  id: number;
  at: string;
  user: string;
  method: string;
  label: string;
  entityId: number | null;
}

export interface ChangeLogPage extends Paged {
  entries: ChangeLogEntry[];
}

const filterFields = {
  from: isoDate().optional(),
  to: isoDate().optional(),
  user: z.string().max(200).optional(),
  area: z.string().max(60).optional(),
};

export const changeLogContract = {
  /** The newest entries (500 unless `limit` says otherwise), for tasks that look at what was done last. */
  'changeLog.list': read(
    z.strictObject({ ...filterFields, limit: z.number().int().min(1).max(5000).optional() }).optional(),
  ).returns<ChangeLogEntry[]>(),
  /** What the Endringslogg screen shows: a page (from 1) of the newest entries first, and how many there are. */
  'changeLog.page': read(z.strictObject({ ...filterFields, page: pageNumber }).optional()).returns<ChangeLogPage>(),
  /** The users and areas (method prefixes) that occur in the log, for the filters. */
  'changeLog.filters': read(emptyInput).returns<{ users: string[]; areas: string[] }>(),
};
