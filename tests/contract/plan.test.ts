import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { trainingTopics, trainings } from '../../db/schema';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

const item = (overrides: Record<string, unknown> = {}) => ({
  year: 2026,
  activity: 'Kurs i Den nødvendige samtalen',
  kind: 'training',
  status: 'notStarted',
  ...overrides,
});
const create = async (overrides: Record<string, unknown> = {}) => ok(app, 'plan.create', item(overrides) as never);

async function campaign(status: string, title = 'Julebordkampanje') {
  const themeId = (await ok(app, 'campaignThemes.list', {}))[0]!.id;
  return ok(app, 'campaigns.create', {
    title,
    themeId,
    channels: ['intranet'],
    periodStart: '2026-11-01',
    periodEnd: '2026-11-20',
    status,
  } as never);
}

/** A training session stored directly (the trainings area owns the methods that make them). */
function training(status: 'planned' | 'held' | 'cancelled', startsAt = '2026-05-04T09:00'): number {
  const db = app.context.db;
  const topic = db
    .insert(trainingTopics)
    .values({ name: `Emne ${startsAt}-${status}` })
    .returning()
    .get();
  return db
    .insert(trainings)
    .values({ title: 'Den nødvendige samtalen', topicId: topic.id, startsAt, endsAt: startsAt, status })
    .returning()
    .get().id;
}

describe('plan.create, update, get, remove', () => {
  test('stores an item with its owner and deadline', async () => {
    const member = await ok(app, 'committee.create', { name: 'Tor Haugen', committeeRole: 'Ruskonsulent' });
    const saved = await create({ responsibleMemberId: member.id, dueQuarter: 2, notes: 'For nye ledere.' });
    expect(saved).toMatchObject({
      responsibleName: 'Tor Haugen',
      dueQuarter: 2,
      dueDate: null,
      deadline: '2026-06-30',
      status: 'notStarted',
      doneBy: null,
      copiedToYear: null,
    });
    expect(await create({ dueDate: '2026-09-15' })).toMatchObject({ deadline: '2026-09-15', overdue: true });
    expect((await create({ dueDate: '2026-11-23' })).overdue).toBe(false);
    expect((await create()).deadline).toBeNull();
    const updated = await okLatest(app, 'plan.update', {
      id: saved.id,
      ...item({ status: 'inProgress', dueQuarter: 3 }),
    } as never);
    expect(updated).toMatchObject({ status: 'inProgress', deadline: '2026-09-30', responsibleMemberId: null });
    expect(await ok(app, 'plan.get', { id: saved.id })).toEqual(updated);
    expect(await okLatest(app, 'plan.remove', { id: saved.id })).toEqual({ id: saved.id });
    expect((await fails(app, 'plan.get', { id: saved.id })).code).toBe('not_found');
    expect((await failsLatest(app, 'plan.update', { id: saved.id, ...item() })).code).toBe('not_found');
    expect((await failsLatest(app, 'plan.remove', { id: saved.id })).code).toBe('not_found');
  });

  test('a due date or a quarter, not both, and the date lies in the plan year', async () => {
    expect((await fails(app, 'plan.create', item({ dueDate: '2026-05-01', dueQuarter: 2 }))).fields).toEqual({
      dueQuarter: 'Velg enten en frist eller et kvartal, ikke begge.',
    });
    expect((await fails(app, 'plan.create', item({ dueDate: '2027-01-15' }))).fields.dueDate).toBe(
      'Fristen må ligge i 2026. Velg en dato i 2026, eller endre året.',
    );
    expect((await fails(app, 'plan.create', item({ dueQuarter: 5 }))).fields.dueQuarter).toBe(
      'Velg kvartal 1, 2, 3 eller 4.',
    );
    expect((await fails(app, 'plan.create', item({ dueDate: '2026-02-29' }))).fields.dueDate).toBe(
      'Skriv en gyldig frist (dd.mm.åååå).',
    );
  });

  test('year, kind, status and text are checked in Norwegian', async () => {
    expect((await fails(app, 'plan.create', item({ year: 1999 }))).fields.year).toBe(
      'Velg et årstall mellom 2000 og 2100.',
    );
    expect((await fails(app, 'plan.create', item({ kind: 'party' }))).fields.kind).toMatch(/Velg type/);
    expect((await fails(app, 'plan.create', item({ status: 'late' }))).fields.status).toMatch(/Velg status/);
    expect((await fails(app, 'plan.create', item({ activity: '' }))).fields.activity).toMatch(/Beskriv aktiviteten/);
    for (const field of ['activity', 'notes'] as const) {
      expect((await fails(app, 'plan.create', item({ [field]: 'Kontakt 150765 00565' }))).fields[field], field).toBe(
        NATIONAL_ID_MESSAGE,
      );
    }
  });

  test('links and owners must exist; an item links to a campaign or a training, not both', async () => {
    expect((await fails(app, 'plan.create', item({ responsibleMemberId: 77 }))).fields.responsibleMemberId).toBe(
      'Utvalgsmedlemmet finnes ikke. Velg en person fra listen.',
    );
    expect((await fails(app, 'plan.create', item({ campaignId: 77 }))).fields.campaignId).toBe(
      'Informasjonstiltaket finnes ikke. Velg et tiltak fra listen.',
    );
    expect((await fails(app, 'plan.create', item({ trainingId: 77 }))).fields.trainingId).toBe(
      'Opplæringen finnes ikke. Velg en opplæring fra listen.',
    );
    const c = await campaign('planned');
    const both = await fails(app, 'plan.create', item({ campaignId: c.id, trainingId: training('planned') }));
    expect(both.fields).toEqual({
      trainingId: 'Koble punktet til enten en opplæring eller et informasjonstiltak, ikke begge.',
    });
  });
});

