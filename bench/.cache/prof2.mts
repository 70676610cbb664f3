import { stats } from './count.mts';
import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
const large = benches[4]!;
await large.setup!();
for (let i = 0; i < 4; i++) {
  for (const k of Object.keys(stats)) delete stats[k];
  clearProtectionCache();
  const t = performance.now();
  await large.run();
  console.log('cold', (performance.now() - t).toFixed(0), JSON.stringify(Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, `${v.n}/${v.ms.toFixed(0)}ms/${((v as any).it/v.n).toFixed(0)}it`]))));
}
console.log(JSON.stringify((globalThis as any).__st));
console.log(JSON.stringify(Object.entries((globalThis as any).__h).filter(([k])=>k.startsWith("block")).sort()));
console.log(JSON.stringify(Object.fromEntries(Object.entries((globalThis as any).__T).map(([k,v])=>[k,Math.round((v as number)/4)]))));
