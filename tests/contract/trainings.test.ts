import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import type { TrainingTopic } from '../../core/trainings/contract';
import type { Unit } from '../../core/units/contract';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';
import { createHealthSector } from '../support/units';

// freshApp's today is 2026-11-23 (a Monday).
let app: AppHandle;
let topics: TrainingTopic[];
let helse: Unit;
let hjemme: Unit;
let sykehjem: Unit;

beforeEach(async () => {
  app = await freshApp();
  topics = await ok(app, 'trainingTopics.list', undefined);
  ({ helse, hjemme, sykehjem } = await createHealthSector(app));
});

const topicId = (name: string) => topics.find((t) => t.name === name)!.id;

type SessionInput = MethodInput<'trainings.create'>;
const session = (overrides: Partial<SessionInput> = {}): SessionInput => ({
  topicId: topicId('Den nødvendige samtalen'),
  audiences: ['leaders'],
  unitIds: [hjemme.id, sykehjem.id],
  start: '2026-12-03T09:00',
  end: '2026-12-03T15:00',
  location: 'Rådhuset, møterom Fjorden',
  facilitators: 'Tor Haugen',
  capacity: 12,
  ...overrides,
});
const create = (overrides: Partial<SessionInput> = {}) => ok(app, 'trainings.create', session(overrides));
const update = (id: number, overrides: Partial<SessionInput> = {}) =>
  okLatest(app, 'trainings.update', { id, ...session(overrides) });
const heldSession = async (overrides: Partial<SessionInput> = {}) =>
  create({ start: '2026-11-10T09:00', end: '2026-11-10T15:00', ...overrides });

describe('trainingTopics', () => {
  test('the default catalogue is there from the start', () => {
    expect(topics.map((t) => t.name)).toEqual([
      'Den nødvendige samtalen',
      'AKAN-modellen og AKAN-avtalen',
      'Rusmiddelpolicy',
      'Pengespill',
      'AKAN-introduksjon for nyansatte',
    ]);
    expect(topics.every((t) => t.builtIn && !t.archived && t.sessionCount === 0)).toBe(true);
  });

  test('add and rename topics; names are unique whatever the case', async () => {
    const added = await ok(app, 'trainingTopics.create', { name: 'Rus og arbeidsmiljø' });
    expect(added).toMatchObject({ builtIn: false, archived: false });
    expect((await fails(app, 'trainingTopics.create', { name: 'pengespill' })).fields.name).toBe(
      'Det finnes allerede et emne som heter «Pengespill».',
    );
    const renamed = await okLatest(app, 'trainingTopics.update', {
      id: topicId('Pengespill'),
      name: 'Pengespill og gaming',
    });
    expect(renamed).toMatchObject({ name: 'Pengespill og gaming', builtIn: true });
    expect(
      (await failsLatest(app, 'trainingTopics.update', { id: added.id, name: 'Rusmiddelpolicy' })).fields.name,
    ).toMatch(/finnes allerede/);
    expect((await fails(app, 'trainingTopics.create', { name: '' })).fields.name).toMatch(/Skriv navnet på emnet/);
    expect((await failsLatest(app, 'trainingTopics.update', { id: 999, name: 'X' })).code).toBe('not_found');
  });

  test('an archived topic cannot be chosen for new sessions, but sessions that use it keep it; it can be restored', async () => {
    const policy = topicId('Rusmiddelpolicy');
    const existing = await create({ topicId: policy });
    await okLatest(app, 'trainingTopics.archive', { id: policy });
    expect((await ok(app, 'trainingTopics.list', undefined)).map((t) => t.id)).not.toContain(policy);
    expect(
      (await ok(app, 'trainingTopics.list', { includeArchived: true })).find((t) => t.id === policy),
    ).toMatchObject({ archived: true, sessionCount: 1 });
    expect((await fails(app, 'trainings.create', session({ topicId: policy }))).fields.topicId).toBe(
      'Emnet «Rusmiddelpolicy» er arkivert. Velg et annet emne, eller gjenopprett emnet under Emner.',
    );
    expect((await update(existing.id, { topicId: policy, capacity: 20 })).topicName).toBe('Rusmiddelpolicy');
    expect((await fails(app, 'trainingTopics.create', { name: 'Rusmiddelpolicy' })).fields.name).toBe(
      'Det finnes allerede et emne som heter «Rusmiddelpolicy». Det er arkivert – hent det fram igjen i stedet for å lage et nytt.',
    );
    expect((await failsLatest(app, 'trainingTopics.archive', { id: policy })).message).toBe(
      'Emnet «Rusmiddelpolicy» er allerede arkivert.',
    );
    expect((await okLatest(app, 'trainingTopics.restore', { id: policy })).archived).toBe(false);
    expect((await failsLatest(app, 'trainingTopics.restore', { id: policy })).code).toBe('conflict');
  });

  test('topics are removed only when they are not defaults and not used', async () => {
    expect((await failsLatest(app, 'trainingTopics.remove', { id: topicId('Pengespill') })).message).toBe(
      '«Pengespill» er et standardemne og kan ikke slettes. Arkiver det hvis dere ikke bruker det.',
    );
    const custom = await ok(app, 'trainingTopics.create', { name: 'Førstehjelp ved rus' });
    await create({ topicId: custom.id });
    expect((await failsLatest(app, 'trainingTopics.remove', { id: custom.id })).message).toBe(
      'Emnet «Førstehjelp ved rus» er brukt i én opplæring og kan ikke slettes. Arkiver det i stedet.',
    );
    const unused = await ok(app, 'trainingTopics.create', { name: 'Ubrukt' });
    expect(await okLatest(app, 'trainingTopics.remove', { id: unused.id })).toEqual({ id: unused.id });
    expect((await ok(app, 'trainingTopics.list', { includeArchived: true })).map((t) => t.name)).not.toContain(
      'Ubrukt',
    );
  });
});

