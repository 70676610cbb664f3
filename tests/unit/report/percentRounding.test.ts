import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { percentOf } from '../../../core/percent';
import { freshApp, ok } from '../../support/app';

describe('one rounding rule (half up) for every percentage', () => {
  test.each([
    [4, 6, 67],
    [7, 13, 54],
    [11, 16, 69],
    [1, 8, 13],
    [1, 200, 1],
    [0, 5, 0],
    [5, 5, 100],
  ])('%i of %i is %i %%', (part, whole, percent) => {
    expect(percentOf(part, whole)).toBe(percent);
  });

  test('nothing to take a share of gives no percentage, never 0 %', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(3, null)).toBeNull();
  });

  test.each([
    [7, 13, 54],
    [11, 16, 69],
    [4, 6, 67],
  ])(
    'plan: %i done of %i planned is %i %% on screen, in the preview and in the file',
    async (done, planned, percent) => {
      const app = await freshApp();
      for (let i = 0; i < planned; i++) {
        await ok(app, 'plan.create', {
          year: 2026,
          activity: `Punkt ${i + 1}`,
          kind: 'other',
          status: i < done ? 'done' : 'notStarted',
        });
      }
      expect((await ok(app, 'plan.summary', { year: 2026 })).percentDone).toBe(percent);
      const preview = await ok(app, 'reports.preview', { year: 2026 });
      expect(JSON.stringify(preview)).toContain(`av ${planned} planlagte, ${percent} %`);
      const exported = await ok(app, 'reports.exportAnnual', { year: 2026 });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(exported.base64 ?? '', 'base64') as unknown as ExcelJS.Buffer);
      const cells: { value: unknown; format: string }[] = [];
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => cells.push({ value: cell.value, format: cell.numFmt ?? '' }))),
      );
      const stored = cells.find((cell) => cell.value === percent / 100);
      expect(stored, 'the share is stored as a number').toBeDefined();
      expect(stored?.format).toMatch(/%/);
      app.close();
    },
  );
});
