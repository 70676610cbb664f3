import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openApp } from '../../core/app.ts';
import { useWorkers } from '../../core/workers/pool.ts';
const src = path.resolve('bench/.cache', fs.readdirSync('bench/.cache').find((f) => f.startsWith('history-15y'))!);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insp-'));
const file = path.join(dir, 'akan-utvalg-sikkerhetskopi-x.akan');
fs.copyFileSync(src, file);
const app = await openApp({ dataFile: path.join(dir, 'a.sqlite'), today: '2026-11-23', user: 'b', dailyBackups: false });
for (const w of [0, 1]) {
  await useWorkers(w);
  const gaps: number[] = [];
  let last = performance.now();
  const tick = setInterval(() => { const t = performance.now(); gaps.push(t - last); last = t; }, 5);
  const t = performance.now();
  const r = await app.invoke('backups.inspect', { file });
  clearInterval(tick);
  gaps.sort((a, b) => b - a);
  console.log('workers', w, (performance.now() - t).toFixed(0), 'ms', 'ticks', gaps.length, 'top gaps', gaps.slice(0, 3).map((g) => g.toFixed(0)).join(','), r.ok);
}
await useWorkers(0);
