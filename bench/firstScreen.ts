import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The largest first screen (Oversikt, before its charts arrive) the renderer may send, gzip-compressed. */
export const FIRST_SCREEN_LIMIT_KB = 250;

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g;

function staticClosure(assets: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(assets, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(path.basename(spec!));
  };
  entries.forEach(visit);
  return seen;
}

export interface FirstScreen {
  files: string[];
  gzipBytes: number;
  rawBytes: number;
}

/**
 * The JavaScript a start on Oversikt loads before its content can show: the entry in index.html with everything it
 * imports statically, and the Oversikt chunk with its static imports. Chunks loaded with `import()` are left out.
 */
export function firstScreen(rendererDir: string): FirstScreen {
  const assets = path.join(rendererDir, 'assets');
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href|content)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const loaded = staticClosure(assets, entries);
  // The Oversikt chunk this build's entry names (a folder built into twice holds older ones too).
  const named = [...loaded].flatMap((file) =>
    [...fs.readFileSync(path.join(assets, file), 'utf8').matchAll(/["']\.\/(OversiktPage-[^"']+\.js)["']/g)].map(
      (m) => m[1]!,
    ),
  );
  const oversikt = [...new Set(named)];
  if (entries.length === 0 || oversikt.length !== 1)
    throw new Error(`Cannot find the entry and the Oversikt chunk in ${rendererDir}`);
  const files = [...staticClosure(assets, [...entries, ...oversikt])].sort();
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(assets, file));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzipBytes, rawBytes };
}
