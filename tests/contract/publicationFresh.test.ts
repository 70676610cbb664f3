import { afterEach, beforeEach, expect, test } from 'vitest';
import { type AppHandle, openApp } from '../../core/app';
import { dataVersion } from '../../core/dataVersion';
import type { Indicator } from '../../core/statistics/contract';
import { NEW_AGREEMENTS } from '../../core/statistics/defaults';
import { freshApp, ok } from '../support/app';

// Published views are kept while the data file is unchanged (core/dataVersion.ts); these show that no change,
// by this connection or another, is ever answered with a view kept from before it.
let app: AppHandle;
let other: AppHandle | undefined;
let units: number[];
let indicator: Indicator;

beforeEach(async () => {
  app = await freshApp();
  units = [];
  for (const name of ['Skole', 'Barnehage', 'Sykehjem']) units.push((await ok(app, 'units.create', { name })).id);
  indicator = (await ok(app, 'statisticsIndicators.list', {})).find((i) => i.name === NEW_AGREEMENTS)!;
});

afterEach(() => {
  other?.close();
  other = undefined;
  app.close();
});

const save = (on: AppHandle, year: number, quarter: number, values: number[]) =>
  ok(on, 'statistics.saveQuarter', {
    year,
    quarter,
    counts: values.map((value, i) => ({ unitId: units[i]!, indicatorId: indicator.id, value })),
  });

async function yearTotal(on: AppHandle, year: number): Promise<unknown> {
  const published = await ok(on, 'statistics.publish', { year, by: 'year', units: false });
  return published.tables.find((t) => t.indicator.id === indicator.id)!.table.grandTotal;
}

test('the data version moves with this connection’s writes and another’s commits, and not with reads', async () => {
  const before = dataVersion(app.context.sqlite);
  await ok(app, 'statistics.publish', { year: 2026, by: 'year', units: false });
  expect(dataVersion(app.context.sqlite)).toBe(before);
  await save(app, 2026, 1, [5, 6, 7]);
  const afterOwn = dataVersion(app.context.sqlite);
  expect(afterOwn).not.toBe(before);
  other = await openApp({ dataFile: app.context.dataFile, today: '2026-11-23', user: 'other' });
  await save(other, 2026, 2, [4, 4, 4]);
  expect(dataVersion(app.context.sqlite)).not.toBe(afterOwn);
});

test('a view shown again after a change shows the change: this year, last year and through the year boundary', async () => {
  await save(app, 2025, 4, [10, 10, 10]);
  await save(app, 2026, 1, [5, 6, 7]);
  expect(await yearTotal(app, 2026)).toBe(18);
  expect(await yearTotal(app, 2025)).toBe(30);

  await save(app, 2026, 1, [5, 6, 9]);
  expect(await yearTotal(app, 2026)).toBe(20);
  await save(app, 2025, 4, [10, 10, 20]);
  expect(await yearTotal(app, 2025)).toBe(40);
  expect(await yearTotal(app, 2026)).toBe(20);
});

test('a change saved through another connection to the same file is seen by the next showing', async () => {
  await save(app, 2026, 1, [5, 6, 7]);
  expect(await yearTotal(app, 2026)).toBe(18);
  other = await openApp({ dataFile: app.context.dataFile, today: '2026-11-23', user: 'other' });
  await save(other, 2026, 1, [15, 6, 7]);
  expect(await yearTotal(app, 2026)).toBe(28);
});
