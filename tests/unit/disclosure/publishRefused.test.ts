import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DisclosureError } from '../../../core/disclosure/errors';
import { publishTable } from '../../../core/disclosure/publish';
import { protectWithProofs } from '../../../core/disclosure/suppress';
import { buildTable, innerIndex } from '../../../core/disclosure/table';
import { fixtureTable, loadFixtures } from './helpers';

vi.mock('../../../core/disclosure/suppress', () => ({
  protectWithProofs: vi.fn(),
  protectSystem: vi.fn(),
  protectTable: vi.fn(),
}));

describe('publishTable when the suppression is wrong', () => {
  const bridge = loadFixtures().find((e) => e.name === 'bridge');
  if (!bridge) throw new Error('missing example');
  const table = fixtureTable(bridge);
  const input = {
    ...table,
    rowLabels: ['Enhet A', 'Enhet B', 'Enhet C', 'Enhet D'],
    colLabels: ['K1', 'K2', 'K3', 'K4'],
  };
  const model = buildTable(input);
  const badPattern = new Set((bridge.badPattern ?? []).map(([r, c]) => innerIndex(model, r, c)));

  beforeEach(() => {
    vi.mocked(protectWithProofs).mockResolvedValue({ pattern: badPattern, solutions: [] });
  });

  it('refuses to publish with a Norwegian message naming the cell', async () => {
    const error = await publishTable(input, { k: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisclosureError);
    if (!(error instanceof DisclosureError)) return;
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/^Tabellen kan ikke publiseres: skjermingen besto ikke kontrollen\. /);
    expect(error.message).toContain('Tallet i cellen (Enhet B, K3) kan regnes ut fra de publiserte tallene.');
    expect(error.failures.map((f) => f.cell)).toEqual([innerIndex(model, 1, 2)]);
  });

  it('refuses a pattern that leaves a small count visible', async () => {
    vi.mocked(protectWithProofs).mockResolvedValue({ pattern: new Set(), solutions: [] });
    await expect(publishTable(input, { k: 3 })).rejects.toThrow(
      'Tallet i cellen (Enhet A, K2) er under 3 og må skjermes.',
    );
  });
});
