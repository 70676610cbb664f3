import { z } from 'zod';

/** Rows a list sends at most at once; a longer list comes a page at a time. */
export const LIST_PAGE_SIZE = 200;

/** A page (from 1) of `LIST_PAGE_SIZE` rows, in a list's filter. */
export const pageNumber = z
  .number({ error: 'Velg en gyldig side.' })
  .int({ error: 'Velg en gyldig side.' })
  .min(1, { error: 'Velg en gyldig side.' })
  .max(100_000, { error: 'Velg en gyldig side.' })
  .optional();

/** Where a page lies in the whole list. */
export interface Paged {
  /** Rows that match the filters, on every page. */
  total: number;
  page: number;
  pageCount: number;
}

/** The page asked for (the last one if it is past the end) of `total` rows, and the rows to read for it. */
export function pageOf(total: number, asked: number | undefined): Paged & { limit: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const page = Math.min(asked ?? 1, pageCount);
  return { total, page, pageCount, limit: LIST_PAGE_SIZE, offset: (page - 1) * LIST_PAGE_SIZE };
}

/** A list that comes whole: one page. */
export function wholeList(total: number): Paged {
  return { total, page: 1, pageCount: 1 };
}
