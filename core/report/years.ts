import type { ReportYears } from './model';

const YEARS_OFFERED = 6;

/** Until this year's due date (`MM-DD`) the report to write is last year's; after it, this year's. */
export function reportYears(today: string, dueMonthDay: string): ReportYears {
  const current = Number(today.slice(0, 4));
  const defaultYear = today.slice(5) <= dueMonthDay ? current - 1 : current;
  return {
    defaultYear,
    dueDate: `${defaultYear + 1}-${dueMonthDay}`,
    years: Array.from({ length: YEARS_OFFERED }, (_, i) => current - i),
  };
}
