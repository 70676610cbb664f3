import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { AppHandle } from '../../core/app';
import { protectWithProofs } from '../../core/disclosure/suppress';
import { fails, freshApp, ok } from '../support/app';

vi.mock('../../core/disclosure/suppress', () => ({
  protectWithProofs: vi.fn(),
  protectSystem: vi.fn(),
  protectTable: vi.fn(),
}));

let app: AppHandle;
beforeEach(async () => {
  app = await freshApp();
});
afterEach(() => app.close());

test('a table whose suppression fails the audit is not published at all, and the user is told why', async () => {
  vi.mocked(protectWithProofs).mockResolvedValue({ pattern: new Set(), solutions: [] });
  const unit = await ok(app, 'units.create', { name: 'Hjemmetjenesten' });
  const [indicator] = await ok(app, 'statisticsIndicators.list', {});
  await ok(app, 'statistics.saveQuarter', {
    year: 2026,
    quarter: 2,
    counts: [{ unitId: unit.id, indicatorId: indicator!.id, value: 1 }],
  });

  const error = await fails(app, 'statistics.publish', { year: 2026, units: true });
  expect(error.code).toBe('refused');
  expect(error.message).toMatch(/^Tabellen kan ikke publiseres: skjermingen besto ikke kontrollen\. /);
  expect(error.message).toContain('Tallet i cellen (Hjemmetjenesten, K2 2026) er under 3 og må skjermes.');
  expect(error.message).toMatch(/Prøv en grovere tabell/);
  expect(error.fields).toEqual({});

  const raw = await ok(app, 'statistics.rawTables', { year: 2026, units: true });
  expect(raw.tables[0]?.table.cells).toEqual([[0, 1, 0, 0]]);
});
