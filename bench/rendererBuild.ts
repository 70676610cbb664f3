import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
let built: string | undefined;

/** The app built into a folder of its own, once per bench run; answers the built renderer's folder. */
export function builtRenderer(): string {
  if (built) return built;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bench-build-'));
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', out], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  built = path.join(out, 'renderer');
  return built;
}
