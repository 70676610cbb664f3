import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type AppHandle, openApp } from '../core/app';
import type { AnnualReport } from '../core/report/model';
import { todayInOslo } from '../core/validation/dates';
import { historyDataset } from './dataset';
import type { BenchCase } from './run';

const YEAR = Number(todayInOslo().slice(0, 4)) - 1;
let app: AppHandle;
let report: AnnualReport;
let dir = '';

/** The floor: exceljs alone writing the report's cells (every table, one sheet per section) to a file. */
async function bareExceljs(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(section.title);
    for (const table of section.tables) {
      sheet.addRow([table.title]);
      sheet.addRow(table.columns.map((c) => c.label));
      for (const row of table.rows) sheet.addRow(row);
    }
  }
  await workbook.xlsx.writeFile(path.join(dir, 'bare.xlsx'));
}

export default [
  {
    name: `report: export the annual workbook for ${YEAR} on 15 years (to a file, charts included)`,
    setup: async () => {
      app = await openApp({
        dataFile: (await historyDataset(15, todayInOslo())).file,
        user: 'bench',
        dailyBackups: false,
      });
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-bench-export-'));
      const preview = await app.invoke('reports.preview', { year: YEAR });
      if (!preview.ok) throw new Error(preview.error.message);
      report = preview.value;
      const cells = report.sections
        .flatMap((s) => s.tables)
        .reduce((sum, t) => sum + t.rows.length * t.columns.length, 0);
      console.error(`bench: the ${YEAR} report has ${cells} table cells`);
    },
    run: async () => {
      const result = await app.invoke('reports.exportAnnual', { year: YEAR, path: path.join(dir, 'årsrapport.xlsx') });
      if (!result.ok) throw new Error(result.error.message);
    },
    floor: { name: 'bare exceljs writing the same table cells to a file', run: bareExceljs },
    target: 4,
    teardown: () => app.close(),
  },
] satisfies BenchCase[];
