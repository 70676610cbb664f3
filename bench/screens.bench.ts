import v8 from 'node:v8';
import vm from 'node:vm';
import { type AppHandle, openApp } from '../core/app';
import { todayInOslo } from '../core/validation/dates';
import { historyDataset } from './dataset';
import type { BenchCase, BenchFigure } from './run';
import { everyScreen, openScreen, screenCalls } from './screens';

const ROUNDS = 10;
const SWITCH_LIMIT_MS = 300;
const YEAR = Number(todayInOslo().slice(0, 4));
let app: AppHandle;

async function ready(): Promise<AppHandle> {
  app ??= await openApp({
    dataFile: (await historyDataset(15, todayInOslo())).file,
    user: 'bench',
    dailyBackups: false,
  });
  return app;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Resident memory after the first round of every screen and after ten; the process must give back what a round takes. */
async function memoryFigures(): Promise<BenchFigure[]> {
  const handle = await ready();
  v8.setFlagsFromString('--expose-gc');
  // A collection first, so the heap figures are what is kept, not garbage that is yet to be collected.
  const gc = vm.runInNewContext('gc') as () => void;
  await everyScreen(handle, YEAR);
  gc();
  const first = process.memoryUsage();
  for (let round = 1; round < ROUNDS; round++) await everyScreen(handle, YEAR);
  gc();
  const last = process.memoryUsage();
  const rss = last.rss / first.rss;
  return [
    {
      name: `resident memory after ${ROUNDS} rounds of every screen on 15 years (after 1: ${mb(first.rss)})`,
      value: `${mb(last.rss)} (${rss.toFixed(2)}×)`,
      limit: '≤ 1.5×',
      ok: rss <= 1.5,
    },
    {
      name: `JS heap kept after ${ROUNDS} rounds (after 1: ${mb(first.heapUsed)})`,
      value: `${mb(last.heapUsed)} (${(last.heapUsed / first.heapUsed).toFixed(2)}×)`,
      limit: '≤ 1.5×',
      ok: last.heapUsed / first.heapUsed <= 1.5,
    },
  ];
}

/** Each screen's server calls (median of 5) and the rows of its longest list, on 15 years. */
async function screenFigures(): Promise<BenchFigure[]> {
  const handle = await ready();
  const figures: BenchFigure[] = [];
  for (const [name, calls] of Object.entries(screenCalls(YEAR))) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await openScreen(handle, calls);
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    let rows = 0;
    for (const [method, input] of calls) {
      const answer = await handle.dispatch(method, input);
      const value = answer.ok ? answer.value : null;
      const lists = Array.isArray(value) ? [value] : Object.values(value ?? {}).filter((v) => Array.isArray(v));
      rows = Math.max(rows, ...lists.map((list) => (list as unknown[]).length));
    }
    figures.push({
      name: `screen ${name} on 15 years: server calls (median of 5), rows of its longest list`,
      value: `${median.toFixed(0)} ms, ${rows} rows`,
      limit: `≤ ${SWITCH_LIMIT_MS} ms, ≤ 200 rows`,
      ok: median <= SWITCH_LIMIT_MS && rows <= 200,
    });
  }
  return figures;
}

export async function figures(): Promise<BenchFigure[]> {
  const result = [...(await screenFigures()), ...(await memoryFigures())];
  app.close();
  return result;
}

export default [] satisfies BenchCase[];
