import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import { fails, freshApp, ok, okLatest } from '../support/app';

// Read back with ical.js, an independent parser: what a calendar program would see.
let app: AppHandle;
let topicId: number;
let unitId: number;

beforeEach(async () => {
  app = await freshApp({ now: () => new Date('2026-11-23T08:00:00Z') });
  await ok(app, 'settings.update', { organisationName: 'Øvre Åsen kommune' });
  topicId = (await ok(app, 'trainingTopics.list', undefined))[0]!.id;
  unitId = (await ok(app, 'units.create', { name: 'Sørbyen barnehage' })).id;
});

afterEach(() => ICAL.TimezoneService.reset());

const create = (overrides: Partial<MethodInput<'trainings.create'>> = {}) =>
  ok(app, 'trainings.create', {
    title: 'Den nødvendige samtalen – ærlig, åpen og trygg',
    topicId,
    audiences: ['leaders', 'unionReps'],
    unitIds: [unitId],
    start: '2027-06-15T09:00',
    end: '2027-06-15T15:30',
    location: 'Rådhuset, møterom Fjorden',
    facilitators: 'Tor Haugen; Anne Lie',
    ...overrides,
  });

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

const utc = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

async function exportOne(id: number) {
  const file = await ok(app, 'trainings.exportCalendar', { id });
  const { calendar, events } = parse(file.content);
  expect(events).toHaveLength(1);
  return { file, calendar, event: events[0]! };
}

