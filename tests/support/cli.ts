import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run cli -- ...args` the way IT staff would, in a child process. */
export function runCli(...args: string[]): CliResult {
  const result = spawnSync(TSX, [path.join(ROOT, 'cli', 'index.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
