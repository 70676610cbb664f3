import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openApp } from '../../core/app.ts';
import { useWorkers } from '../../core/workers/pool.ts';
const src = path.resolve('bench/.cache', fs.readdirSync('bench/.cache').find((f) => f.startsWith('history-15y'))!);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insp-'));
const file = path.join(dir, 'akan-utvalg-sikkerhetskopi-x.akan');
fs.copyFileSync(src, file);
const app = await openApp({ dataFile: path.join(dir, 'a.sqlite'), today: '2026-11-23', user: 'b', dailyBackups: false });
for (const w of [0, 1, 0, 1]) {
  await useWorkers(w);
  let last = performance.now(); let gap = 0;
  const tick = setInterval(() => { const t = performance.now(); gap = Math.max(gap, t - last); last = t; }, 5);
  const t = performance.now();
  const r = await app.invoke('backups.inspect', { file });
  clearInterval(tick);
  console.log('workers', w, 'inspect', (performance.now() - t).toFixed(0), 'ms; longest hold of the main thread', gap.toFixed(0), 'ms', r.ok ? (r.value as any).problem : r.error.message);
}
await useWorkers(0);
