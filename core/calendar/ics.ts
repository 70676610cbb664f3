export interface CalendarEvent {
  /** Stable id, e.g. `training-42@akan-utvalg.local`; re-exports then update instead of duplicating. */
  uid: string;
  /** Revision counter; increase it whenever the session changes. */
  sequence: number;
  title: string;
  description?: string;
  /** Address or video link. */
  location?: string;
  url?: string;
  /** Local wall-clock time in Europe/Oslo, `YYYY-MM-DDTHH:mm`. */
  start: string;
  /** Local wall-clock time in Europe/Oslo, `YYYY-MM-DDTHH:mm`. */
  end: string;
  status: 'planned' | 'held' | 'cancelled';
  /** ISO 8601 timestamp with `Z` or an explicit offset. */
  lastModified: string;
}

export interface CalendarOptions {
  productId?: string;
  calendarName?: string;
  /** Becomes DTSTAMP of every event. */
  now: Date;
}

export const DEFAULT_PRODUCT_ID = '-//AKAN Utvalg//AKAN Utvalg//NB';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const TZID = 'Europe/Oslo';
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const ZONED_ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SEQUENCE = 2_147_483_647;

// Current EU rules (in force in Norway since 1996); DTSTART is the first onset of each RRULE.
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/** Serialises events as an RFC 5545 iCalendar document (METHOD:PUBLISH) with CRLF line endings. */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const stamp = formatUtc(options.now, 'options.now');
  assertUniqueUids(events);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...optionalLine('X-WR-CALNAME', options.calendarName),
    // Always present: it is needed by the events, and RFC 5545 requires at least one component.
    ...OSLO_VTIMEZONE,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const start = formatLocal(event.start, 'start');
  const end = formatLocal(event.end, 'end');
  if (end <= start) {
    throw new Error(`Calendar event ${event.uid}: end (${event.end}) must be after start (${event.start})`);
  }
  const cancelled = event.status === 'cancelled';
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${TZID}:${start}`,
    `DTEND;TZID=${TZID}:${end}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...optionalLine('DESCRIPTION', event.description),
    ...optionalLine('LOCATION', event.location),
    ...(event.url ? [`URL:${formatUri(event.url)}`] : []),
    `SEQUENCE:${formatSequence(event.sequence)}`,
    `LAST-MODIFIED:${formatUtc(parseZonedTimestamp(event.lastModified), 'lastModified')}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    ...(cancelled ? ['X-MICROSOFT-CDO-BUSYSTATUS:FREE'] : []),
    'END:VEVENT',
  ];
}

function optionalLine(name: string, value: string | undefined): string[] {
  return value ? [`${name}:${escapeText(value)}`] : [];
}

function assertUniqueUids(events: CalendarEvent[]): void {
  const seen = new Set<string>();
  for (const { uid } of events) {
    if (uid.trim() === '') throw new Error('Calendar event uid must not be empty');
    if (seen.has(uid)) throw new Error(`Duplicate calendar event uid: ${uid}`);
    seen.add(uid);
  }
}

function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // TEXT cannot carry control characters other than tab and (escaped) newline.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
  );
}

function formatLocal(value: string, field: string): string {
  const roundTrips =
    LOCAL_DATE_TIME.test(value) &&
    !Number.isNaN(Date.parse(`${value}Z`)) &&
    new Date(`${value}Z`).toISOString().startsWith(value);
  if (!roundTrips) throw new Error(`Calendar event ${field} must be a valid 'YYYY-MM-DDTHH:mm', got '${value}'`);
  return `${value.replace(/[-:]/g, '')}00`;
}

function parseZonedTimestamp(value: string): Date {
  if (!ZONED_ISO_TIMESTAMP.test(value)) {
    throw new Error(`Calendar event lastModified must be an ISO timestamp with Z or offset, got '${value}'`);
  }
  return new Date(value);
}

function formatUtc(date: Date, field: string): string {
  if (Number.isNaN(date.getTime())) throw new Error(`Calendar ${field} is an invalid date`);
  return date
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

function formatSequence(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) {
    throw new Error(`Calendar event sequence must be a non-negative 32-bit integer, got ${sequence}`);
  }
  return String(sequence);
}

function formatUri(url: string): string {
  const parsed = URL.parse(url);
  if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') {
    throw new Error(`Calendar event url must be an absolute http(s) URL, got '${url}'`);
  }
  return parsed.href;
}

// Folds after at most 75 octets, only between code points, so UTF-8 sequences and surrogate pairs stay whole.
function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${CRLF} `;
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

function utf8Length(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
