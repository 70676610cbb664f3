import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { NATIONAL_ID_MESSAGE } from '../../core/validation/fields';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

const main = (personName: string, termStart: string, termEnd?: string) => ({
  role: 'mainContact' as const,
  personName,
  termStart,
  termEnd,
});

describe('appointments.create', () => {
  test('defaults to a two-year term decided by AMU', async () => {
    const a = await ok(app, 'appointments.create', main('Kari Nordmann', '2026-03-01'));
    expect(a).toMatchObject({ termEnd: '2028-02-28', decidedBy: 'AMU', status: 'active', unitId: null });
    expect((await ok(app, 'appointments.create', main('Ola', '2028-03-01'))).termEnd).toBe('2030-02-28');
  });

  test('a leap-day start ends on 28 February two years later', async () => {
    expect((await ok(app, 'appointments.create', main('Kari', '2024-02-29'))).termEnd).toBe('2026-02-28');
  });

  test('end before start is refused at the end field', async () => {
    const error = await fails(app, 'appointments.create', main('Kari', '2026-03-01', '2026-02-01'));
    expect(error.fields.termEnd).toBe('Sluttdato må være etter startdato.');
  });

  test('a term longer than ten years is refused', async () => {
    const error = await fails(app, 'appointments.create', main('Kari', '2026-03-01', '2036-03-02'));
    expect(error.fields.termEnd).toMatch(/høyst 10 år/);
    await ok(app, 'appointments.create', main('Kari', '2026-03-01', '2036-03-01'));
  });

  test('impossible dates are refused with a Norwegian message', async () => {
    const error = await fails(app, 'appointments.create', main('Kari', '2026-02-31'));
    expect(error.fields.termStart).toBe('Skriv en gyldig startdato (dd.mm.åååå).');
    expect(
      (await fails(app, 'appointments.create', { ...main('Kari', '2026-03-01'), decisionDate: '2026-04-31' })).fields
        .decisionDate,
    ).toMatch(/gyldig dato/);
  });

  test('hovedkontakt terms may not overlap; a successor may start the day after', async () => {
    await ok(app, 'appointments.create', main('Kari', '2024-03-01'));
    const error = await fails(app, 'appointments.create', main('Ola', '2026-02-28'));
    expect(error.fields.termStart).toContain('Kari');
    expect(error.fields.termStart).toContain('01.03.2026');
    await ok(app, 'appointments.create', main('Ola', '2026-03-01'));
  });

  test('unit contacts may overlap each other but need an existing, active unit', async () => {
    const missing = await fails(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Siri',
      termStart: '2026-01-01',
    });
    expect(missing.fields.unitId).toBe('Velg enheten AKAN-kontakten skal dekke.');
    const unknown = await fails(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Siri',
      termStart: '2026-01-01',
      unitId: 999,
    });
    expect(unknown.fields.unitId).toMatch(/finnes ikke/);
    const unit = await ok(app, 'units.create', { name: 'Sykehjemmet' });
    await ok(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Siri',
      termStart: '2026-01-01',
      unitId: unit.id,
    });
    const second = await ok(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Per',
      termStart: '2026-01-01',
      unitId: unit.id,
    });
    expect(second.unitName).toBe('Sykehjemmet');
  });

  test('a hovedkontakt never keeps a unit', async () => {
    const unit = await ok(app, 'units.create', { name: 'Sykehjemmet' });
    expect(
      (await ok(app, 'appointments.create', { ...main('Kari', '2026-01-01'), unitId: unit.id })).unitId,
    ).toBeNull();
  });

  test('national identity numbers are refused in every free-text field', async () => {
    for (const field of ['personName', 'notes', 'amuCaseRef', 'decidedBy'] as const) {
      const error = await fails(app, 'appointments.create', {
        ...main('Kari', '2026-01-01'),
        [field]: 'ref 150765 00565',
      });
      expect(error.fields[field], field).toBe(NATIONAL_ID_MESSAGE);
    }
  });

  test('over-long text, empty names and unknown fields are refused', async () => {
    expect((await fails(app, 'appointments.create', main('x'.repeat(121), '2026-01-01'))).fields.personName).toMatch(
      /høyst 120 tegn/,
    );
    expect((await fails(app, 'appointments.create', main('   ', '2026-01-01'))).fields.personName).toMatch(
      /Skriv navnet/,
    );
    expect(
      (await fails(app, 'appointments.create', { ...main('Kari', '2026-01-01'), isAdmin: true })).fields._,
    ).toMatch(/Ukjent felt/);
    expect(
      (await fails(app, 'appointments.create', { ...main('Kari', '2026-01-01'), role: 'boss' })).fields.role,
    ).toMatch(/Velg rolle/);
  });

  test('nothing is written when a call is refused', async () => {
    await fails(app, 'appointments.create', main('Kari', '2026-02-31'));
    expect((await ok(app, 'appointments.list', { show: 'all' })).appointments).toEqual([]);
    expect(await ok(app, 'changeLog.list', {})).toEqual([]);
  });
});

