import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { contract } from '../../core/contract';
import type { ErrorBody } from '../../core/errors';
import type { Training } from '../../core/trainings/contract';
import { freshApp, ok } from '../support/app';

// Two people on one data file: two app handles (two windows, or the desktop and the CLI), each naming its user.
let kari: AppHandle;
let ola: AppHandle;

beforeEach(async () => {
  kari = await freshApp({ user: 'Kari Nordmann' });
  ola = await openApp({ dataFile: kari.dataFile, today: '2026-11-23', user: 'Ola Hansen', dailyBackups: false });
});

afterEach(() => {
  ola.close();
  kari.close();
});

async function refused(app: AppHandle, method: string, input: unknown): Promise<ErrorBody> {
  const result = await app.dispatch(method, input);
  if (result.ok) throw new Error(`${method} was accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

const CLOCK = /kl\. \d{2}\.\d{2}/;

async function plannedTraining(): Promise<Training> {
  const [topic] = await ok(kari, 'trainingTopics.list', undefined);
  const unit = await ok(kari, 'units.create', { name: 'Hjemmetjenesten', headcount: 40, leaderCount: 4 });
  return ok(kari, 'trainings.create', {
    topicId: topic!.id,
    audiences: ['leaders'],
    unitIds: [unit.id],
    start: '2026-12-03T09:00',
    end: '2026-12-03T12:00',
    location: 'Rådhuset',
  });
}

const sessionFields = (t: Training) => ({
  title: t.title,
  topicId: t.topicId,
  audiences: t.audiences,
  unitIds: t.units.map((u) => u.id),
  start: t.start,
  end: t.end,
  location: t.location,
});

describe('a change made from a stale copy is refused, never written', () => {
  test('two people edit the same training: the first wins, the second is told who and when, and sees her values', async () => {
    const opened = await plannedTraining();
    expect(opened.version).toBe(1);
    const olaCopy = await ok(ola, 'trainings.get', { id: opened.id });

    const saved = await ok(kari, 'trainings.update', {
      id: opened.id,
      version: opened.version,
      ...sessionFields(opened),
      location: 'Helsehuset',
    });
    expect(saved.version).toBe(2);

    const error = await refused(ola, 'trainings.update', {
      id: olaCopy.id,
      version: olaCopy.version,
      ...sessionFields(olaCopy),
      location: 'Kulturhuset',
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(
      /^Kari Nordmann endret denne opplæringen kl\. \d{2}\.\d{2}\. Se endringene og lagre på nytt\.$/,
    );
    expect(error.conflict).toMatchObject({ by: 'Kari Nordmann', current: { location: 'Helsehuset', version: 2 } });
    expect((await ok(ola, 'trainings.get', { id: opened.id })).location).toBe('Helsehuset');

    // Having seen Kari's change, Ola saves again from it: now his change is the newer one.
    const again = await ok(ola, 'trainings.update', {
      id: opened.id,
      version: 2,
      ...sessionFields(olaCopy),
      location: 'Kulturhuset',
    });
    expect(again).toMatchObject({ version: 3, location: 'Kulturhuset' });
    const row = kari.context.sqlite.prepare('SELECT version, updated_by FROM trainings WHERE id = ?').get(opened.id);
    expect(row).toEqual({ version: 3, updated_by: 'Ola Hansen' });
  });

  test('a stale remove, cancel or record-as-held is refused and the training stays as the other person left it', async () => {
    const opened = await plannedTraining();
    await ok(kari, 'trainings.cancel', { id: opened.id, version: 1, reason: 'For få påmeldte' });
    for (const [method, input] of [
      ['trainings.remove', { id: opened.id, version: 1 }],
      ['trainings.reopen', { id: opened.id, version: 1 }],
      ['trainings.cancel', { id: opened.id, version: 1, reason: 'Sykdom' }],
    ] as const) {
      const error = await refused(ola, method, input);
      expect(error.code, method).toBe('conflict');
      expect(error.message, method).toMatch(CLOCK);
    }
    expect(await ok(ola, 'trainings.get', { id: opened.id })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'For få påmeldte',
      version: 2,
    });
  });

  test('a refused save (a validation error) leaves the version where it was', async () => {
    const opened = await plannedTraining();
    const bad = await refused(kari, 'trainings.update', {
      id: opened.id,
      version: 1,
      ...sessionFields(opened),
      end: '2026-12-03T08:00',
    });
    expect(bad.code).toBe('validation');
    expect((await ok(kari, 'trainings.get', { id: opened.id })).version).toBe(1);
  });

  test('appointments, plan items and the summary are guarded the same way', async () => {
    const appointment = await ok(kari, 'appointments.create', {
      role: 'mainContact',
      personName: 'Anne Lie',
      decidedBy: 'AMU',
      termStart: '2026-01-01',
    });
    const fields = {
      role: appointment.role,
      personName: appointment.personName,
      decidedBy: appointment.decidedBy,
      termStart: appointment.termStart,
    };
    await ok(kari, 'appointments.update', { id: appointment.id, version: 1, ...fields, notes: 'Gjenoppnevnt' });
    const error = await refused(ola, 'appointments.update', { id: appointment.id, version: 1, ...fields });
    expect(error.message).toMatch(/^Kari Nordmann endret denne oppnevningen kl\./);
    expect(error.conflict?.current).toMatchObject({ notes: 'Gjenoppnevnt' });

    // The summary for a year nobody has written yet: both start from "none" (version 0); the second is refused.
    await ok(kari, 'reports.saveSummary', { year: 2026, version: 0, summaryText: 'Kari skrev først.' });
    const summary = await refused(ola, 'reports.saveSummary', { year: 2026, version: 0, summaryText: 'Ola skrev.' });
    expect(summary.message).toMatch(/^Kari Nordmann endret sammendraget kl\./);
    expect(summary.conflict?.current).toMatchObject({ summaryText: 'Kari skrev først.', version: 1 });
  });

  test('every write that changes an existing record needs the version it was read at', () => {
    const guarded = Object.entries(contract).filter(([, spec]) => spec.guard);
    expect(guarded.length).toBeGreaterThanOrEqual(30);
    for (const [method, spec] of guarded) {
      const parsed = spec.input.safeParse({ id: 1, year: 2026 });
      expect(parsed.success, method).toBe(false);
      expect(JSON.stringify(parsed.error?.issues.map((i) => i.path)), method).toContain('version');
    }
    const unguarded = Object.entries(contract)
      .filter(([method, spec]) => spec.kind === 'write' && !spec.guard && /\.(update|remove|archive)/.test(method))
      .map(([method]) => method);
    expect(unguarded).toEqual(['settings.update']);
  });
});

describe('the statistics grid, per cell', () => {
  async function grid() {
    await ok(kari, 'units.create', { name: 'Stab', headcount: 30 });
    const sheet = await ok(kari, 'statistics.quarter', { year: 2026, quarter: 4 });
    const [unit] = sheet.units;
    const [a, b, c] = sheet.indicators;
    const cell = (indicator: typeof a, value: number | null, was: number | null) => ({
      unitId: unit!.id,
      indicatorId: indicator!.id,
      value,
      was,
    });
    return { cell, a: a!, b: b!, c: c! };
  }

  test('a cell someone else changed since the grid was opened is refused at that cell, with their number', async () => {
    const { cell, a, b } = await grid();
    await ok(kari, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(a, 4, null)] });
    const error = await refused(ola, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 4,
      counts: [cell(a, 5, null), cell(b, 2, null)],
    });
    expect(error.code).toBe('conflict');
    expect(error.fields['counts.0.value']).toMatch(
      new RegExp(`^Stab, ${a.name}: Kari Nordmann endret tallet kl\\. \\d{2}\\.\\d{2}\\. Det står nå: 4\\.$`),
    );
    expect(error.fields['counts.1.value']).toBeUndefined();
    expect(error.conflict?.cells).toEqual([
      expect.objectContaining({ indicatorId: a.id, value: 4, by: 'Kari Nordmann' }),
    ]);
    const sheet = await ok(ola, 'statistics.quarter', { year: 2026, quarter: 4 });
    expect(sheet.values.map((v) => [v.indicatorId, v.value])).toEqual([[a.id, 4]]);

    // Saving again from what is stored now keeps Ola's numbers.
    const saved = await ok(ola, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 4,
      counts: [cell(a, 5, 4), cell(b, 2, null)],
    });
    expect(saved.changedCount).toBe(2);
  });

  test('a cell left as it was is never written, so it never undoes another person’s number', async () => {
    const { cell, a, b, c } = await grid();
    await ok(kari, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(a, 3, null)] });
    // Ola opened the grid before Kari saved: he saw a empty, and changes only b.
    const saved = await ok(ola, 'statistics.saveQuarter', {
      year: 2026,
      quarter: 4,
      counts: [cell(a, null, null), cell(b, 6, null), cell(c, null, null)],
    });
    expect(saved.changes.map((change) => change.indicatorId)).toEqual([b.id]);
    const values = (await ok(kari, 'statistics.quarter', { year: 2026, quarter: 4 })).values;
    expect(values.map((v) => [v.indicatorId, v.value]).sort()).toEqual([
      [a.id, 3],
      [b.id, 6],
    ]);
  });

  test('two people typing the same number is no conflict, and a removed number names nobody', async () => {
    const { cell, a, b } = await grid();
    await ok(kari, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(a, 4, null), cell(b, 1, null)] });
    await ok(ola, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(a, 4, null)] });
    await ok(kari, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(b, null, 1)] });
    const error = await refused(ola, 'statistics.saveQuarter', { year: 2026, quarter: 4, counts: [cell(b, 2, 1)] });
    expect(error.fields['counts.0.value']).toBe(
      `Stab, ${b.name}: Noen andre har fjernet tallet. Det står nå: ikke registrert.`,
    );
  });
});

describe('three writers on one record', () => {
  test('every acknowledged write follows the one before it, every refusal was a real conflict', async () => {
    const opened = await plannedTraining();
    const third = await openApp({
      dataFile: kari.dataFile,
      today: '2026-11-23',
      user: 'Per Berg',
      dailyBackups: false,
    });
    const writers = [kari, ola, third];
    const acknowledged: number[] = [];
    let refusals = 0;
    await Promise.all(
      writers.map(async (app, w) => {
        for (let round = 0; round < 40; round++) {
          const copy = await ok(app, 'trainings.get', { id: opened.id });
          await new Promise((resolve) => setTimeout(resolve, (round * 7 + w * 3) % 5));
          const result = await app.dispatch('trainings.update', {
            id: copy.id,
            version: copy.version,
            ...sessionFields(copy),
            location: `Skriver ${w}, runde ${round}`,
          });
          if (result.ok) acknowledged.push((result.value as Training).version);
          else {
            expect(result.error.code).toBe('conflict');
            const now = (result.error.conflict?.current as Training).version;
            expect(now).toBeGreaterThan(copy.version);
            refusals++;
          }
        }
      }),
    );
    third.close();
    // Each acknowledged write moved the version on by exactly one: no two were made from the same copy.
    expect([...acknowledged].sort((x, y) => x - y)).toEqual(acknowledged.map((_, i) => i + 2));
    expect(acknowledged.length + refusals).toBe(120);
    expect(refusals).toBeGreaterThan(0);
    const final = await ok(kari, 'trainings.get', { id: opened.id });
    expect(final.version).toBe(acknowledged.length + 1);
    const logged = await ok(kari, 'changeLog.list', {});
    expect(logged.filter((entry) => entry.label === 'Opplæring endret')).toHaveLength(acknowledged.length);
  });
});
