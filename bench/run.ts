import fs from 'node:fs';
import path from 'node:path';

export interface BenchCase {
  name: string;
  /** Optional one-time preparation, not measured. */
  setup?: () => Promise<void> | void;
  run: () => Promise<void> | void;
  /**
   * The floor this figure is judged against (bare better-sqlite3, bare exceljs, a static page …), run interleaved
   * with `run` in the same process so the ratio holds on a noisy machine.
   */
  floor?: { name: string; run: () => Promise<void> | void };
  runs?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `npm run bench`: every `bench/*.bench.ts`, one warm-up run, then timed runs; prints one table. */
async function main(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort();
  const rows: string[][] = [];
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { default: BenchCase[] | { default: BenchCase[] } };
    const cases = Array.isArray(mod.default) ? mod.default : mod.default.default;
    for (const bench of cases) {
      await bench.setup?.();
      await bench.run();
      const times: number[] = [];
      for (let i = 0; i < (bench.runs ?? 5); i++) {
        const start = performance.now();
        await bench.run();
        times.push(performance.now() - start);
      }
      rows.push([bench.name, median(times).toFixed(0), Math.min(...times).toFixed(0), Math.max(...times).toFixed(0), String(times.length)]);
    }
  }
  const header = ['benchmark', 'median ms', 'min ms', 'max ms', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log(`\nNode ${process.versions.node}, ${process.platform} ${process.arch}`);
}

void main();
