import { FIRST_SCREEN_LIMIT_KB, firstScreen } from './firstScreen';
import { builtRenderer } from './rendererBuild';
import type { BenchCase, BenchFigure } from './run';

/** Reports what the first screen of the built app loads. */
export async function figures(): Promise<BenchFigure[]> {
  const screen = firstScreen(builtRenderer());
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
