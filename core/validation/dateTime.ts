import { z } from 'zod';
import { addDays, daysBetween, formatNorwegianDate, isIsoDate } from './dates';

/** Local wall-clock time in Europe/Oslo as `YYYY-MM-DDTHH:mm`; it has no time zone of its own. */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDateTime(text: string): boolean {
  const match = LOCAL_DATE_TIME.exec(text);
  return match !== null && isIsoDate(match[1] ?? '');
}

export function localDateTime(message: string) {
  return z.string({ error: message }).refine(isLocalDateTime, { error: message });
}

export function datePart(local: string): string {
  return local.slice(0, 10);
}

export function timePart(local: string): string {
  return local.slice(11, 16);
}

function minutesOfDay(local: string): number {
  return Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
}

/** Wall-clock minutes from `from` to `to` (ignores daylight-saving jumps, like the clock on the wall). */
export function minutesBetween(from: string, to: string): number {
  return daysBetween(datePart(from), datePart(to)) * 1440 + minutesOfDay(to) - minutesOfDay(from);
}

export function addMinutes(local: string, minutes: number): string {
  const total = minutesOfDay(local) + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return `${addDays(datePart(local), days)}T${hh}:${mm}`;
}

/** `dd.mm.åååå kl. HH:mm`. */
export function formatNorwegianDateTime(local: string): string {
  return `${formatNorwegianDate(datePart(local))} kl. ${timePart(local)}`;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
