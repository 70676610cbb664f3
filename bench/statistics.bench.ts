import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppHandle, openApp } from '../core/app';
import { demoContext } from '../core/demo/types';
import { zeroHeavyNestedTable } from './disclosure.bench';
import { clearProtectionCache } from '../core/statistics/protection';

const YEAR = 2026;
const TODAY = '2027-01-20';
const SECTORS = 10;
const UNITS_PER_SECTOR = 10;

let app: AppHandle;

/** 100 units in 10 sectors with a year of zero-heavy quarterly counts for every default indicator, through the contract. */
async function buildMunicipality(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bench-statistics-'));
  app = await openApp({ dataFile: path.join(dir, 'akan.sqlite'), today: TODAY, user: 'bench', dailyBackups: false });
  const { call } = demoContext(app, TODAY);
  await call('settings.update', { organisationName: 'Storby kommune' });
  const units: number[] = [];
  for (let s = 1; s <= SECTORS; s++) {
    const sector = await call('units.create', { name: `Sektor ${s}` });
    for (let u = 1; u <= UNITS_PER_SECTOR; u++)
      units.push((await call('units.create', { name: `Enhet ${s}.${u}`, parentId: sector.id })).id);
  }
  const indicators = await call('statisticsIndicators.list', {});
  const tables = indicators.map((_, i) => zeroHeavyNestedTable(units.length, 4, SECTORS, 1000 + i).cells);
  for (const quarter of [1, 2, 3, 4]) {
    const counts = indicators.flatMap((indicator, i) =>
      units.map((unitId, u) => ({ unitId, indicatorId: indicator.id, value: tables[i]?.[u]?.[quarter - 1] ?? 0 })),
    );
    await call('statistics.saveQuarter', { year: YEAR, quarter, counts });
  }
}

export default [
  {
    name: `statistics.publish: ${SECTORS * UNITS_PER_SECTOR} units × 4 quarters with sector subtotals, all 7 indicators (k = 3), cold`,
    runs: 3,
    setup: buildMunicipality,
    run: async (): Promise<void> => {
      clearProtectionCache();
      const result = await app.invoke('statistics.publish', { year: YEAR, by: 'quarter', units: true });
      if (!result.ok) throw new Error(result.error.message);
    },
  },
];
