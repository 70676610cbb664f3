// The command line as IT staff run it (`npm run cli -- …`): the CLI built ahead of time into out/cli/index.cjs,
// so no TypeScript is compiled at run time. It is built by `npm run build`, and here again only when a source
// file is newer than the build (a fresh checkout, or a change during development). `--build` only builds.
const fs = require('node:fs');
const module_ = require('node:module');
const path = require('node:path');

// Node keeps the compiled code of the CLI and its libraries on disk, so a later start does not compile them again.
module_.enableCompileCache?.();

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out', 'cli', 'index.cjs');
const SOURCES = ['cli', 'core', 'db'].map((dir) => path.join(ROOT, dir));

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|json|sql)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  SOURCES.forEach(walk);
  return newest;
}

function build() {
  const temporary = `${OUT}.${process.pid}.tmp`;
  require('esbuild').buildSync({
    entryPoints: [path.join(ROOT, 'cli', 'index.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // Pure-JavaScript libraries go into the bundle (resolving their hundreds of files costs more than running them);
    // native and WebAssembly packages, and exceljs (loaded only for a report), stay in node_modules.
    external: ['better-sqlite3', 'highs', '@resvg/resvg-js', 'exceljs'],
    minifySyntax: true,
    logLevel: 'warning',
  });
  // Renamed into place, so a CLI started meanwhile never reads half a file.
  fs.renameSync(temporary, OUT);
}

function isStale() {
  try {
    return fs.statSync(OUT).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

if (process.argv[2] === '--build') {
  build();
} else {
  if (isStale()) build();
  require(OUT);
}
