import { spawnSync } from 'node:child_process';
import path from 'node:path';

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