describe('appointments.update, end, remove, get, list', () => {
  test('update changes a term and still checks overlap against the others only', async () => {
    const kari = await ok(app, 'appointments.create', main('Kari', '2024-03-01'));
    const ola = await ok(app, 'appointments.create', main('Ola', '2026-03-01'));
    const moved = await okLatest(app, 'appointments.update', {
      id: kari.id,
      ...main('Kari', '2024-03-01', '2025-12-31'),
      notes: 'Forkortet',
    });
    expect(moved).toMatchObject({ termEnd: '2025-12-31', notes: 'Forkortet' });
    const clash = await failsLatest(app, 'appointments.update', { id: ola.id, ...main('Ola', '2025-12-31') });
    expect(clash.fields.termStart).toContain('Kari');
    expect((await failsLatest(app, 'appointments.update', { id: 404, ...main('X', '2030-01-01') })).code).toBe(
      'not_found',
    );
  });

  test('ending early records date and reason and must fall inside the term', async () => {
    const kari = await ok(app, 'appointments.create', main('Kari', '2026-03-01'));
    const outside = await failsLatest(app, 'appointments.end', {
      id: kari.id,
      endedOn: '2029-01-01',
      reason: 'Sluttet',
    });
    expect(outside.fields.endedOn).toMatch(/01\.03\.2026–28\.02\.2028/);
    expect(
      (await failsLatest(app, 'appointments.end', { id: kari.id, endedOn: '2026-06-30', reason: '' })).fields.reason,
    ).toMatch(/Skriv kort/);
    const ended = await okLatest(app, 'appointments.end', {
      id: kari.id,
      endedOn: '2026-06-30',
      reason: 'Sluttet i kommunen',
    });
    expect(ended).toMatchObject({ endedEarlyOn: '2026-06-30', status: 'ended' });
    await ok(app, 'appointments.create', main('Ola', '2026-07-01'));
  });

  test('get, list by role and remove', async () => {
    const unit = await ok(app, 'units.create', { name: 'Skole' });
    const kari = await ok(app, 'appointments.create', main('Kari', '2026-03-01'));
    await ok(app, 'appointments.create', {
      role: 'unitContact',
      personName: 'Siri',
      termStart: '2026-01-01',
      unitId: unit.id,
    });
    expect((await ok(app, 'appointments.get', { id: kari.id })).personName).toBe('Kari');
    expect((await ok(app, 'appointments.list', { role: 'unitContact' })).appointments.map((a) => a.personName)).toEqual(
      ['Siri'],
    );
    expect(await okLatest(app, 'appointments.remove', { id: kari.id })).toEqual({ id: kari.id });
    expect((await fails(app, 'appointments.get', { id: kari.id })).code).toBe('not_found');
    expect((await failsLatest(app, 'appointments.remove', { id: kari.id })).code).toBe('not_found');
  });

  test('defaultTermEnd answers the form', async () => {
    expect(await ok(app, 'appointments.defaultTermEnd', { role: 'mainContact', termStart: '2026-03-01' })).toEqual({
      termEnd: '2028-02-28',
    });
    expect(
      (await fails(app, 'appointments.defaultTermEnd', { role: 'mainContact', termStart: '01.03.2026' })).fields
        .termStart,
    ).toBeTruthy();
  });
});

describe('hovedkontakt reminders', () => {
  const mainContact = async (today: string) =>
    (await ok(app, 'reminders.list', { today })).filter((r) => r.kind.startsWith('mainContact'));
  const kinds = async (today: string) => (await mainContact(today)).map((r) => `${r.kind}:${r.daysLeft}`);

  test('none appointed', async () => {
    const [reminder] = await mainContact('2026-11-23');
    expect(reminder).toMatchObject({ kind: 'mainContactMissing', dueDate: '2026-11-23', daysLeft: 0 });
  });

  test('term ending: the day before the lead time, the first day of it, the last day, and the day after', async () => {
    await ok(app, 'appointments.create', main('Kari', '2025-03-01'));
    // 120 days before 28.02.2027 is 31.10.2026.
    expect(await kinds('2026-10-30')).toEqual([]);
    expect(await kinds('2026-10-31')).toEqual(['mainContactTermEnding:120']);
    expect(await kinds('2027-02-28')).toEqual(['mainContactTermEnding:0']);
    expect(await kinds('2027-03-01')).toEqual(['mainContactExpired:-1']);
  });

  test('the lead time is a setting', async () => {
    await ok(app, 'appointments.create', main('Kari', '2025-03-01'));
    await ok(app, 'settings.update', { mainContactLeadDays: 30 });
    expect(await kinds('2027-01-28')).toEqual([]);
    expect(await kinds('2027-01-29')).toEqual(['mainContactTermEnding:30']);
  });

  test('a registered successor silences the reminder', async () => {
    await ok(app, 'appointments.create', main('Kari', '2025-03-01'));
    await ok(app, 'appointments.create', main('Ola', '2027-03-01'));
    expect(await kinds('2027-02-01')).toEqual([]);
  });

  test('a gap before the successor starts is reported', async () => {
    await ok(app, 'appointments.create', main('Kari', '2024-03-01'));
    await ok(app, 'appointments.create', main('Ola', '2026-06-01'));
    const [reminder] = await mainContact('2026-04-01');
    expect(reminder?.kind).toBe('mainContactExpired');
    expect(reminder?.message).toContain('Ola');
  });

  test('each reminder says what to do and by when', async () => {
    await ok(app, 'appointments.create', main('Kari', '2025-03-01'));
    const [reminder] = await mainContact('2026-11-23');
    expect(reminder?.message).toMatch(/Meld saken til AMU.*28\.02\.2027/);
    expect(reminder?.action.screen).toEqual({ screen: 'appointment.new', role: 'mainContact' });
  });
});
