const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Parses `YYYY-MM-DD`, refusing dates that do not exist (31.02, 29.02 in a common year). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function mustParse(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not an ISO date: ${iso}`);
  return date;
}

function toUtcMillis(iso: string): number {
  const { year, month, day } = mustParse(iso);
  return Date.UTC(year, month - 1, day);
}

const DAY_MS = 86_400_000;

export function addDays(iso: string, days: number): string {
  const d = new Date(toUtcMillis(iso) + days * DAY_MS);
  return toIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMillis(to) - toUtcMillis(from)) / DAY_MS);
}

/** Same day and month `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const { year, month, day } = mustParse(iso);
  const target = year + years;
  return toIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** `dd.mm.åååå` as the users read dates. */
export function formatNorwegianDate(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `${pad(day)}.${pad(month)}.${pad(year, 4)}`;
}

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one, and leaves memory behind.
const osloDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const osloHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', hourCycle: 'h23' });

/** Today's calendar date in Norway, whatever the machine's time zone. */
export function todayInOslo(now: Date = new Date()): string {
  return osloDay.format(now);
}

export function quarterOf(iso: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const { year, month } = mustParse(iso);
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The instant (ISO UTC) a calendar day starts in Norway: midnight there is 23:00 or 22:00 UTC the day before. */
export function startOfOsloDay(iso: string): string {
  const utcMidnight = toUtcMillis(iso);
  const hour = Number(osloHour.format(new Date(utcMidnight)));
  return new Date(utcMidnight - hour * 3_600_000).toISOString();
}
