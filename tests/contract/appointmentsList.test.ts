import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import type { MethodInput } from '../../core/contract';
import { LIST_PAGE_SIZE } from '../../core/paging';
import { addDays } from '../../core/validation/dates';
import { fails, freshApp, ok } from '../support/app';

// freshApp's today is 2026-11-23.
let app: AppHandle;
let unitId: number;

beforeEach(async () => {
  app = await freshApp();
  unitId = (await ok(app, 'units.create', { name: 'Skole' })).id;
});

const main = (personName: string, termStart: string, termEnd?: string) =>
  ok(app, 'appointments.create', { role: 'mainContact', personName, termStart, termEnd });
const unitContact = (personName: string, termStart: string, termEnd: string) =>
  ok(app, 'appointments.create', { role: 'unitContact', personName, termStart, termEnd, unitId });
const names = async (filter: MethodInput<'appointments.list'>) =>
  (await ok(app, 'appointments.list', filter)).appointments.map((a) => a.personName);

/** Four ended terms, two in force (one of each role) and one to come. */
async function history() {
  await main('Anna', '2020-03-01');
  const berit = await main('Berit', '2022-03-01');
  await ok(app, 'appointments.end', {
    id: berit.id,
    version: berit.version,
    endedOn: '2023-06-30',
    reason: 'Sluttet i kommunen',
  });
  await main('Cecilie', '2023-07-01');
  await main('Dag', '2025-07-01');
  await main('Eva', '2027-07-01');
  await unitContact('Siri', '2026-01-01', '2026-12-31');
  await unitContact('Tor', '2025-01-01', '2025-12-31');
}

describe('appointments.list: the current ones first, a page at a time', () => {
  test('by default the appointments in force and to come, the term that ends soonest first', async () => {
    await history();
    const list = await ok(app, 'appointments.list', {});
    expect(list.appointments.map((a) => [a.personName, a.status])).toEqual([
      ['Siri', 'active'],
      ['Dag', 'active'],
      ['Eva', 'upcoming'],
    ]);
    expect(list).toMatchObject({ show: 'current', counts: { current: 3, ended: 4 }, total: 3, page: 1, pageCount: 1 });
    expect(await names(undefined)).toEqual(['Siri', 'Dag', 'Eva']);
  });

  test('«ended» is the latest ended first (an early end counts); «all» is the current ones, then the ended ones', async () => {
    await history();
    expect(await names({ show: 'ended' })).toEqual(['Tor', 'Cecilie', 'Berit', 'Anna']);
    expect(await names({ show: 'all' })).toEqual(['Siri', 'Dag', 'Eva', 'Tor', 'Cecilie', 'Berit', 'Anna']);
    expect(await ok(app, 'appointments.list', { show: 'all' })).toMatchObject({ total: 7, show: 'all' });
  });

  test('a role is counted on its own', async () => {
    await history();
    const list = await ok(app, 'appointments.list', { role: 'mainContact' });
    expect(list.appointments.map((a) => a.personName)).toEqual(['Dag', 'Eva']);
    expect(list.counts).toEqual({ current: 2, ended: 3 });
    expect(await names({ role: 'unitContact', show: 'ended' })).toEqual(['Tor']);
  });

  test('a year is those in force at some time during it, whole', async () => {
    await history();
    expect(await names({ year: 2023, show: 'all' })).toEqual(['Cecilie', 'Berit']);
    expect(await ok(app, 'appointments.list', { year: 2023 })).toMatchObject({
      appointments: [],
      counts: { current: 0, ended: 2 },
    });
    expect(await names({ year: 2026, show: 'all' })).toEqual(['Siri', 'Dag']);
  });

  test(`${LIST_PAGE_SIZE} at a time; a page past the end is the last page`, async () => {
    for (let i = 0; i < LIST_PAGE_SIZE + 5; i++) {
      await unitContact(`Kontakt ${i}`, '2026-01-01', addDays('2027-01-01', i));
    }
    const first = await ok(app, 'appointments.list', {});
    expect(first).toMatchObject({ total: LIST_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.appointments).toHaveLength(LIST_PAGE_SIZE);
    expect(first.appointments[0]!.personName).toBe('Kontakt 0');
    const second = await ok(app, 'appointments.list', { page: 2 });
    expect(second.appointments.map((a) => a.personName)).toEqual([200, 201, 202, 203, 204].map((i) => `Kontakt ${i}`));
    expect((await ok(app, 'appointments.list', { page: 7 })).page).toBe(2);
    expect((await ok(app, 'appointments.list', { year: 2026 })).appointments).toHaveLength(LIST_PAGE_SIZE + 5);
  });

  test('wrong filters are refused at the field', async () => {
    expect((await fails(app, 'appointments.list', { show: 'some' })).fields.show).toBe(
      'Velg hvilke oppnevninger som skal vises.',
    );
    expect((await fails(app, 'appointments.list', { role: 'boss' })).fields.role).toMatch(/Velg rolle/);
    expect((await fails(app, 'appointments.list', { page: 0 })).fields.page).toBe('Velg en gyldig side.');
    expect((await fails(app, 'appointments.list', { year: 1900 })).fields.year).toMatch(/årstall/);
  });
});

describe('what does not depend on the list', () => {
  test('with only ended hovedkontakter the list shows none, but the reminder, the form and the report still see them', async () => {
    await main('Anna', '2022-03-01');
    const kari = await main('Kari', '2024-03-01');
    expect(await names({ role: 'mainContact' })).toEqual([]);

    const reminder = (await ok(app, 'reminders.list', {})).find((r) => r.kind === 'mainContactExpired');
    expect(reminder?.message).toContain('Funksjonsperioden til Kari gikk ut 28.02.2026');

    const report = await ok(app, 'reports.preview', { year: 2025 });
    const section = report.sections.find((s) => s.id === 'appointments')!;
    const inForce = section.tables.find((t) => t.id === 'inForce')!;
    expect(inForce.rows.map((row) => row[1])).toEqual(['Kari']);
    const ending = section.tables.find((t) => t.id === 'ending')!;
    expect(ending.rows).toEqual([['Hovedkontakt', 'Kari', '', '2026-02-28']]);
    const about = report.sections.find((s) => s.id === 'summary')!.factGroups[0]!.facts;
    expect(about.find((f) => f.label === 'Hovedkontakt')?.value).toBe('Kari, funksjonsperiode 01.03.2024–28.02.2026');

    expect((await ok(app, 'appointments.list', { role: 'mainContact', show: 'all' })).appointments).toEqual([
      expect.objectContaining({ id: kari.id, status: 'ended' }),
      expect.objectContaining({ personName: 'Anna' }),
    ]);
  });
});
