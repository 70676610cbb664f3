import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
import { figures } from '../statisticsRelations.bench.ts';
const large = benches[4]!;
await large.setup!();
for (const w of [0, 2, 0, 2]) {
  await useDisclosureWorkers(w);
  clearProtectionCache(); await large.run();
  const f = await figures();
  console.log('workers', w, f.map((x) => x.value).join(' | '));
}
await useDisclosureWorkers(0);
