import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
const large = benches[4]!;
await large.setup!();
const variants: Record<string, object> = JSON.parse(process.env.V ?? '{}');
const names = ['base', ...Object.keys(variants)];
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
clearProtectionCache(); await large.run();
for (let i = 0; i < Number(process.env.N ?? 6); i++) {
  for (const n of names) {
    (globalThis as any).__opts = n === 'base' ? {} : variants[n];
    clearProtectionCache();
    const t = performance.now();
    await large.run();
    times[n]!.push(performance.now() - t);
  }
}
for (const n of names) {
  const t = times[n]!.sort((a, b) => a - b);
  console.log(n.padEnd(12), 'median', t[t.length >> 1]!.toFixed(0), 'min', t[0]!.toFixed(0));
}
