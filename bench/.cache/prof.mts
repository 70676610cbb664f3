import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
const large = benches[4]!;
await large.setup!();
const times: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 7); i++) {
  clearProtectionCache();
  const t = performance.now();
  await large.run();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('median', times[times.length >> 1]!.toFixed(0), 'min', times[0]!.toFixed(0), 'all', times.map((t) => t.toFixed(0)).join(' '));