describe('calendar export read back by ical.js', () => {
  test('times are Europe/Oslo wall-clock, right in summer (+02:00) and winter (+01:00)', async () => {
    const summer = await exportOne((await create()).id);
    expect(summer.event.startDate.zone?.tzid).toBe('Europe/Oslo');
    expect(summer.event.startDate.toString()).toBe('2027-06-15T09:00:00');
    expect(utc(summer.event.startDate)).toBe('2027-06-15T07:00:00.000Z');
    expect(utc(summer.event.endDate)).toBe('2027-06-15T13:30:00.000Z');

    const winter = await exportOne((await create({ start: '2027-01-12T09:00', end: '2027-01-12T10:30' })).id);
    expect(utc(winter.event.startDate)).toBe('2027-01-12T08:00:00.000Z');
    expect(utc(winter.event.endDate)).toBe('2027-01-12T09:30:00.000Z');
  });

  test('a session over the night the clocks go back keeps its wall-clock times', async () => {
    const { event } = await exportOne((await create({ start: '2026-10-24T20:00', end: '2026-10-25T04:00' })).id);
    expect(utc(event.startDate)).toBe('2026-10-24T18:00:00.000Z');
    expect(utc(event.endDate)).toBe('2026-10-25T03:00:00.000Z');
  });

  test('Norwegian text, location, description and the calendar name survive the round trip', async () => {
    const { file, calendar, event } = await exportOne((await create()).id);
    expect(file.fileName).toBe('opplaering-2027-06-15-den-nodvendige-samtalen-aerlig-apen-og-trygg.ics');
    expect(file.content).toContain('\r\n');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('AKAN-opplæring – Øvre Åsen kommune');
    expect(event.summary).toBe('Den nødvendige samtalen – ærlig, åpen og trygg');
    expect(event.location).toBe('Rådhuset, møterom Fjorden');
    expect(event.description).toBe(
      'Emne: Den nødvendige samtalen\nMålgruppe: Ledere og tillitsvalgte\nInviterte enheter: Sørbyen barnehage\nKursholder: Tor Haugen; Anne Lie',
    );
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  test('a video meeting becomes the location and the URL', async () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3Ameeting';
    const { event } = await exportOne((await create({ location: null, videoLink: link })).id);
    expect(event.location).toBe(link);
    expect(event.component.getFirstPropertyValue('url')).toBe(link);
  });

  test('the UID stays the same on every export; SEQUENCE rises when the session changes', async () => {
    const created = await create();
    const first = await exportOne(created.id);
    const again = await exportOne(created.id);
    expect(first.event.uid).toMatch(new RegExp(`^training-${created.id}-[0-9a-f]{16}@akan-utvalg$`));
    expect(again.event.uid).toBe(first.event.uid);
    expect(first.event.sequence).toBe(0);
    await okLatest(app, 'trainings.update', {
      id: created.id,
      topicId,
      title: created.title,
      audiences: created.audiences,
      unitIds: [unitId],
      start: '2027-06-15T10:00',
      end: '2027-06-15T15:30',
      location: created.location,
      facilitators: created.facilitators,
    });
    const moved = await exportOne(created.id);
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBe(1);
    expect(utc(moved.event.startDate)).toBe('2027-06-15T08:00:00.000Z');
  });

  test('a cancelled session is exported as STATUS:CANCELLED with the reason', async () => {
    const created = await create();
    await okLatest(app, 'trainings.cancel', { id: created.id, reason: 'Kursholder er syk' });
    const { event } = await exportOne(created.id);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.summary).toBe('Avlyst: Den nødvendige samtalen – ærlig, åpen og trygg');
    expect(event.description).toContain('Avlyst: Kursholder er syk');
    expect(event.sequence).toBe(1);
  });

  test('a period holds its planned and cancelled sessions, not held ones or those outside it', async () => {
    const planned = await create({ start: '2026-12-01T09:00', end: '2026-12-01T10:00' });
    const cancelled = await create({ start: '2026-12-31T23:00', end: '2027-01-01T01:00' });
    await okLatest(app, 'trainings.cancel', { id: cancelled.id, reason: 'Flyttet' });
    const held = await create({ start: '2026-11-20T09:00', end: '2026-11-20T10:00' });
    await okLatest(app, 'trainings.recordHeld', { id: held.id, participants: [] });
    await create({ start: '2027-01-01T09:00', end: '2027-01-01T10:00' });
    const file = await ok(app, 'trainings.exportCalendar', { from: '2026-11-01', to: '2026-12-31' });
    expect(file).toMatchObject({ fileName: 'opplaering-2026-11-01-til-2026-12-31.ics', count: 2 });
    const { events } = parse(file.content);
    expect(
      events.map((e) => [e.uid.replace(/-[0-9a-f]{16}@/, '@'), e.component.getFirstPropertyValue('status')]),
    ).toEqual([
      [`training-${planned.id}@akan-utvalg`, 'CONFIRMED'],
      [`training-${cancelled.id}@akan-utvalg`, 'CANCELLED'],
    ]);
    const empty = await ok(app, 'trainings.exportCalendar', { from: '2030-01-01', to: '2030-12-31' });
    expect(empty.count).toBe(0);
    expect(parse(empty.content).events).toEqual([]);
    expect((await fails(app, 'trainings.exportCalendar', { from: '2026-12-31' })).fields.to).toBeDefined();
  });
});

describe('calendar identities across data files', () => {
  test('the same session number in another data file gets another UID', async () => {
    const other = await freshApp();
    const exportOne = async (handle: typeof app) => {
      const unit = await ok(handle, 'units.create', { name: 'Skole' });
      const topic = (await ok(handle, 'trainingTopics.list', {}))[0]!;
      const session = await ok(handle, 'trainings.create', {
        title: 'Den nødvendige samtalen',
        topicId: topic.id,
        audiences: ['leaders'],
        unitIds: [unit.id],
        start: '2026-12-01T09:00',
        end: '2026-12-01T11:00',
      });
      return parse((await ok(handle, 'trainings.exportCalendar', { id: session.id })).content).events[0]!.uid;
    };
    const [mine, theirs] = [await exportOne(app), await exportOne(other)];
    expect(mine.replace(/-[0-9a-f]{16}@/, '@')).toBe(theirs.replace(/-[0-9a-f]{16}@/, '@'));
    expect(mine).not.toBe(theirs);
    other.close();
  });
});
