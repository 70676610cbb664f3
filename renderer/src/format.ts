const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const NORWEGIAN = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*$/;

/** `2026-03-01` → `01.03.2026`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * `1.3.2026` and `1.3.26` → `2026-03-01` (a two-digit year is in this century); a pasted ISO date stays as it is;
 * anything else is passed on unchanged so the contract can name the problem.
 */
export function parseDate(text: string): string {
  const m = NORWEGIAN.exec(text);
  if (!m) return text.trim();
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

const numberFormat = new Intl.NumberFormat('nb-NO');

/** Whole numbers with a space as thousands separator. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  return numberFormat.format(n).replace(/\u00a0/g, ' ');
}

export function formatQuarter(year: number, quarter: number): string {
  return `K${quarter} ${year}`;
}

export function daysText(days: number): string {
  if (days === 0) return 'i dag';
  if (days > 0) return `om ${days} ${days === 1 ? 'dag' : 'dager'}`;
  return `for ${-days} ${days === -1 ? 'dag' : 'dager'} siden`;
}

const dateTimeParts = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO UTC timestamp as the time on the wall in Norway: `23.11.2026 kl. 17:48`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dateTimeParts.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} kl. ${part('hour')}:${part('minute')}`;
}