describe('linking marks an item done (derived when read)', () => {
  test('a completed campaign makes the item done; going back undoes it', async () => {
    const c = await campaign('ongoing');
    const saved = await create({ kind: 'campaign', status: 'inProgress', campaignId: c.id });
    expect(saved).toMatchObject({
      status: 'inProgress',
      doneBy: null,
      campaignTitle: 'Julebordkampanje',
      campaignStatus: 'ongoing',
    });
    const input = {
      title: c.title,
      themeId: c.themeId,
      channels: c.channels,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
    };
    await okLatest(app, 'campaigns.update', { id: c.id, ...input, status: 'completed' });
    expect(await ok(app, 'plan.get', { id: saved.id })).toMatchObject({
      status: 'done',
      manualStatus: 'inProgress',
      doneBy: 'campaign',
    });
    expect((await ok(app, 'plan.summary', { year: 2026 })).done).toBe(1);
    await okLatest(app, 'campaigns.update', { id: c.id, ...input, status: 'ongoing' });
    expect(await ok(app, 'plan.get', { id: saved.id })).toMatchObject({ status: 'inProgress', doneBy: null });
  });

  test('a held training makes the item done; a planned or cancelled one does not', async () => {
    expect((await create({ trainingId: training('held') })).status).toBe('done');
    expect(await create({ trainingId: training('held') })).toMatchObject({
      doneBy: 'training',
      trainingTitle: 'Den nødvendige samtalen',
      trainingStatus: 'held',
    });
    expect((await create({ trainingId: training('planned') })).status).toBe('notStarted');
    expect((await create({ trainingId: training('cancelled') })).status).toBe('notStarted');
    expect((await create({ status: 'done', trainingId: training('planned') })).doneBy).toBeNull();
  });

  test('linkOptions offers the campaigns and trainings of the year', async () => {
    const c = await campaign('completed');
    const held = training('held', '2026-05-04T09:00');
    training('planned', '2027-01-10T09:00');
    expect(await ok(app, 'plan.linkOptions', { year: 2026 })).toEqual({
      campaigns: [{ id: c.id, title: 'Julebordkampanje', date: '2026-11-01', done: true }],
      trainings: [{ id: held, title: 'Den nødvendige samtalen', date: '2026-05-04', done: true }],
    });
    expect((await ok(app, 'plan.linkOptions', { year: 2027 })).campaigns).toEqual([]);
  });
});

