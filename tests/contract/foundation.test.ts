import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { contract } from '../../core/contract';
import { handlers } from '../../core/handlers';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

describe('dispatch', () => {
  test('every contract method has a handler and vice versa', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  test('unknown methods, prototype names and non-strings answer an error, never throw', async () => {
    for (const method of ['nope.nothing', '__proto__', 'constructor', 'toString', 42, null, undefined, {}]) {
      const result = await app.dispatch(method, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_method');
    }
  });

  test('a wrong shape answers a validation error with Norwegian messages per field', async () => {
    const error = await fails(app, 'committee.create', { name: 42, committeeRole: null });
    expect(error).toMatchObject({ code: 'validation', message: 'Noen felt må rettes før du kan lagre.' });
    expect(error.fields).toEqual({ name: 'Verdien må være tekst.', committeeRole: 'Feltet må fylles ut.' });
    expect((await fails(app, 'committee.create', 'tekst')).fields._).toBe('Verdien må være et skjema.');
  });

  test('a failing write leaves nothing behind and is not logged', async () => {
    await ok(app, 'committee.create', { name: 'Hilde', committeeRole: 'Personalleder' });
    await failsLatest(app, 'committee.update', { id: 999, name: 'X', committeeRole: 'Y' });
    expect(await ok(app, 'changeLog.list', {})).toHaveLength(1);
  });

  test('writes are logged with user, method and entity; reads are not', async () => {
    const member = await ok(app, 'committee.create', { name: 'Hilde', committeeRole: 'Personalleder' });
    await ok(app, 'committee.list', undefined);
    const [entry] = await ok(app, 'changeLog.list', {});
    expect(entry).toMatchObject({
      user: 'tester',
      method: 'committee.create',
      label: 'Utvalgsmedlem lagt til',
      entityId: member.id,
    });
  });
});

describe('settings', () => {
  test('defaults, update and validation', async () => {
    const defaults = await ok(app, 'settings.get', undefined);
    expect(defaults).toMatchObject({
      organisationName: '',
      mainContactLeadDays: 120,
      disclosureK: 3,
      coverageYears: 3,
    });
    const updated = await ok(app, 'settings.update', {
      organisationName: '  Eksempel kommune ',
      mainContactLeadDays: 90,
    });
    expect(updated).toMatchObject({ organisationName: 'Eksempel kommune', mainContactLeadDays: 90, disclosureK: 3 });
    expect((await fails(app, 'settings.update', { disclosureK: 2 })).fields.disclosureK).toBe(
      'Skjermingsgrensen må være et heltall fra 3 til 10.',
    );
    expect((await fails(app, 'settings.update', { mainContactLeadDays: 10.5 })).fields.mainContactLeadDays).toMatch(
      /heltall/,
    );
    expect((await fails(app, 'settings.update', { organisationName: '' })).fields.organisationName).toMatch(
      /Skriv navnet/,
    );
    expect(
      (await fails(app, 'settings.update', { annualReportDueDate: '02-30x' })).fields.annualReportDueDate,
    ).toBeTruthy();
    expect((await ok(app, 'settings.get', undefined)).mainContactLeadDays).toBe(90);
  });
});

describe('committee', () => {
  test('create, update, list sorted by name, and period rule', async () => {
    const tor = await ok(app, 'committee.create', {
      name: 'Tor',
      committeeRole: 'Ruskonsulent',
      email: 'tor@kommune.no',
    });
    await ok(app, 'committee.create', { name: 'Anne', committeeRole: 'AKAN-hovedkontakt' });
    expect((await ok(app, 'committee.list', undefined)).map((m) => m.name)).toEqual(['Anne', 'Tor']);
    const updated = await okLatest(app, 'committee.update', {
      id: tor.id,
      name: 'Tor H.',
      committeeRole: 'Ruskonsulent',
      activeFrom: '2024-01-01',
      activeTo: '2026-12-31',
    });
    expect(updated).toMatchObject({ name: 'Tor H.', email: null, activeTo: '2026-12-31' });
    const wrong = await failsLatest(app, 'committee.update', {
      id: tor.id,
      name: 'Tor',
      committeeRole: 'R',
      activeFrom: '2026-01-01',
      activeTo: '2025-01-01',
    });
    expect(wrong.fields.activeTo).toBe('Sluttdato må være etter startdato.');
    expect(
      (await fails(app, 'committee.create', { name: 'X', committeeRole: 'Y', email: 'ikke-en-adresse' })).fields.email,
    ).toMatch(/gyldig e-postadresse/);
  });
});

describe('units (foundation part)', () => {
  test('create nested units and refuse an unknown parent', async () => {
    const sector = await ok(app, 'units.create', { name: 'Helse', headcount: null });
    const unit = await ok(app, 'units.create', {
      name: 'Sykehjem',
      parentId: sector.id,
      headcount: 120,
      leaderCount: 8,
    });
    expect(unit).toMatchObject({ parentId: sector.id, headcount: 120, leaderCount: 8, archived: false });
    expect((await fails(app, 'units.create', { name: 'X', parentId: 999 })).fields.parentId).toMatch(/finnes ikke/);
    expect((await fails(app, 'units.create', { name: 'X', headcount: -1 })).fields.headcount).toMatch(/negativt/);
  });
});
