import fs from 'node:fs';
import { solveBlocks, useDisclosureWorkers } from '../../core/disclosure/workers.ts';
const tasks = JSON.parse(fs.readFileSync('/tmp/p/tasks.json', 'utf8'));
(globalThis as any).__min = 1;
(globalThis as any).__strip = !!process.env.STRIP;
for (const w of [1, 2]) {
  await useDisclosureWorkers(w);
  for (let r = 0; r < 3; r++) {
    (globalThis as any).__T = {};
    const t = performance.now();
    await solveBlocks(tasks);
    console.log('workers', w, 'round', r, 'wall', (performance.now() - t).toFixed(0), 'inWorker', (globalThis as any).__T.inWorker?.toFixed(0));
  }
}
await useDisclosureWorkers(0);
