import * as mod from '../statisticsRelations.bench.ts';
const benches: any[] = (mod as any).default.default ?? (mod as any).default;
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
const large = benches[4]!;
await large.setup!();
await useDisclosureWorkers(process.env.W === '0' ? 0 : undefined, process.env.BUILT ? { script: { file: process.cwd() + '/out/server/disclosureWorker.js', execArgv: [] } } : {});
const t = performance.now(); await large.run(); console.log('first publish in process, workers', process.env.W, (performance.now() - t).toFixed(0), 'ms');
const t2 = performance.now(); await large.run(); console.log('second (cold cache)', (performance.now() - t2).toFixed(0), 'ms');
await useDisclosureWorkers(0);
