import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import { LIST_PAGE_SIZE } from '../../core/paging';
import { fails, freshApp, ok } from '../support/app';

// freshApp's today is 2026-11-23.
let app: AppHandle;
let topicId: number;
let unitId: number;

beforeEach(async () => {
  app = await freshApp();
  topicId = (await ok(app, 'trainingTopics.list', undefined))[0]!.id;
  unitId = (await ok(app, 'units.create', { name: 'Hjemmetjenesten', leaderCount: 4 })).id;
});

const create = (title: string, day: string) =>
  ok(app, 'trainings.create', {
    title,
    topicId,
    audiences: ['leaders'],
    unitIds: [unitId],
    start: `${day}T09:00`,
    end: `${day}T11:00`,
  });
const titles = async (filter: MethodInput<'trainings.list'>) =>
  (await ok(app, 'trainings.list', filter)).sessions.map((s) => s.title);

describe('trainings.list: one year, upcoming first, a page at a time', () => {
  test('«current» is the current year and later; upcoming first (soonest first), then the earlier ones (latest first)', async () => {
    for (const [title, day] of [
      ['mars', '2026-03-02'],
      ['des', '2026-12-10'],
      ['i dag', '2026-11-23'],
      ['okt', '2026-10-05'],
      ['fjor', '2025-06-01'],
      ['neste år', '2027-01-12'],
    ]) {
      await create(title!, day!);
    }
    const list = await ok(app, 'trainings.list', { year: 'current', order: 'upcomingFirst' });
    expect(list.sessions.map((s) => s.title)).toEqual(['i dag', 'des', 'neste år', 'okt', 'mars']);
    expect(list).toMatchObject({ year: 2026, andLater: true, total: 5, page: 1, pageCount: 1 });
    expect(await titles({ year: 2026 })).toEqual(['mars', 'okt', 'i dag', 'des']);
    expect(await titles({ order: 'upcomingFirst' })).toEqual(['i dag', 'des', 'neste år', 'okt', 'mars', 'fjor']);
    expect(await ok(app, 'trainings.list', {})).toMatchObject({ year: null, andLater: false });
    expect(await ok(app, 'trainings.list', { year: 2026 })).toMatchObject({ year: 2026, andLater: false });
  });

  test(`every year comes ${LIST_PAGE_SIZE} sessions at a time; filters are counted in the database`, async () => {
    const repeat = { pattern: 'weekly' as const, interval: 1, count: 52 };
    for (const year of [2022, 2023, 2024, 2025]) {
      await ok(app, 'trainings.createSeries', {
        title: `Serie ${year}`,
        topicId,
        audiences: ['leaders'],
        unitIds: [],
        start: `${year}-01-03T09:00`,
        end: `${year}-01-03T10:00`,
        repeat,
      });
    }
    await create('Med enheten', '2026-02-02');
    const first = await ok(app, 'trainings.list', {});
    expect(first).toMatchObject({ total: 209, page: 1, pageCount: 2 });
    expect(first.sessions).toHaveLength(LIST_PAGE_SIZE);
    const second = await ok(app, 'trainings.list', { page: 2 });
    expect(second.sessions.map((s) => s.title)).toEqual([...Array(8).fill('Serie 2025'), 'Med enheten']);
    expect((await ok(app, 'trainings.list', { page: 9 })).page).toBe(2);
    expect((await ok(app, 'trainings.list', { year: 2024 })).sessions).toHaveLength(52);
    expect(await titles({ unitId })).toEqual(['Med enheten']);
    expect(await ok(app, 'trainings.list', { audience: 'employees' })).toMatchObject({
      total: 0,
      pageCount: 1,
      sessions: [],
    });
    expect((await fails(app, 'trainings.list', { page: 0 })).fields.page).toBe('Velg en gyldig side.');
    expect((await fails(app, 'trainings.list', { order: 'random' as never })).fields.order).toBe(
      'Velg en gyldig rekkefølge.',
    );
  });
});
