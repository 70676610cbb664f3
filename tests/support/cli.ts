import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { openApp } from '../../core/app';
import { tempDir } from './app';

const ROOT = path.resolve(__dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run cli -- ...args` the way IT staff would, in a child process. */
export function runCli(...args: string[]): CliResult {
  // The CLI as built ahead of time (built here first if a source is newer), on the Node running the tests.
  const result = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'run.cjs'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A closed data file in a new folder, made through the app and holding one unit, «Helse». */
export async function dataFileWithOneUnit(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = path.join(dir, 'akan.sqlite');
  const app = await openApp({ dataFile: db, dailyBackups: false });
  await app.invoke('units.create', { name: 'Helse' });
  app.close();
  return { dir, db };
}
