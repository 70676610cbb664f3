import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIRST_SCREEN_LIMIT_KB, firstScreen } from './firstScreen';
import type { BenchCase, BenchFigure } from './run';

const ROOT = path.resolve(__dirname, '..');

/** Builds the app into a folder of its own and reports what the first screen loads. */
export async function figures(): Promise<BenchFigure[]> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bench-build-'));
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', out], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const screen = firstScreen(path.join(out, 'renderer'));
  const kb = screen.gzipBytes / 1024;
  return [
    {
      name: `first screen's JavaScript, gzip (Oversikt before its charts; ${screen.files.length} files, ${(screen.rawBytes / 1024).toFixed(0)} kB minified)`,
      value: `${kb.toFixed(0)} kB`,
      limit: `≤ ${FIRST_SCREEN_LIMIT_KB} kB`,
      ok: kb <= FIRST_SCREEN_LIMIT_KB,
    },
  ];
}

export default [] satisfies BenchCase[];
