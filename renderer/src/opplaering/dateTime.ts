import { formatDate, parseDate } from '../format';

/** `2026-12-03T09:00` → `09:00`. */
export function formatTime(local: string): string {
  return local.slice(11, 16);
}

/** `09:00–15:00`, or `09:00 – 04.12.2026 15:00` when the session runs over several days. */
export function timeRange(t: { start: string; end: string }): string {
  return t.start.slice(0, 10) === t.end.slice(0, 10)
    ? `${formatTime(t.start)}–${formatTime(t.end)}`
    : `${formatTime(t.start)} – ${formatDate(t.end)} ${formatTime(t.end)}`;
}

/** `03.12.2026 kl. 09:00–15:00`, or both dates when the session runs over several days. */
export function sessionTime(t: { start: string; end: string }): string {
  const sameDay = t.start.slice(0, 10) === t.end.slice(0, 10);
  return sameDay
    ? `${formatDate(t.start)} kl. ${formatTime(t.start)}–${formatTime(t.end)}`
    : `${formatDate(t.start)} kl. ${formatTime(t.start)} – ${formatDate(t.end)} kl. ${formatTime(t.end)}`;
}

/** `9`, `9.30`, `930` or `09:30` → `09:30`; anything else is passed on as typed, for the contract to name. */
export function parseTime(text: string): string {
  const m = /^\s*(\d{1,2})(?:[:.]?(\d{2}))?\s*$/.exec(text);
  if (!m) return text.trim();
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** A date typed as dd.mm.åååå and a time typed as tt:mm, as the contract's `YYYY-MM-DDTHH:mm`. */
export function joinDateTime(date: string, time: string): string {
  return `${parseDate(date)}T${parseTime(time)}`;
}
