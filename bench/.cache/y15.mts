import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openApp } from '../../core/app.ts';
import { clearProtectionCache } from '../../core/statistics/protection.ts';
import { useDisclosureWorkers } from '../../core/disclosure/workers.ts';
const src = fs.readdirSync('bench/.cache').find((f) => f.startsWith('history-15y'))!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'y15-'));
fs.copyFileSync(path.join('bench/.cache', src), path.join(dir, 'a.sqlite'));
const app = await openApp({ dataFile: path.join(dir, 'a.sqlite'), today: '2026-11-23', user: 'b', dailyBackups: false });
(globalThis as any).__min = 1;
if (process.env.RL) (globalThis as any).__rl = JSON.parse(process.env.RL);
for (const w of [2, 2, 2, 0, 0]) {
  await useDisclosureWorkers(w);
  for (const spec of [{ year: 2026, by: 'quarter', units: true }]) {
    clearProtectionCache(); (globalThis as any).__T = {};
    const t = performance.now();
    const r = await app.invoke('statistics.publish', spec);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    console.log('workers', w, JSON.stringify(spec), (performance.now() - t).toFixed(0), 'ms');
  }
}
await useDisclosureWorkers(0);
