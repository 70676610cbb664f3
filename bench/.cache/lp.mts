import { stats } from './count.mts';
import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { figures } from '../statisticsRelations.bench.ts';
const large = benches[4]!;
await large.setup!();
clearProtectionCache(); await large.run();
for (const b of JSON.parse(process.env.B ?? '[0]')) {
  (globalThis as any).__batch = b;
  for (const k of Object.keys(stats)) delete stats[k];
  clearProtectionCache();
  const t = performance.now();
  await large.run();
  const el = performance.now() - t;
  const total = Object.values(stats).reduce((a, v) => a + v.n, 0);
  const ms = Object.values(stats).reduce((a, v) => a + v.ms, 0);
  const f = await figures();
  console.log('batch', b, 'LPs', total, 'LPms', ms.toFixed(0), 'wall', el.toFixed(0), f.map((x) => x.value).join(' | '));
}