describe('planned against done', () => {
  test('cancelled items are not planned; percent is rounded; nothing planned gives no percent', async () => {
    expect(await ok(app, 'plan.summary', { year: 2026 })).toEqual({
      year: 2026,
      planned: 0,
      done: 0,
      inProgress: 0,
      notStarted: 0,
      postponed: 0,
      cancelled: 0,
      unfinished: 0,
      percentDone: null,
    });
    for (const status of ['done', 'done', 'inProgress', 'notStarted', 'postponed', 'cancelled', 'cancelled'])
      await create({ status });
    await create({ year: 2027, status: 'done' });
    expect(await ok(app, 'plan.summary', { year: 2026 })).toEqual({
      year: 2026,
      planned: 5,
      done: 2,
      inProgress: 1,
      notStarted: 1,
      postponed: 1,
      cancelled: 2,
      unfinished: 3,
      percentDone: 40,
    });
    await create({ status: 'done' });
    expect((await ok(app, 'plan.summary', { year: 2026 })).percentDone).toBe(50);
    await create({ status: 'notStarted' });
    expect((await ok(app, 'plan.summary', {})).percentDone).toBe(43);
  });

  test('plan.list answers the current year by default, with its items by deadline and the years to choose from', async () => {
    await create({ activity: 'Uten frist' });
    await create({ activity: 'Høst', dueQuarter: 4 });
    await create({ activity: 'Vår', dueDate: '2026-04-01' });
    await create({ activity: 'Gammelt', year: 2024 });
    const plan = await ok(app, 'plan.list', {});
    expect(plan.year).toBe(2026);
    expect(plan.items.map((i) => i.activity)).toEqual(['Vår', 'Høst', 'Uten frist']);
    expect(plan.summary.planned).toBe(3);
    expect(plan.years).toEqual([2027, 2026, 2024]);
  });
});

describe('plan.copyUnfinished', () => {
  test('copies unfinished items to the next year once, remembering where each copy came from', async () => {
    const member = await ok(app, 'committee.create', {
      name: 'Hilde Berg',
      committeeRole: 'Personal- og kompetanseleder',
    });
    const open = await create({
      activity: 'Revidere rusmiddelpolicy',
      kind: 'policy',
      status: 'inProgress',
      dueDate: '2026-10-01',
      responsibleMemberId: member.id,
    });
    await create({
      activity: 'Plakatkampanje',
      status: 'notStarted',
      dueQuarter: 3,
      campaignId: (await campaign('planned')).id,
    });
    await create({ activity: 'Utsatt kurs', status: 'postponed' });
    await create({ activity: 'Ferdig', status: 'done' });
    await create({ activity: 'Avlyst', status: 'cancelled' });
    await create({ activity: 'Kurs holdt', trainingId: training('held') });

    const first = await ok(app, 'plan.copyUnfinished', { fromYear: 2026 });
    expect(first).toMatchObject({ fromYear: 2026, toYear: 2027, alreadyCopied: 0 });
    expect(first.copied.map((i) => i.activity)).toEqual(['Plakatkampanje', 'Revidere rusmiddelpolicy', 'Utsatt kurs']);
    const policy = first.copied.find((i) => i.activity === 'Revidere rusmiddelpolicy');
    expect(policy).toMatchObject({
      year: 2027,
      dueDate: '2027-10-01',
      status: 'notStarted',
      responsibleName: 'Hilde Berg',
      copiedFromId: open.id,
      campaignId: null,
    });
    expect(first.copied.find((i) => i.activity === 'Plakatkampanje')).toMatchObject({
      dueQuarter: 3,
      deadline: '2027-09-30',
    });
    expect((await ok(app, 'plan.get', { id: open.id })).copiedToYear).toBe(2027);

    const second = await ok(app, 'plan.copyUnfinished', { fromYear: 2026 });
    expect(second).toMatchObject({ copied: [], alreadyCopied: 3 });
    expect((await ok(app, 'plan.list', { year: 2027 })).items).toHaveLength(3);
  });

  test('an item added later is copied on the next run; a removed copy may be made again', async () => {
    await create({ activity: 'Først' });
    await ok(app, 'plan.copyUnfinished', { fromYear: 2026 });
    await create({ activity: 'Senere' });
    const again = await ok(app, 'plan.copyUnfinished', { fromYear: 2026 });
    expect(again.copied.map((i) => i.activity)).toEqual(['Senere']);
    expect(again.alreadyCopied).toBe(1);
    await okLatest(app, 'plan.remove', { id: again.copied[0]!.id });
    expect((await ok(app, 'plan.copyUnfinished', { fromYear: 2026 })).copied.map((i) => i.activity)).toEqual([
      'Senere',
    ]);
  });

  test('a leap-day deadline lands on 28 February', async () => {
    await create({ year: 2028, dueDate: '2028-02-29' });
    expect((await ok(app, 'plan.copyUnfinished', { fromYear: 2028 })).copied[0]?.dueDate).toBe('2029-02-28');
  });
});

