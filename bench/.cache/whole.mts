import { stats } from './count.mts';
import * as solver from '../../core/disclosure/suppressSolver.ts';
import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
// time of the first solve of each model
for (const cls of [solver.AttackModel, solver.ProtectionModel]) {
  for (const name of Object.getOwnPropertyNames(cls.prototype)) {
    if (!['maximize','minimize','raiseTogether','lowerTogether','cheapestShift'].includes(name)) continue;
    const orig = (cls.prototype as any)[name];
    (cls.prototype as any)[name] = function (...a: any[]) {
      const first = !(this as any).__solved; (this as any).__solved = true;
      const t = performance.now();
      try { return orig.apply(this, a); } finally { if (first) { const key = ((globalThis as any).__phase ?? 'main') + ':first:' + cls.name; const s = (stats[key] ??= { n: 0, ms: 0 } as any); s.n++; s.ms += performance.now() - t; } }
    };
  }
}
const large = benches[4]!;
await large.setup!();
await useDisclosureWorkers(2);
clearProtectionCache(); await large.run();
for (const k of Object.keys(stats)) delete stats[k];
clearProtectionCache(); await large.run();
console.log(Object.entries(stats).map(([k, v]) => `${k} ${v.n} ${v.ms.toFixed(0)}ms`).join('\n'));
await useDisclosureWorkers(0);
