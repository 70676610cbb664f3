import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
const large = benches[4]!;
await large.setup!();
await useDisclosureWorkers(0);
const variants: Record<string, [object, object]> = JSON.parse(process.env.V!);
const names = Object.keys(variants);
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
clearProtectionCache(); await large.run();
for (let i = 0; i < 5; i++) for (const n of names) {
  [(globalThis as any).__attackOpts, (globalThis as any).__shiftOpts] = variants[n]!;
  clearProtectionCache(); const t = performance.now(); const r = await large.run(); times[n]!.push(performance.now() - t);
}
for (const n of names) { const t = times[n]!.sort((a, b) => a - b); console.log(n.padEnd(14), 'median', t[2]!.toFixed(0), 'min', t[0]!.toFixed(0)); }