describe('overdue plan items remind', () => {
  const overdue = async (today: string) =>
    (await ok(app, 'reminders.list', { today }))
      .filter((r) => r.kind === 'planItemOverdue')
      .map((r) => `${r.message}|${r.daysLeft}`);

  test('the day before and the day of the deadline are quiet; the day after reminds', async () => {
    const member = await ok(app, 'committee.create', { name: 'Anne Lie', committeeRole: 'AKAN-hovedkontakt' });
    const saved = await create({
      activity: 'Plakater i alle enheter',
      dueDate: '2026-06-15',
      responsibleMemberId: member.id,
    });
    expect(await overdue('2026-06-14')).toEqual([]);
    expect(await overdue('2026-06-15')).toEqual([]);
    expect(await overdue('2026-06-16')).toEqual([
      '«Plakater i alle enheter» hadde frist 15.06.2026. Ansvarlig: Anne Lie. Oppdater status, gi punktet ny frist eller marker det som utsatt.|-1',
    ]);
    const [reminder] = (await ok(app, 'reminders.list', { today: '2026-06-16' })).filter(
      (r) => r.kind === 'planItemOverdue',
    );
    expect(reminder).toMatchObject({
      dueDate: '2026-06-15',
      severity: 'warning',
      action: { screen: { screen: 'planItem', id: saved.id } },
    });
  });

  test('a quarter is due on its last day', async () => {
    await create({ activity: 'Kvartal', dueQuarter: 1 });
    expect(await overdue('2026-03-31')).toEqual([]);
    expect(await overdue('2026-04-01')).toEqual([
      '«Kvartal» hadde frist K1 2026. Oppdater status, gi punktet ny frist eller marker det som utsatt.|-1',
    ]);
  });

  test('done, cancelled, postponed, linked-and-completed and carried-over items are quiet', async () => {
    for (const status of ['done', 'cancelled', 'postponed']) await create({ status, dueDate: '2026-01-10' });
    await create({ dueDate: '2026-01-10', trainingId: training('held') });
    await create({ dueDate: '2026-01-10', activity: 'Flyttet' });
    expect(await overdue('2026-02-01')).toHaveLength(1);
    await ok(app, 'plan.copyUnfinished', { fromYear: 2026 });
    expect(await overdue('2026-02-01')).toEqual([]);
  });
});

describe('demo data', () => {
  test.each(['2026-01-01', '2026-03-11', '2026-11-23', '2026-12-31', '2028-02-29'])(
    'on %s: campaigns, AMU cases and a plan with mixed statuses for last, this and next year',
    async (today) => {
      const { seedDemo } = await import('../../core/demo');
      const demo = await freshApp({ today });
      await seedDemo(demo, today);
      const year = Number(today.slice(0, 4));
      const statuses = async (y: number) =>
        new Set((await ok(demo, 'plan.list', { year: y })).items.map((i) => i.status));
      expect((await statuses(year - 1)).size).toBeGreaterThanOrEqual(3);
      expect((await statuses(year)).size).toBeGreaterThanOrEqual(2);
      expect(await statuses(year + 1)).toEqual(new Set(['notStarted']));
      expect((await ok(demo, 'plan.list', { year })).items.some((i) => i.copiedFromId !== null)).toBe(true);
      expect(
        (await ok(demo, 'campaigns.list', { year: year - 1 })).campaigns.length +
          (await ok(demo, 'campaigns.list', { year })).campaigns.length,
      ).toBeGreaterThanOrEqual(5);
      expect(new Set((await ok(demo, 'amuCases.list', { year: 'all' })).cases.map((c) => c.kind)).size).toBe(4);
      expect((await ok(demo, 'amuCases.agreement', {})).lastRevised).not.toBeNull();
      demo.close();
    },
  );
});
