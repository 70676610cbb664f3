import { type AppHandle, openApp } from '../core/app';
import { todayInOslo } from '../core/validation/dates';
import { historyDataset } from './dataset';
import { bareOpen } from './floors';
import type { BenchCase } from './run';

let file = '';

async function call(app: AppHandle, method: string, input: unknown): Promise<void> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
}

/** What the desktop does at start: open the data file (migrations, checks) and ask for the reminders, with the clock's today. */
async function start(): Promise<void> {
  const app = await openApp({ dataFile: file, user: 'bench', dailyBackups: false });
  try {
    await call(app, 'reminders.list', {});
  } finally {
    app.close();
  }
}

export default [
  {
    name: 'start on 15 years: openApp + reminders.list (clock today)',
    setup: async () => {
      file = (await historyDataset(15, todayInOslo())).file;
    },
    run: start,
    floor: { name: 'better-sqlite3 open + quick_check + count(*) of every table', run: () => bareOpen(file) },
    target: 2,
  },
] satisfies BenchCase[];
