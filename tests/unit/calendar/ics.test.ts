import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEvent } from '../../../core/calendar';

const NOW = new Date('2026-02-01T12:00:00Z');

function sessionEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'training-42@akan-utvalg.local',
    sequence: 0,
    title: 'AKAN-opplæring for ledere',
    start: '2026-01-15T09:00',
    end: '2026-01-15T11:30',
    status: 'planned',
    lastModified: '2026-01-10T08:15:00.000Z',
    ...overrides,
  };
}

function parseEvents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function parseSingle(event: CalendarEvent): ICAL.Event {
  const [parsed, ...rest] = parseEvents(buildCalendar([event], { now: NOW }));
  expect(rest).toHaveLength(0);
  if (!parsed) throw new Error('no event parsed');
  return parsed;
}

/** Resolves a parsed DTSTART/DTEND through the file's own VTIMEZONE, never the host's zone. */
function utcInstant(time: ICAL.Time): string {
  expect(time.zone?.tzid).toBe('Europe/Oslo');
  return new Date(time.toUnixTime() * 1000).toISOString();
}

const osloClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function osloWallClock(utcMillis: number): string {
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    osloClock.formatToParts(utcMillis).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The UTC instants (per the host's tz database) whose Oslo wall-clock time equals `local`. */
function osloInstants(local: string): string[] {
  const asUtc = Date.parse(`${local}Z`);
  return [1, 2]
    .map((offsetHours) => asUtc - offsetHours * 3_600_000)
    .filter((candidate) => osloWallClock(candidate) === local)
    .map((candidate) => new Date(candidate).toISOString());
}

/** False when a fold separated the halves of a surrogate pair; UTF-8 output would then contain U+FFFD. */
const isWellFormedUtf16 = (line: string): boolean => Buffer.from(line, 'utf8').toString('utf8') === line;

const physicalLines = (ics: string): string[] => ics.slice(0, -2).split('\r\n');

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('buildCalendar', () => {
  it('writes the calendar header and the Europe/Oslo timezone', () => {
    const ics = buildCalendar([], { now: NOW, calendarName: 'AKAN – opplæring', productId: '-//Test//Test//NB' });
    const lines = physicalLines(ics);

    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//Test//NB',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:AKAN – opplæring',
    ]);
    expect(lines).toContain('TZID:Europe/Oslo');
    expect(lines).toContain('DTSTART:19700329T020000');
    expect(lines).toContain('DTSTART:19701025T030000');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('gives a valid calendar without events for an empty list', () => {
    const ics = buildCalendar([], { now: NOW });

    expect(parseEvents(ics)).toHaveLength(0);
    expect(ics).not.toContain('X-WR-CALNAME');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
  });

  it('exports every event', () => {
    const events = [1, 2, 3].map((id) => sessionEvent({ uid: `training-${id}@akan-utvalg.local` }));

    expect(parseEvents(buildCalendar(events, { now: NOW })).map((event) => event.uid)).toEqual([
      'training-1@akan-utvalg.local',
      'training-2@akan-utvalg.local',
      'training-3@akan-utvalg.local',
    ]);
  });

  it.each([
    ['winter', '2026-01-15T09:00', '2026-01-15T10:00', '2026-01-15T08:00:00.000Z', '2026-01-15T09:00:00.000Z'],
    ['summer', '2026-06-15T09:00', '2026-06-15T10:00', '2026-06-15T07:00:00.000Z', '2026-06-15T08:00:00.000Z'],
    [
      'day of the spring switch',
      '2026-03-29T10:00',
      '2026-03-29T11:00',
      '2026-03-29T08:00:00.000Z',
      '2026-03-29T09:00:00.000Z',
    ],
    [
      'across the autumn switch',
      '2026-10-25T01:30',
      '2026-10-25T04:00',
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ],
  ])('resolves start and end in Europe/Oslo (%s)', (_, start, end, startUtc, endUtc) => {
    const parsed = parseSingle(sessionEvent({ start, end }));

    expect(utcInstant(parsed.startDate)).toBe(startUtc);
    expect(utcInstant(parsed.endDate)).toBe(endUtc);
  });

  it('agrees with the tz database for Oslo wall-clock times 2000–2040', () => {
    const localTime = fc
      .date({ min: new Date('2000-01-01T00:00Z'), max: new Date('2040-12-31T23:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 16));
    fc.assert(
      fc.property(localTime, (start) => {
        const expected = osloInstants(start);
        fc.pre(expected.length === 1);
        const end = new Date(Date.parse(`${start}Z`) + 3_600_000).toISOString().slice(0, 16);
        const parsed = parseSingle(sessionEvent({ start, end }));
        expect(utcInstant(parsed.startDate)).toBe(expected[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('writes local times with the TZID parameter and UTC stamps', () => {
    const lines = physicalLines(
      buildCalendar([sessionEvent({ lastModified: '2026-01-10T09:15:00+01:00' })], {
        now: new Date('2026-02-01T12:34:56.789Z'),
      }),
    );

    expect(lines).toContain('DTSTART;TZID=Europe/Oslo:20260115T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Oslo:20260115T113000');
    expect(lines).toContain('DTSTAMP:20260201T123456Z');
    expect(lines).toContain('LAST-MODIFIED:20260110T081500Z');
  });

  it('keeps the UID and everything but DTSTAMP stable between exports', () => {
    const event = sessionEvent({ sequence: 3, description: 'Ta med PC' });
    const first = buildCalendar([event], { now: NOW });
    const second = buildCalendar([event], { now: new Date('2026-03-01T07:00:00Z') });
    const withoutStamp = (ics: string): string[] => physicalLines(ics).filter((line) => !line.startsWith('DTSTAMP:'));

    expect(buildCalendar([event], { now: NOW })).toBe(first);
    expect(parseEvents(first)[0]?.uid).toBe('training-42@akan-utvalg.local');
    expect(parseEvents(second)[0]?.uid).toBe('training-42@akan-utvalg.local');
    expect(parseEvents(second)[0]?.sequence).toBe(3);
    expect(second).not.toBe(first);
    expect(withoutStamp(second)).toEqual(withoutStamp(first));
  });

  it('marks planned and held sessions as confirmed and busy', () => {
    for (const status of ['planned', 'held'] as const) {
      const parsed = parseSingle(sessionEvent({ status }));

      expect(parsed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(parsed.component.getFirstPropertyValue('transp')).toBe('OPAQUE');
      expect(parsed.component.hasProperty('x-microsoft-cdo-busystatus')).toBe(false);
    }
  });

  it('marks cancelled sessions as cancelled and free without touching the summary', () => {
    const parsed = parseSingle(sessionEvent({ status: 'cancelled' }));

    expect(parsed.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(parsed.component.getFirstPropertyValue('x-microsoft-cdo-busystatus')).toBe('FREE');
    expect(parsed.summary).toBe('AKAN-opplæring for ledere');
  });

  it('round-trips Norwegian characters and TEXT special characters', () => {
    const text = {
      title: 'Æøå ÆØÅ; kurs, del 1 \\ repetisjon',
      description: 'Linje 1\nLinje 2, med komma; og semikolon\r\nLinje 3 – «sitat»',
      location: 'Rådhuset, møterom Ærfugl; 2. etasje',
    };
    const ics = buildCalendar([sessionEvent(text)], { now: NOW });
    const parsed = parseSingle(sessionEvent(text));

    expect(physicalLines(ics)).toContain('SUMMARY:Æøå ÆØÅ\\; kurs\\, del 1 \\\\ repetisjon');
    expect(parsed.summary).toBe(text.title);
    expect(parsed.description).toBe('Linje 1\nLinje 2, med komma; og semikolon\nLinje 3 – «sitat»');
    expect(parsed.location).toBe(text.location);
  });

  it('omits empty optional properties and writes URL unescaped', () => {
    const url = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d&a=1,2';
    const parsed = parseSingle(sessionEvent({ description: '', location: undefined, url }));

    expect(parsed.component.hasProperty('description')).toBe(false);
    expect(parsed.component.hasProperty('location')).toBe(false);
    expect(parsed.component.getFirstPropertyValue('url')).toBe(url);
  });

  it('uses CRLF everywhere and folds lines at 75 octets', () => {
    const long = 'Opplæring i rusforebygging på arbeidsplassen – ÆØÅ æøå – 🙂 '.repeat(8) + '🙂'.repeat(40);
    const ics = buildCalendar([sessionEvent({ title: long, description: long, location: long })], {
      now: NOW,
      calendarName: long,
    });
    const lines = physicalLines(ics);

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(isWellFormedUtf16(line)).toBe(true);
    }
    expect(parseSingle(sessionEvent({ title: long })).summary).toBe(long);
  });

  it('fills folded lines to exactly 75 octets, counting the leading space', () => {
    const title = 'x'.repeat(300);
    const summaryLines = physicalLines(buildCalendar([sessionEvent({ title })], { now: NOW })).filter(
      (line) => line.startsWith('SUMMARY:') || line.startsWith(' x'),
    );

    expect(summaryLines.map((line) => Buffer.byteLength(line, 'utf8'))).toEqual([75, 75, 75, 75, 12]);
  });

  it('never splits a character when folding (property)', () => {
    const representable = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 1 })
      .filter((char) => !/[\u0000-\u0008\u000B-\u001F\u007F\r]/.test(char));
    const unit = fc.oneof(fc.constantFrom('a', ' ', ',', ';', '\\', '\n', 'æ', 'Ø', '€', '🙂', '𝄞'), representable);
    const text = fc.string({ unit, maxLength: 200, size: 'max' });
    fc.assert(
      fc.property(text, text, (title, description) => {
        const ics = buildCalendar([sessionEvent({ title, description })], { now: NOW });
        for (const line of physicalLines(ics)) {
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          expect(isWellFormedUtf16(line)).toBe(true);
        }

        const parsed = parseEvents(ics)[0];
        expect(parsed?.summary).toBe(title);
        expect(parsed?.description ?? '').toBe(description);
      }),
      { numRuns: 200 },
    );
  });

  it('drops control characters that TEXT cannot carry', () => {
    expect(parseSingle(sessionEvent({ title: 'A\u0000B\u000BC\tD' })).summary).toBe('ABC\tD');
  });

  it.each([
    ['malformed start', { start: '2026-01-15 09:00' }, /start/],
    ['impossible date', { start: '2026-02-30T09:00', end: '2026-03-02T10:00' }, /start/],
    ['hour 24', { end: '2026-01-15T24:00' }, /end/],
    ['end before start', { end: '2026-01-15T08:00' }, /must be after start/],
    ['end equal to start', { end: '2026-01-15T09:00' }, /must be after start/],
    ['negative sequence', { sequence: -1 }, /sequence/],
    ['fractional sequence', { sequence: 1.5 }, /sequence/],
    ['lastModified without zone', { lastModified: '2026-01-10 08:15:00' }, /lastModified/],
    ['empty uid', { uid: ' ' }, /uid/],
    ['relative url', { url: '/opplaering/42' }, /url/],
    ['non-http url', { url: 'javascript:alert(1)' }, /url/],
  ])('rejects %s', (_, overrides, message) => {
    expect(() => buildCalendar([sessionEvent(overrides)], { now: NOW })).toThrow(message);
  });

  it('rejects duplicate uids and an invalid now', () => {
    expect(() => buildCalendar([sessionEvent(), sessionEvent()], { now: NOW })).toThrow(/Duplicate/);
    expect(() => buildCalendar([], { now: new Date(Number.NaN) })).toThrow(/now/);
  });
});
