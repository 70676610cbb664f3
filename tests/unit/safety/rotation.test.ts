import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openApp } from '../../../core/app';
import { runDailyBackup } from '../../../core/backups/daily';
import { dailyBackupsToRemove, KEEP_DAILY, KEEP_MONTHLY } from '../../../core/backups/rotation';
import { addDays } from '../../../core/validation/dates';
import { tempDir } from '../../support/app';

function daysFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i));
}

function kept(days: string[]): string[] {
  const removed = new Set(dailyBackupsToRemove(days));
  return days.filter((d) => !removed.has(d)).sort();
}

describe('rotation of daily backups', () => {
  test('after a year and a half of daily backups: the last 14 days and the newest of each of the last 12 months', () => {
    const days = daysFrom('2025-01-01', 540); // up to 2026-06-24
    const left = kept(days);
    expect(left.slice(-KEEP_DAILY)).toEqual(daysFrom('2026-06-11', 14));
    const monthly = left.slice(0, -KEEP_DAILY);
    expect(monthly).toEqual([
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
    // June 2026 is the twelfth month; its newest backup is among the 14 daily ones.
    expect(left).toHaveLength(KEEP_DAILY + KEEP_MONTHLY - 1);
  });

  test('a PC that was off for weeks still keeps its last 14 backups', () => {
    const days = [...daysFrom('2026-01-01', 20), ...daysFrom('2026-03-10', 3)];
    expect(kept(days)).toEqual([...daysFrom('2026-01-10', 11), ...daysFrom('2026-03-10', 3)]);
  });

  test('properties: never removes the newest, keeps at most 26, is stable when run again, removes only what it was given', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 200 }), (days) => {
        const unique = [...new Set(days)].sort();
        const removed = dailyBackupsToRemove(days);
        const left = unique.filter((d) => !removed.includes(d));
        if (unique.length > 0) expect(left).toContain(unique.at(-1));
        expect(left.length).toBeLessThanOrEqual(KEEP_DAILY + KEEP_MONTHLY);
        expect(dailyBackupsToRemove(left)).toEqual([]);
        for (const d of removed) expect(unique).toContain(d);
        expect(left.slice(-KEEP_DAILY)).toEqual(unique.slice(-KEEP_DAILY));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the daily backup with an injected clock', () => {
  test('one backup per day, rotated, the same files every run', async () => {
    const dir = tempDir();
    let clock = new Date('2026-01-15T07:30:00Z');
    const app = await openApp({
      dataFile: path.join(dir, 'akan.sqlite'),
      now: () => clock,
      user: 'klokke',
      dailyBackups: false,
    });
    await app.invoke('units.create', { name: 'Helse' });
    const backups = path.join(dir, 'backups');
    const outcomes: string[] = [];
    for (let day = 0; day < 50; day++) {
      clock = new Date(clock.getTime() + 86_400_000);
      outcomes.push(await runDailyBackup(app.context));
      if (day % 10 === 0) outcomes.push(await runDailyBackup(app.context)); // again the same day: nothing new
    }
    const id = JSON.parse(
      String(app.context.sqlite.prepare(`SELECT value FROM settings WHERE key = 'dataFileId'`).pluck().get()),
    ) as string;
    app.close();
    expect(outcomes.filter((o) => o === 'made')).toHaveLength(50);
    expect(outcomes.filter((o) => o === 'exists')).toHaveLength(5);
    const names = fs.readdirSync(backups).sort();
    // 2026-01-16 … 2026-03-06: the last 14 days, and the newest of January (February's is among the 14).
    expect(names).toEqual(['2026-01-31', ...daysFrom('2026-02-21', 14)].map((d) => `daglig-${d}-${id}.sqlite`));
  });
});
