import { beforeEach, describe, expect, test } from 'vitest';
import type { AppHandle } from '../../core/app';
import { fails, freshApp, ok, okLatest, failsLatest } from '../support/app';

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});

describe('one submit answers every problem, rules across fields included', () => {
  test('committee member: missing name and role, a bad e-mail and an end before the start, all at once', async () => {
    const error = await fails(app, 'committee.create', {
      name: '',
      committeeRole: '',
      email: 'x',
      activeFrom: '2026-05-01',
      activeTo: '2026-01-01',
    });
    expect(Object.keys(error.fields).sort()).toEqual(['activeTo', 'committeeRole', 'email', 'name']);
    expect(error.fields.activeTo).toBe('Sluttdato må være etter startdato.');
  });

  test('training: an end before the start is named together with a missing topic, audience and a bad link', async () => {
    const error = await fails(app, 'trainings.create', {
      topicId: null,
      audiences: [],
      start: '2026-12-01T10:00',
      end: '2026-12-01T09:00',
      videoLink: 'http://x',
      capacity: -1,
    });
    expect(Object.keys(error.fields).sort()).toEqual(['audiences', 'capacity', 'end', 'topicId', 'videoLink']);
    expect(error.fields.end).toBe('Slutt må være etter start. Sjekk dato og klokkeslett.');
  });

  test('campaign: a period in the wrong order is named together with every missing field', async () => {
    const error = await fails(app, 'campaigns.create', {
      title: '',
      themeId: null,
      channels: [],
      periodStart: '2026-05-01',
      periodEnd: '2026-04-01',
      status: 'nope',
      materials: ['http://x'],
    });
    expect(Object.keys(error.fields).sort()).toEqual([
      'channels',
      'materials.0',
      'periodEnd',
      'status',
      'themeId',
      'title',
    ]);
    expect(error.fields.periodEnd).toBe('Sluttdato kan ikke være før startdato.');
  });

  test('a well-formed member with its period in order is saved, and one in the wrong order is refused on update too', async () => {
    const member = await ok(app, 'committee.create', {
      name: 'Hilde',
      committeeRole: 'Personalleder',
      activeFrom: '2026-01-01',
      activeTo: '2026-12-31',
    });
    const error = await failsLatest(app, 'committee.update', {
      id: member.id,
      name: 'Hilde',
      committeeRole: 'Personalleder',
      activeFrom: '2026-06-01',
      activeTo: '2026-01-01',
    });
    expect(error.fields).toEqual({ activeTo: 'Sluttdato må være etter startdato.' });
  });

  test('a committee member added by mistake is removed; one responsible for plan items is refused with what to do', async () => {
    const member = await ok(app, 'committee.create', { name: 'Feil', committeeRole: 'Ruskonsulent' });
    expect(await okLatest(app, 'committee.remove', { id: member.id })).toEqual({ id: member.id });
    expect(await ok(app, 'committee.list', undefined)).toEqual([]);
    const kept = await ok(app, 'committee.create', { name: 'Tor', committeeRole: 'Ruskonsulent' });
    await ok(app, 'plan.create', {
      year: 2026,
      activity: 'Kurs',
      kind: 'training',
      responsibleMemberId: kept.id,
      status: 'notStarted',
    } as never);
    const refusal = await failsLatest(app, 'committee.remove', { id: kept.id });
    expect(refusal.code).toBe('refused');
    expect(refusal.message).toContain('Sett en sluttdato i stedet');
  });

  test('the report deadline is a real day and month: 31.02 is refused, 29.02 allowed', async () => {
    expect((await fails(app, 'settings.update', { annualReportDueDate: '02-31' })).fields.annualReportDueDate).toBe(
      'Den datoen finnes ikke. Velg en dag som finnes i måneden.',
    );
    expect(
      (await fails(app, 'settings.update', { annualReportDueDate: '04-31' })).fields.annualReportDueDate,
    ).toBeDefined();
    expect((await ok(app, 'settings.update', { annualReportDueDate: '02-29' })).annualReportDueDate).toBe('02-29');
  });

  test('the first-start guide remembers its step; files from before the guide count as done', async () => {
    expect((await ok(app, 'settings.get', undefined)).guideStep).toBe('done');
    await ok(app, 'settings.update', { organisationName: 'Fjellbygd', guideStep: 'committee' });
    expect((await ok(app, 'settings.get', undefined)).guideStep).toBe('committee');
    expect((await fails(app, 'settings.update', { guideStep: 'later' })).fields.guideStep).toBeDefined();
  });
});
