import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { todayInOslo } from '../core/validation/dates';
import { historyDataset } from './dataset';
import type { BenchCase } from './run';

const ROOT = path.resolve(__dirname, '..');
let file = '';

function node(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
}

/** A bare Node start that does the least the command must: open the file, check it, count every table. */
const FLOOR = `const D=require('better-sqlite3');const s=new D(process.argv[1]);s.pragma('quick_check');for(const t of s.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").pluck().all())s.prepare('SELECT count(*) FROM "'+t+'"').get();s.close()`;

export default [
  {
    name: 'CLI: `reminders` on 15 years, as `npm run cli` runs it (built ahead, clock today)',
    setup: async () => {
      file = (await historyDataset(15, todayInOslo())).file;
      node([path.join(ROOT, 'cli', 'run.cjs'), '--build']);
    },
    run: () => node([path.join(ROOT, 'cli', 'run.cjs'), 'reminders', '--db', file]),
    floor: {
      name: 'node start + better-sqlite3 open, quick_check, count(*) of every table',
      run: () => node(['-e', FLOOR, file]),
    },
    target: 4,
  },
] satisfies BenchCase[];
