import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
const large = benches[4]!;
await large.setup!();
for (const w of JSON.parse(process.env.W ?? '[2]')) {
  await useDisclosureWorkers(w);
  clearProtectionCache(); await large.run();
  (globalThis as any).__T = {};
  const N = 5; const times: number[] = [];
  for (let i = 0; i < N; i++) { clearProtectionCache(); const t = performance.now(); await large.run(); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log('workers', w, 'median', times[N >> 1]!.toFixed(0), JSON.stringify(Object.fromEntries(Object.entries((globalThis as any).__T).map(([k, v]) => [k, Math.round((v as number) / N)]))));
}
await useDisclosureWorkers(0);
