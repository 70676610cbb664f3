import fs from 'node:fs'; import path from 'node:path';
import { inspectCopy } from '../../core/backups/contents.ts';
const src = path.resolve('bench/.cache', fs.readdirSync('bench/.cache').find((f) => f.startsWith('history-15y'))!);
for (let i = 0; i < 3; i++) { const t = performance.now(); const e = inspectCopy({ local: src, file: src, size: 1, mtime: new Date().toISOString(), ownId: null }); console.log('inspectCopy', (performance.now() - t).toFixed(0), 'ms', e.problem); }
