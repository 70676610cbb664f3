import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import { LIST_PAGE_SIZE } from '../../core/paging';
import { fails, freshApp, ok } from '../support/app';

// freshApp's today is 2026-11-23.
let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

const create = (title: string, fields: Record<string, unknown>) =>
  ok(app, 'amuCases.create', { kind: 'information', title, status: 'sent', ...fields } as never);
const titles = async (filter: MethodInput<'amuCases.list'>) =>
  (await ok(app, 'amuCases.list', filter)).cases.map((c) => c.title);

async function cases() {
  await create('Mars i år', { meetingDate: '2026-03-10' });
  await create('Uten dato', { status: 'draft', meetingDate: null });
  await create('Møtt i fjor, vedtatt i år', {
    meetingDate: '2025-12-15',
    status: 'treated',
    decisionDate: '2026-01-05',
  });
  await create('Oktober i fjor', { meetingDate: '2025-10-01' });
  await create('Årsrapport 2024', {
    kind: 'annualReport',
    reportYear: 2024,
    meetingDate: '2025-03-12',
    status: 'treated',
    decisionDate: '2025-03-12',
  });
  await create('Tre år siden', { meetingDate: '2023-05-10' });
}

describe('amuCases.list: one year at a time, the current year by default', () => {
  test('by default the cases met on or decided this year, and those not yet dated', async () => {
    await cases();
    const list = await ok(app, 'amuCases.list', {});
    expect(list.cases.map((c) => c.title)).toEqual(['Uten dato', 'Mars i år', 'Møtt i fjor, vedtatt i år']);
    expect(list).toMatchObject({ year: 2026, years: [2026, 2025, 2023], total: 3, page: 1, pageCount: 1 });
    expect(await titles(undefined)).toEqual(['Uten dato', 'Mars i år', 'Møtt i fjor, vedtatt i år']);
  });

  test('an earlier year has its meetings and decisions, but not the undated cases', async () => {
    await cases();
    expect(await titles({ year: 2025 })).toEqual(['Møtt i fjor, vedtatt i år', 'Oktober i fjor', 'Årsrapport 2024']);
    expect(await titles({ year: 2024 })).toEqual([]);
    expect(await titles({ year: 2025, kind: 'annualReport' })).toEqual(['Årsrapport 2024']);
  });

  test('«all» is every year, newest meeting first; an annual report is found by the year it reports on', async () => {
    await cases();
    expect(await ok(app, 'amuCases.list', { year: 'all' })).toMatchObject({ year: null, total: 6, pageCount: 1 });
    expect(await titles({ year: 'all', status: 'treated' })).toEqual(['Møtt i fjor, vedtatt i år', 'Årsrapport 2024']);
    expect(await titles({ year: 'all', kind: 'annualReport', reportYear: 2024 })).toEqual(['Årsrapport 2024']);
    expect(await titles({ kind: 'annualReport', reportYear: 2024 })).toEqual([]);
  });

  test(`every year comes ${LIST_PAGE_SIZE} cases at a time`, async () => {
    for (let i = 0; i < LIST_PAGE_SIZE + 2; i++) await create(`Sak ${i}`, { meetingDate: '2024-06-01' });
    const first = await ok(app, 'amuCases.list', { year: 'all' });
    expect(first).toMatchObject({ total: LIST_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.cases).toHaveLength(LIST_PAGE_SIZE);
    expect(await titles({ year: 'all', page: 2 })).toEqual(['Sak 1', 'Sak 0']);
    expect(await ok(app, 'amuCases.list', { year: 2024 })).toMatchObject({ pageCount: 1, total: LIST_PAGE_SIZE + 2 });
  });

  test('wrong filters are refused at the field', async () => {
    expect((await fails(app, 'amuCases.list', { year: 'alle' })).fields.year).toBe('Velg et gyldig år.');
    expect((await fails(app, 'amuCases.list', { page: -1 })).fields.page).toBe('Velg en gyldig side.');
    expect((await fails(app, 'amuCases.list', { kind: 'x' })).fields.kind).toBe('Velg hva saken gjelder.');
  });

  test('the reminders do not depend on the list’s year', async () => {
    // The report on 2025, met in 2025, is not in this year's list; the reminder sees it all the same.
    await create('Orientering i fjor', { meetingDate: '2025-10-15' });
    const asked = async () =>
      (await ok(app, 'reminders.list', { today: '2026-03-15' })).some((r) => r.kind === 'annualReportNotSent');
    expect(await asked()).toBe(true);
    await create('Årsrapport 2025', { kind: 'annualReport', reportYear: 2025, meetingDate: '2025-12-01' });
    expect(await titles({})).toEqual([]);
    expect(await asked()).toBe(false);
  });
});