describe('trainings.create, get and update', () => {
  test('a new session is planned; an empty title becomes the topic name; audiences are kept once, in order', async () => {
    const created = await create({ title: '', audiences: ['safetyReps', 'leaders', 'leaders'] });
    expect(created).toMatchObject({
      title: 'Den nødvendige samtalen',
      status: 'planned',
      audiences: ['leaders', 'safetyReps'],
      units: [
        { id: hjemme.id, name: 'Hjemmetjenesten' },
        { id: sykehjem.id, name: 'Sykehjemmet' },
      ],
      start: '2026-12-03T09:00',
      end: '2026-12-03T15:00',
      participants: [],
      participantTotal: 0,
      sequence: 0,
      warnings: [],
    });
    const { warnings: _w, ...stored } = created;
    expect(await ok(app, 'trainings.get', { id: created.id })).toEqual(stored);
    expect((await fails(app, 'trainings.get', { id: 999 })).code).toBe('not_found');
  });

  test('the end must come after the start, and a session lasts at most 14 days', async () => {
    const backwards = await fails(app, 'trainings.create', session({ end: '2026-12-03T08:59' }));
    expect(backwards.fields).toEqual({ end: 'Slutt må være etter start. Sjekk dato og klokkeslett.' });
    expect((await fails(app, 'trainings.create', session({ end: '2026-12-03T09:00' }))).fields.end).toMatch(
      /Slutt må være etter start/,
    );
    expect((await fails(app, 'trainings.create', session({ end: '2026-12-17T09:01' }))).fields.end).toMatch(
      /høyst 14 dager/,
    );
    expect((await create({ end: '2026-12-04T12:00' })).end).toBe('2026-12-04T12:00');
  });

  test('dates and times must exist and be written as date and time', async () => {
    for (const start of ['2026-02-30T09:00', '2026-12-03 09:00', '2026-12-03T24:00', '03.12.2026 09:00', '']) {
      expect((await fails(app, 'trainings.create', session({ start }))).fields.start).toBe(
        'Skriv når opplæringen starter: dato og klokkeslett (dd.mm.åååå tt:mm).',
      );
    }
    expect((await fails(app, 'trainings.create', { ...session(), end: undefined })).fields.end).toMatch(
      /Skriv når opplæringen slutter/,
    );
  });

  test('unknown topic, audience or unit are refused at their fields', async () => {
    expect((await fails(app, 'trainings.create', session({ topicId: 999 }))).fields.topicId).toBe(
      'Emnet finnes ikke. Velg et emne fra listen.',
    );
    expect(
      (await fails(app, 'trainings.create', { ...session(), audiences: ['managers'] })).fields['audiences.0'],
    ).toBe('Velg en gyldig målgruppe.');
    expect((await fails(app, 'trainings.create', session({ audiences: [] }))).fields.audiences).toBe(
      'Velg minst én målgruppe.',
    );
    expect((await fails(app, 'trainings.create', session({ unitIds: [999] }))).fields.unitIds).toBe(
      'En av de valgte enhetene finnes ikke lenger. Velg enhetene på nytt.',
    );
    const old = await ok(app, 'units.create', { name: 'Gamle skolen' });
    await okLatest(app, 'units.archive', { id: old.id });
    expect((await fails(app, 'trainings.create', session({ unitIds: [old.id] }))).fields.unitIds).toMatch(
      /«Gamle skolen» er arkivert og kan ikke inviteres/,
    );
  });

  test('capacity, video link and free text are checked', async () => {
    expect((await fails(app, 'trainings.create', session({ capacity: 0 }))).fields.capacity).toMatch(/minst 1/);
    expect((await fails(app, 'trainings.create', session({ capacity: -3 }))).fields.capacity).toBe(
      'Antall plasser kan ikke være negativt.',
    );
    expect((await fails(app, 'trainings.create', session({ capacity: 2.5 }))).fields.capacity).toBe(
      'Antall plasser må være et heltall.',
    );
    expect(
      (await fails(app, 'trainings.create', session({ videoLink: 'teams.microsoft.com/møte' }))).fields.videoLink,
    ).toMatch(/må begynne med https:\/\//);
    expect(
      (await fails(app, 'trainings.create', session({ videoLink: 'http://example.com/x' }))).fields.videoLink,
    ).toMatch(/https:\/\//);
    expect(
      (await fails(app, 'trainings.create', session({ description: 'Spør 150765 00565 om rom' }))).fields.description,
    ).toBe(NATIONAL_ID_MESSAGE);
    expect((await fails(app, 'trainings.create', session({ title: 'Kurs for 15076500565' }))).fields.title).toBe(
      NATIONAL_ID_MESSAGE,
    );
    const online = await create({
      location: '',
      videoLink: 'https://teams.microsoft.com/l/meetup-join/abc',
      capacity: null,
    });
    expect(online).toMatchObject({
      location: null,
      videoLink: 'https://teams.microsoft.com/l/meetup-join/abc',
      capacity: null,
    });
  });

  test('the calendar sequence goes up only when what a calendar shows changes', async () => {
    const created = await create();
    expect((await update(created.id, { capacity: 30, facilitators: 'Tor Haugen' })).sequence).toBe(0);
    expect((await update(created.id, { capacity: 30, start: '2026-12-03T10:00' })).sequence).toBe(1);
    expect((await update(created.id, { capacity: 30, start: '2026-12-03T10:00', location: 'Kantina' })).sequence).toBe(
      2,
    );
    expect(
      (await update(created.id, { capacity: 30, start: '2026-12-03T10:00', location: 'Kantina', unitIds: [hjemme.id] }))
        .sequence,
    ).toBe(3);
    expect((await okLatest(app, 'trainings.cancel', { id: created.id, reason: 'Sykdom' })).sequence).toBe(4);
  });

  test('an update may keep an archived unit the session already invited', async () => {
    const created = await create();
    await okLatest(app, 'units.archive', { id: hjemme.id });
    expect((await update(created.id, { title: 'Nytt navn' })).units.map((u) => u.name)).toEqual([
      'Hjemmetjenesten',
      'Sykehjemmet',
    ]);
    expect((await failsLatest(app, 'trainings.update', { id: 999, ...session() })).code).toBe('not_found');
  });
});

describe('trainings.recordHeld', () => {
  test('records counts per unit and audience (zeros are left out) and the evaluation', async () => {
    const created = await heldSession();
    const held = await okLatest(app, 'trainings.recordHeld', {
      id: created.id,
      participants: [
        { unitId: hjemme.id, audience: 'leaders', count: 4 },
        { unitId: sykehjem.id, audience: 'leaders', count: 5 },
        { unitId: sykehjem.id, audience: 'safetyReps', count: 0 },
      ],
      evaluationScore: 4.3,
      evaluationText: 'Nyttig og praktisk.',
    });
    expect(held).toMatchObject({
      status: 'held',
      participantTotal: 9,
      evaluationScore: 4.3,
      evaluationText: 'Nyttig og praktisk.',
      warnings: [],
      participants: [
        { unitId: hjemme.id, unitName: 'Hjemmetjenesten', audience: 'leaders', count: 4 },
        { unitId: sykehjem.id, unitName: 'Sykehjemmet', audience: 'leaders', count: 5 },
      ],
    });
    const corrected = await okLatest(app, 'trainings.recordHeld', {
      id: created.id,
      participants: [{ unitId: hjemme.id, audience: 'leaders', count: 3 }],
    });
    expect(corrected).toMatchObject({ participantTotal: 3, evaluationScore: null });
  });

  test('negative or fractional counts and unknown units or audiences are refused at the line', async () => {
    const { id } = await heldSession();
    const line = (overrides: Record<string, unknown>) => ({
      unitId: hjemme.id,
      audience: 'leaders',
      count: 1,
      ...overrides,
    });
    const check = async (lines: unknown[]) =>
      (await failsLatest(app, 'trainings.recordHeld', { id, participants: lines })).fields;
    expect(await check([line({}), line({ unitId: sykehjem.id, count: -1 })])).toEqual({
      'participants.1.count': 'Antall deltakere kan ikke være negativt.',
    });
    expect(await check([line({ count: 1.5 })])).toEqual({
      'participants.0.count': 'Antall deltakere må være et heltall.',
    });
    expect(await check([line({ count: '3' })])).toEqual({
      'participants.0.count': 'Antall deltakere må være et heltall.',
    });
    expect(await check([line({ audience: 'everyone' })])).toEqual({
      'participants.0.audience': 'Velg en gyldig målgruppe.',
    });
    expect(await check([line({ unitId: 999 })])).toEqual({
      'participants.0.unitId': 'Enheten finnes ikke. Velg en annen enhet.',
    });
    expect(await check([line({}), line({ count: 2 })])).toEqual({
      'participants.1.unitId': 'Ledere fra denne enheten er ført opp to ganger. Slå tallene sammen på én linje.',
    });
    expect((await ok(app, 'trainings.get', { id })).status).toBe('planned');
  });

  test('more participants than places, or more leaders than the unit has, are saved with warnings', async () => {
    const { id } = await heldSession({ capacity: 8 });
    const held = await okLatest(app, 'trainings.recordHeld', {
      id,
      participants: [
        { unitId: hjemme.id, audience: 'leaders', count: 7 },
        { unitId: sykehjem.id, audience: 'leaders', count: 3 },
      ],
    });
    expect(held.participantTotal).toBe(10);
    expect(held.warnings).toEqual([
      {
        field: 'participants',
        message: 'Det er registrert 10 deltakere, men opplæringen har 8 plasser. Sjekk tallene – de er lagret.',
      },
      {
        field: 'participants',
        message:
          '7 ledere fra «Hjemmetjenesten» er flere enn de 6 lederne enheten har registrert. Sjekk tallet, eller oppdater antall ledere under Innstillinger › Enheter.',
      },
    ]);
    expect(
      (await update(id, { start: '2026-11-10T09:00', end: '2026-11-10T15:00', capacity: 9 })).warnings[0]?.message,
    ).toMatch(/har 9 plasser/);
  });

  test('a session cannot be recorded as held before its day; on its day it can', async () => {
    const future = await create({ start: '2026-11-24T09:00', end: '2026-11-24T11:00' });
    const refused = await failsLatest(app, 'trainings.recordHeld', { id: future.id, participants: [] });
    expect(refused.fields.status).toBe(
      'Opplæringen starter 24.11.2026 kl. 09:00. Du kan registrere den som gjennomført fra 24.11.2026.',
    );
    const today = await create({ start: '2026-11-23T15:00', end: '2026-11-23T16:00' });
    expect((await okLatest(app, 'trainings.recordHeld', { id: today.id, participants: [] })).status).toBe('held');
    expect(
      (
        await failsLatest(app, 'trainings.update', {
          id: today.id,
          ...session({ start: '2026-11-24T15:00', end: '2026-11-24T16:00' }),
        })
      ).fields.start,
    ).toMatch(/kan ikke flyttes til en dato fram i tid/);
  });

  test('the evaluation is an average from 1 to 5 with at most one decimal', async () => {
    const { id } = await heldSession();
    for (const score of [0.9, 5.1, Number.NaN]) {
      expect(
        (await failsLatest(app, 'trainings.recordHeld', { id, participants: [], evaluationScore: score })).fields
          .evaluationScore,
      ).toBe('Skriv snittkarakteren som et tall fra 1 til 5, for eksempel 4,3.');
    }
    expect(
      (await failsLatest(app, 'trainings.recordHeld', { id, participants: [], evaluationScore: 4.25 })).fields
        .evaluationScore,
    ).toBe('Skriv snittkarakteren med høyst én desimal, for eksempel 4,3.');
    expect(
      (await okLatest(app, 'trainings.recordHeld', { id, participants: [], evaluationScore: 5 })).evaluationScore,
    ).toBe(5);
    expect(
      (await okLatest(app, 'trainings.recordHeld', { id, participants: [], evaluationScore: 1 })).evaluationScore,
    ).toBe(1);
  });
});

describe('trainings.cancel, reopen and remove', () => {
  test('cancel needs a reason; a cancelled session can be planned again', async () => {
    const { id } = await create();
    expect((await failsLatest(app, 'trainings.cancel', { id, reason: ' ' })).fields.reason).toMatch(
      /Skriv kort hvorfor opplæringen er avlyst/,
    );
    expect(await okLatest(app, 'trainings.cancel', { id, reason: 'For få påmeldte' })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'For få påmeldte',
    });
    expect((await failsLatest(app, 'trainings.recordHeld', { id, participants: [] })).message).toMatch(
      /er avlyst. Sett den tilbake til planlagt/,
    );
    expect(await okLatest(app, 'trainings.reopen', { id })).toMatchObject({ status: 'planned', cancelReason: null });
    expect((await failsLatest(app, 'trainings.reopen', { id })).message).toBe('Opplæringen er allerede planlagt.');
  });

  test('a held session is not cancelled, nor reopened while it has counts, nor removed', async () => {
    const { id } = await heldSession();
    await okLatest(app, 'trainings.recordHeld', {
      id,
      participants: [{ unitId: hjemme.id, audience: 'leaders', count: 2 }],
    });
    expect((await failsLatest(app, 'trainings.cancel', { id, reason: 'Feil' })).message).toMatch(
      /registrert som gjennomført og kan ikke avlyses/,
    );
    expect((await failsLatest(app, 'trainings.reopen', { id })).message).toMatch(/har deltakertall eller evaluering/);
    expect((await failsLatest(app, 'trainings.remove', { id })).message).toBe(
      'Gjennomførte opplæringer kan ikke slettes, fordi de inngår i dekningen og årsrapporten.',
    );
    await okLatest(app, 'trainings.recordHeld', { id, participants: [] });
    expect((await okLatest(app, 'trainings.reopen', { id })).status).toBe('planned');
  });

  test('a planned session can be removed', async () => {
    const { id } = await create();
    expect(await okLatest(app, 'trainings.remove', { id })).toEqual({ id });
    expect((await fails(app, 'trainings.get', { id })).code).toBe('not_found');
    expect((await failsLatest(app, 'trainings.remove', { id })).code).toBe('not_found');
  });
});

describe('trainings.copy and series', () => {
  test('a copy is a new planned session on a new date, without counts or evaluation', async () => {
    const source = await heldSession({ title: 'Ledersamling', description: 'Ta med egne eksempler.' });
    await okLatest(app, 'trainings.recordHeld', {
      id: source.id,
      participants: [{ unitId: hjemme.id, audience: 'leaders', count: 4 }],
      evaluationScore: 4.5,
    });
    await okLatest(app, 'units.archive', { id: sykehjem.id });
    const copy = await ok(app, 'trainings.copy', { id: source.id, start: '2027-03-09T09:00', end: '2027-03-09T15:00' });
    expect(copy).toMatchObject({
      title: 'Ledersamling',
      description: 'Ta med egne eksempler.',
      status: 'planned',
      participants: [],
      evaluationScore: null,
      sequence: 0,
      units: [{ id: hjemme.id, name: 'Hjemmetjenesten' }],
      warnings: [
        { field: 'unitIds', message: '«Sykehjemmet» er arkivert og ble ikke invitert til den nye opplæringen.' },
      ],
    });
    expect(copy.id).not.toBe(source.id);
    expect(
      (await fails(app, 'trainings.copy', { id: source.id, start: '2027-03-09T09:00', end: '2027-03-09T08:00' })).fields
        .end,
    ).toMatch(/etter start/);
  });

  test('a series creates every session with the same times and links them', async () => {
    const base = session({
      topicId: topicId('AKAN-introduksjon for nyansatte'),
      audiences: ['newEmployees'],
      start: '2027-01-12T13:00',
      end: '2027-01-12T14:30',
    });
    const repeat = { pattern: 'monthlyByWeekday', interval: 1, count: 4 } as const;
    expect(await ok(app, 'trainings.previewSeries', { start: base.start, repeat })).toEqual({
      starts: ['2027-01-12T13:00', '2027-02-09T13:00', '2027-03-09T13:00', '2027-04-13T13:00'],
    });
    const series = await ok(app, 'trainings.createSeries', { ...base, repeat });
    expect(series.sessions.map((s) => [s.start, s.end])).toEqual([
      ['2027-01-12T13:00', '2027-01-12T14:30'],
      ['2027-02-09T13:00', '2027-02-09T14:30'],
      ['2027-03-09T13:00', '2027-03-09T14:30'],
      ['2027-04-13T13:00', '2027-04-13T14:30'],
    ]);
    expect(series.sessions.every((s) => s.seriesId === series.id && s.status === 'planned')).toBe(true);
    const weekly = await ok(app, 'trainings.createSeries', {
      ...base,
      repeat: { pattern: 'weekly', interval: 2, count: 3 },
    });
    expect(weekly.sessions.map((s) => s.start)).toEqual(['2027-01-12T13:00', '2027-01-26T13:00', '2027-02-09T13:00']);
  });

  test('series limits: 2 to 52 sessions, at most every 12th month', async () => {
    const base = session();
    const error = async (repeat: Record<string, unknown>) =>
      (await fails(app, 'trainings.createSeries', { ...base, repeat })).fields;
    expect(await error({ pattern: 'weekly', interval: 1, count: 53 })).toEqual({
      'repeat.count': 'Antall ganger må være et heltall fra 2 til 52.',
    });
    expect(await error({ pattern: 'weekly', interval: 1, count: 1 })).toEqual({
      'repeat.count': 'Antall ganger må være et heltall fra 2 til 52.',
    });
    expect(await error({ pattern: 'weekly', interval: 0, count: 2 })).toEqual({
      'repeat.interval': 'Skriv hvor ofte som et heltall fra 1 til 52.',
    });
    expect(await error({ pattern: 'monthlyByDate', interval: 13, count: 2 })).toEqual({
      'repeat.interval': 'Når opplæringen gjentas månedlig, kan du velge høyst hver 12. måned.',
    });
    expect(await error({ pattern: 'yearly', interval: 1, count: 2 })).toEqual({
      'repeat.pattern': 'Velg hvordan opplæringen skal gjentas.',
    });
    expect(
      (
        await fails(app, 'trainings.createSeries', {
          ...session({ end: '2026-12-03T08:00' }),
          repeat: { pattern: 'weekly', interval: 1, count: 2 },
        })
      ).fields.end,
    ).toMatch(/etter start/);
    expect((await ok(app, 'trainings.list', {})).sessions).toEqual([]);
  });
});

describe('trainings.list and calendarMonth', () => {
  test('filters by year, status, topic, audience and unit (units below included)', async () => {
    const a = await create({ title: 'A', start: '2026-03-03T09:00', end: '2026-03-03T12:00', unitIds: [hjemme.id] });
    const b = await create({ title: 'B', topicId: topicId('Pengespill'), audiences: ['employees'], unitIds: [] });
    const c = await create({ title: 'C', start: '2025-05-06T09:00', end: '2025-05-06T12:00', unitIds: [] });
    await okLatest(app, 'trainings.recordHeld', {
      id: c.id,
      participants: [{ unitId: sykehjem.id, audience: 'leaders', count: 2 }],
    });
    const titles = async (filter: MethodInput<'trainings.list'>) =>
      (await ok(app, 'trainings.list', filter)).sessions.map((s) => s.title);
    expect(await titles({})).toEqual(['C', 'A', 'B']);
    expect(await titles({ year: 2026 })).toEqual(['A', 'B']);
    expect(await titles({ status: 'held' })).toEqual(['C']);
    expect(await titles({ topicId: topicId('Pengespill') })).toEqual(['B']);
    expect(await titles({ audience: 'leaders' })).toEqual(['C', 'A']);
    expect(await titles({ unitId: hjemme.id })).toEqual(['A']);
    expect(await titles({ unitId: helse.id })).toEqual(['C', 'A']);
    const list = await ok(app, 'trainings.list', undefined);
    expect(list).toMatchObject({ today: '2026-11-23', years: [2026, 2025] });
    expect(a.id).toBeLessThan(b.id);
    expect((await fails(app, 'trainings.list', { year: 1800 })).fields.year).toMatch(/Velg et årstall/);
  });

  test('a month is shown as whole weeks from Monday, with week numbers and the sessions of each day', async () => {
    const { id } = await create({ start: '2026-12-31T09:00', end: '2026-12-31T10:00', title: 'Nyttårsaften' });
    const month = await ok(app, 'trainings.calendarMonth', { month: '2026-12' });
    expect(month).toMatchObject({ month: '2026-12', today: '2026-11-23', previous: '2026-11', next: '2027-01' });
    expect(month.weeks.map((w) => w.week)).toEqual([49, 50, 51, 52, 53]);
    expect(month.weeks[0]!.days[0]).toMatchObject({ date: '2026-11-30', inMonth: false, isToday: false });
    expect(month.weeks.at(-1)!.days.at(-1)!.date).toBe('2027-01-03');
    expect(month.weeks[4]!.days[3]!.sessions).toEqual([
      {
        id,
        title: 'Nyttårsaften',
        start: '2026-12-31T09:00',
        end: '2026-12-31T10:00',
        status: 'planned',
        topicName: 'Den nødvendige samtalen',
      },
    ]);
    const current = await ok(app, 'trainings.calendarMonth', undefined);
    expect(current.month).toBe('2026-11');
    expect(current.weeks.flatMap((w) => w.days).find((d) => d.isToday)?.date).toBe('2026-11-23');
    expect((await fails(app, 'trainings.calendarMonth', { month: '2026-13' })).fields.month).toBe(
      'Velg en gyldig måned (åååå-mm).',
    );
  });
});

describe('trainings.coverage', () => {
  test('leaders trained in "Den nødvendige samtalen", capped per unit, and units the chosen topic has not reached', async () => {
    const hjemmeDns = await heldSession();
    await okLatest(app, 'trainings.recordHeld', {
      id: hjemmeDns.id,
      participants: [
        { unitId: hjemme.id, audience: 'leaders', count: 9 },
        { unitId: hjemme.id, audience: 'employees', count: 3 },
      ],
    });
    await create({ start: '2027-01-12T09:00', end: '2027-01-12T12:00', unitIds: [helse.id] });
    const report = await ok(app, 'trainings.coverage', undefined);
    expect(report).toMatchObject({
      today: '2026-11-23',
      from: '2023-11-23',
      to: '2026-11-23',
      years: 3,
      topic: { name: 'Den nødvendige samtalen' },
    });
    const row = (name: string) => report.rows.find((r) => r.name === name)!;
    expect(row('Hjemmetjenesten')).toMatchObject({
      leaderCount: 6,
      leadersTrained: 9,
      leadersCovered: 6,
      leaderPercent: 100,
      topicParticipants: 12,
      topicSessions: 1,
    });
    expect(row('Sykehjemmet')).toMatchObject({
      leaderCount: 8,
      leadersTrained: 0,
      leaderPercent: 0,
      topicSessions: 0,
      nextPlanned: '2027-01-12',
    });
    expect(row('Helse og omsorg')).toMatchObject({
      isGroup: true,
      leaderCount: 14,
      leadersTrained: 9,
      leadersCovered: 6,
      leaderPercent: 43,
      lastHeld: '2026-11-10',
    });
    expect(report.total).toMatchObject({ leaderCount: 14, leadersCovered: 6, leaderPercent: 43 });
    expect(report.unreached).toEqual([
      { unitId: sykehjem.id, path: 'Helse og omsorg › Sykehjemmet', nextPlanned: '2027-01-12' },
    ]);
  });

  test('a renamed leader topic still counts; the window follows the coverageYears setting; another topic can be chosen', async () => {
    const dns = topicId('Den nødvendige samtalen');
    await okLatest(app, 'trainingTopics.update', { id: dns, name: 'Den viktige samtalen' });
    const old = await create({ start: '2024-11-22T09:00', end: '2024-11-22T12:00' });
    await okLatest(app, 'trainings.recordHeld', {
      id: old.id,
      participants: [{ unitId: sykehjem.id, audience: 'leaders', count: 2 }],
    });
    const sykehjemRow = async () =>
      (await ok(app, 'trainings.coverage', {})).rows.find((r) => r.unitId === sykehjem.id)!;
    expect((await sykehjemRow()).leadersTrained).toBe(2);
    await ok(app, 'settings.update', { coverageYears: 2 });
    expect((await sykehjemRow()).leadersTrained).toBe(0);
    const gambling = await ok(app, 'trainings.coverage', { topicId: topicId('Pengespill') });
    expect(gambling).toMatchObject({
      leaderTopic: { id: dns, name: 'Den viktige samtalen' },
      topic: { name: 'Pengespill' },
      years: 2,
      from: '2024-11-23',
    });
    expect(gambling.unreached.map((u) => u.path)).toEqual([
      'Helse og omsorg › Hjemmetjenesten',
      'Helse og omsorg › Sykehjemmet',
    ]);
    expect((await fails(app, 'trainings.coverage', { topicId: 999 })).fields.topicId).toMatch(/Emnet finnes ikke/);
  });

  test('a page of the rows comes when one is asked for; a page that is not one is refused at `page`', async () => {
    const whole = await ok(app, 'trainings.coverage', {});
    const first = await ok(app, 'trainings.coverage', { page: 1 });
    expect(first.paging).toEqual({ total: whole.rows.length, page: 1, pageCount: 1 });
    expect(first.rows).toEqual(whole.rows);
    expect(first.unreachedCount).toBe(whole.unreached.length);
    for (const page of [0, 1.5, 'to'])
      expect((await fails(app, 'trainings.coverage', { page })).fields).toEqual({ page: 'Velg en gyldig side.' });
  });
});

describe('trainings.exportCalendar input', () => {
  test('a period needs both dates in order; one session or a period, not both', async () => {
    const { id } = await create();
    expect((await fails(app, 'trainings.exportCalendar', {})).fields).toEqual({
      from: 'Velg fra-dato (dd.mm.åååå).',
      to: 'Velg til-dato (dd.mm.åååå).',
    });
    expect((await fails(app, 'trainings.exportCalendar', { from: '2026-12-01', to: '2026-11-30' })).fields).toEqual({
      to: 'Til-datoen må være samme dag som fra-datoen eller senere.',
    });
    expect((await fails(app, 'trainings.exportCalendar', { from: '2026-02-30', to: '2026-12-01' })).fields.from).toBe(
      'Skriv en gyldig fra-dato (dd.mm.åååå).',
    );
    expect((await fails(app, 'trainings.exportCalendar', { id, from: '2026-12-01' })).fields.id).toMatch(
      /enten én opplæring eller en periode/,
    );
    expect((await fails(app, 'trainings.exportCalendar', { id: 999 })).code).toBe('not_found');
    expect((await ok(app, 'trainings.exportCalendar', { id })).fileName).toBe(
      'opplaering-2026-12-03-den-nodvendige-samtalen.ics',
    );
    expect(await ok(app, 'trainings.exportCalendar', { from: '2026-12-03', to: '2026-12-03' })).toMatchObject({
      fileName: 'opplaering-2026-12-03-til-2026-12-03.ics',
      count: 1,
    });
  });
});

describe('training reminders', () => {
  const trainingReminders = async () =>
    (await ok(app, 'reminders.list', {})).filter((r) => r.kind.startsWith('training'));

  test('planned sessions within trainingReminderDays (today and day 14 included, day 15 not)', async () => {
    const today = await create({ title: 'I dag', start: '2026-11-23T13:00', end: '2026-11-23T14:00' });
    await create({ title: 'Dag 14', start: '2026-12-07T09:00', end: '2026-12-07T10:00', location: null });
    await create({ title: 'Dag 15', start: '2026-12-08T09:00', end: '2026-12-08T10:00' });
    const cancelled = await create({ title: 'Avlyst', start: '2026-11-30T09:00', end: '2026-11-30T10:00' });
    await okLatest(app, 'trainings.cancel', { id: cancelled.id, reason: 'Sykdom' });
    const list = await trainingReminders();
    expect(list.map((r) => [r.kind, r.severity, r.title, r.dueDate, r.daysLeft])).toEqual([
      ['trainingUpcoming', 'info', 'Opplæring i dag: I dag', '2026-11-23', 0],
      ['trainingUpcoming', 'info', 'Opplæring om 14 dager: Dag 14', '2026-12-07', 14],
    ]);
    expect(list[0]).toMatchObject({
      message:
        '«I dag» holdes 23.11.2026 kl. 13:00–14:00, Rådhuset, møterom Fjorden. Sjekk at invitasjonen er sendt og lagt i kalenderen, og at kursholder og rom er klare.',
      action: { label: 'Åpne opplæringen', screen: { screen: 'training', id: today.id } },
    });
    await ok(app, 'settings.update', { trainingReminderDays: 15 });
    expect((await trainingReminders()).map((r) => r.title)).toContain('Opplæring om 15 dager: Dag 15');
  });

  test('held sessions without counts, and planned sessions whose day has passed', async () => {
    const held = await create({ title: 'Holdt', start: '2026-11-10T09:00', end: '2026-11-10T12:00' });
    await okLatest(app, 'trainings.recordHeld', { id: held.id, participants: [] });
    const open = await create({ title: 'Glemt', start: '2026-11-20T09:00', end: '2026-11-20T12:00' });
    await create({ title: 'Tidligere i dag', start: '2026-11-23T08:00', end: '2026-11-23T09:00' });
    const list = await trainingReminders();
    const missing = list.find((r) => r.kind === 'trainingMissingCounts')!;
    expect(missing).toMatchObject({
      severity: 'warning',
      dueDate: '2026-11-24',
      daysLeft: 1,
      title: 'Deltakertall mangler: Holdt',
      action: { label: 'Registrer deltakere', screen: { screen: 'training.recordHeld', id: held.id } },
    });
    expect(missing.message).toBe(
      '«Holdt» ble holdt 10.11.2026, men antall deltakere er ikke registrert. Registrer deltakere per enhet og målgruppe innen 24.11.2026, så blir dekningen riktig.',
    );
    const notClosed = list.filter((r) => r.kind === 'trainingNotClosed');
    expect(notClosed).toHaveLength(1);
    expect(notClosed[0]).toMatchObject({
      severity: 'warning',
      dueDate: '2026-12-04',
      message:
        '«Glemt» var planlagt 20.11.2026 kl. 09:00–12:00. Registrer den som gjennomført med deltakertall, eller som avlyst, innen 04.12.2026.',
      action: { screen: { screen: 'training', id: open.id } },
    });
    await okLatest(app, 'trainings.recordHeld', {
      id: held.id,
      participants: [{ unitId: hjemme.id, audience: 'leaders', count: 1 }],
    });
    await okLatest(app, 'trainings.cancel', { id: open.id, reason: 'Sykdom' });
    expect((await trainingReminders()).filter((r) => r.kind !== 'trainingUpcoming')).toEqual([]);
  });
});
