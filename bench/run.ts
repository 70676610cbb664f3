import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A step may answer its own duration in ms (a browser's first contentful paint); otherwise its wall time counts. */
type Step = () => Promise<void | number> | void | number;

export interface BenchCase {
  name: string;
  /** Optional one-time preparation, not measured. */
  setup?: Step;
  run: Step;
  /**
   * The floor this figure is judged against (bare better-sqlite3, bare exceljs, a static page …), run interleaved
   * with `run` in the same process so the ratio holds on a noisy machine.
   */
  floor?: { name: string; run: Step };
  /** The largest ratio (median against the floor's median) the figure may have. */
  target?: number;
  runs?: number;
  teardown?: Step;
}

/** A figure that is not a time (a size, a memory growth): measured once, printed with its limit. */
export interface BenchFigure {
  name: string;
  value: string;
  limit: string;
  ok: boolean;
}

interface BenchModule {
  default: BenchCase[];
  figures?: () => Promise<BenchFigure[]>;
}

const DEFAULT_RUNS = 7;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timed(step: Step): Promise<number> {
  const start = performance.now();
  const own = await step();
  return typeof own === 'number' ? own : performance.now() - start;
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/** One warm-up of each, then case and floor alternately, so both see the same machine. */
async function measure(bench: BenchCase): Promise<string[]> {
  await bench.setup?.();
  await bench.run();
  await bench.floor?.run();
  const times: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < (bench.runs ?? DEFAULT_RUNS); i++) {
    if (bench.floor) floors.push(await timed(bench.floor.run));
    times.push(await timed(bench.run));
  }
  await bench.teardown?.();
  const base = [bench.name, ms(median(times)), ms(Math.min(...times)), String(times.length)];
  if (!bench.floor) return [...base, '—', '—', '—', '—', bench.target === undefined ? '' : 'no floor'];
  const ratio = median(times) / median(floors);
  const verdict =
    bench.target === undefined ? '' : ratio <= bench.target ? `ok (≤ ${bench.target}×)` : `OVER ${bench.target}×`;
  return [...base, bench.floor.name, ms(median(floors)), ms(Math.min(...floors)), `${ratio.toFixed(2)}×`, verdict];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 4 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function load(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min) on ${os.cpus().length} cores`;
}

/** `npm run bench [-- word …]`: every `bench/*.bench.ts` (or those whose name holds a word); prints two tables. */
async function main(): Promise<void> {
  const words = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (words.length === 0 || words.some((w) => f.includes(w))))
    .sort();
  const loadBefore = load();
  const rows: string[][] = [];
  const figures: BenchFigure[] = [];
  for (const file of files) {
    const imported = (await import(path.join(__dirname, file))) as BenchModule | { default: BenchModule };
    const mod = Array.isArray(imported.default) ? (imported as BenchModule) : (imported.default as BenchModule);
    for (const bench of mod.default) rows.push(await measure(bench));
    if (mod.figures) figures.push(...(await mod.figures()));
  }
  console.log(
    table(['benchmark', 'median ms', 'min ms', 'runs', 'floor', 'floor median', 'floor min', 'ratio', 'target'], rows),
  );
  if (figures.length > 0) {
    console.log();
    console.log(
      table(
        ['figure', 'value', 'limit', 'verdict'],
        figures.map((f) => [f.name, f.value, f.limit, f.ok ? 'ok' : 'OVER']),
      ),
    );
  }
  console.log(`\nNode ${process.versions.node}, ${process.platform} ${process.arch}`);
  console.log(`before: ${loadBefore}\nafter:  ${load()}`);
}

if (require.main === module) void main();
