import type { Screen } from '../../core/screens';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildHistory } from '../../bench/dataset/build';
import { everyScreen } from '../../bench/screens';
import { type AppHandle, openApp } from '../../core/app';
import { demoContext } from '../../core/demo/types';
import type { Training } from '../../core/trainings/contract';
import { ok } from '../support/app';

// Two years of a 200-unit municipality, built through the contract as the bench's fifteen are.
const TODAY = '2026-11-23';
const YEARS = [2025, 2026];
let app: AppHandle;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-history-'));
  app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), today: TODAY, user: 'test', dailyBackups: false });
  await buildHistory(demoContext(app, TODAY), { lastYear: 2026, years: YEARS.length, today: TODAY });
}, 600_000);

afterAll(() => app.close());

async function everySession(): Promise<Training[]> {
  const years = await Promise.all(YEARS.map(async (year) => (await ok(app, 'trainings.list', { year })).sessions));
  return years.flat();
}

/** The record each reminder of a kind points to, as `screen:id`. */
const targets = (reminders: { kind: string; action: { screen: Screen } }[], kind: string) =>
  reminders
    .filter((r) => r.kind === kind)
    .map((r) => `${r.action.screen.screen}:${'id' in r.action.screen ? r.action.screen.id : ''}`)
    .sort();

describe('on years of history the answers read from fewer rows are the answers read from all of them', () => {
  test('training and plan reminders are exactly those the whole history gives', async () => {
    const reminders = await ok(app, 'reminders.list', {});
    const sessions = await everySession();
    const begun = sessions.filter((s) => s.status !== 'cancelled' && s.start.slice(0, 10) <= TODAY);
    const training = (s: { id: number }) => `training:${s.id}`;
    const withoutCounts = begun
      .filter((s) => s.status === 'held' && s.participants.length === 0)
      .map((s) => `training.recordHeld:${s.id}`)
      .sort();
    const notClosed = begun
      .filter((s) => s.status === 'planned' && s.start.slice(0, 10) < TODAY)
      .map(training)
      .sort();
    expect(withoutCounts.length).toBeGreaterThan(YEARS.length);
    expect(notClosed.length).toBeGreaterThan(YEARS.length);
    expect(targets(reminders, 'trainingMissingCounts')).toEqual(withoutCounts);
    expect(targets(reminders, 'trainingNotClosed')).toEqual(notClosed);

    const plans = await Promise.all([...YEARS, 2027].map((year) => ok(app, 'plan.list', { year })));
    const overdue = plans.flatMap((p) => p.items.filter((i) => i.overdue).map((i) => `planItem:${i.id}`)).sort();
    expect(overdue.length).toBeGreaterThan(0);
    expect(targets(reminders, 'planItemOverdue')).toEqual(overdue);
  }, 120_000);

  test("Oversikt's key figures and charts are the annual report's, for every year", async () => {
    for (const year of YEARS) {
      const [glance, report] = [
        await ok(app, 'reports.keyFigures', { year }),
        await ok(app, 'reports.preview', { year }),
      ];
      expect(glance.keyFigures).toEqual(report.keyFigures);
      expect(glance.charts).toEqual(report.sections.flatMap((s) => s.charts));
      const held = (await ok(app, 'trainings.list', { year })).sessions.filter((s) => s.status === 'held');
      expect(glance.keyFigures.find((f) => f.id === 'sessionsHeld')?.value).toBe(held.length);
    }
  }, 300_000);

  test('a campaign list of one year holds every campaign whose period touches it', async () => {
    const lists = await Promise.all(YEARS.map((year) => ok(app, 'campaigns.list', { year })));
    const ids = lists.flatMap((l) => l.campaigns.map((c) => c.id));
    expect(new Set(ids).size).toBe(44 * YEARS.length);
    for (const [i, list] of lists.entries()) {
      expect(
        list.campaigns.every((c) => c.periodStart <= `${YEARS[i]}-12-31` && c.periodEnd >= `${YEARS[i]}-01-01`),
      ).toBe(true);
      expect(list.campaigns.every((c) => c.units.length === 30 && c.channels.length === 2)).toBe(true);
    }
  }, 60_000);
});

describe('memory stays flat', () => {
  // The publication view is left out only for time: its disclosure control is the slowest call and keeps no state.
  test('the heap after five rounds of every screen is within 1.3× of the heap after one', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heapAfter = async (rounds: number) => {
      for (let i = 0; i < rounds; i++) await everyScreen(app, 2026, ['Publisering']);
      gc();
      return process.memoryUsage().heapUsed;
    };
    const early = await heapAfter(1);
    const late = await heapAfter(4);
    expect(late / early).toBeLessThan(1.3);
  }, 600_000);
});
