import { type AppHandle, openApp } from '../core/app';
import { todayInOslo } from '../core/validation/dates';
import { historyDataset } from './dataset';
import type { BenchCase } from './run';

const apps = new Map<number, AppHandle>();

/** Oversikt's server calls for the current year (the shell's settings, reminders, the year at a glance). */
async function oversikt(years: number): Promise<void> {
  const app = apps.get(years)!;
  for (const [method, input] of [
    ['settings.get', undefined],
    ['reminders.list', {}],
    ['reports.keyFigures', {}],
  ] as const) {
    const result = await app.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  }
}

async function open(years: number): Promise<void> {
  if (apps.has(years)) return;
  const { file } = await historyDataset(years, todayInOslo());
  apps.set(years, await openApp({ dataFile: file, user: 'bench', dailyBackups: false }));
}

const on = (years: number) => ({ name: `the same on 1 year of history`, run: () => oversikt(years) });

export default [5, 15].map((years): BenchCase => ({
  name: `Oversikt's server calls, current year, on ${years} years of history`,
  setup: async () => {
    await open(1);
    await open(years);
  },
  run: () => oversikt(years),
  floor: on(1),
  target: 1.3,
}));
