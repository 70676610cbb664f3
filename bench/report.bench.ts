import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppHandle, openApp } from '../core/app';
import { demoContext } from '../core/demo/types';
import { LARGE_TODAY, LARGE_YEAR, buildLargeOrganisation } from './dataset/largeYear';

const YEAR = LARGE_YEAR;
const TODAY = LARGE_TODAY;

let app: AppHandle;
let out: string;

export default [
  {
    name: 'report: export the annual workbook for 200 units and a busy year (to a file, charts included)',
    runs: 5,
    setup: async (): Promise<void> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bench-report-'));
      out = path.join(dir, 'årsrapport.xlsx');
      app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), today: TODAY, user: 'bench' });
      await buildLargeOrganisation(demoContext(app, TODAY));
    },
    run: async (): Promise<void> => {
      const result = await app.invoke('reports.exportAnnual', { year: YEAR, path: out });
      if (!result.ok) throw new Error(result.error.message);
    },
  },
];
