import { describe, expect, it } from 'vitest';
import { auditTable } from '../../../core/disclosure/audit';
import { protectTable } from '../../../core/disclosure/suppress';
import { buildTable, innerIndex, variableAt } from '../../../core/disclosure/table';
import { attacked, attackerPrimaries, fixtureTable, keyOf, loadFixtures, primariesOf } from './helpers';
import { bruteForceInterval, yalpsAttacker } from './attacker';

const examples = loadFixtures();

describe('fixed examples (shared/fixtures/disclosure-examples.json)', () => {
  it('has the four documented examples', () => {
    expect(examples.map((e) => e.name)).toEqual(['bridge', 'four ones', 'zero partners', 'nested units']);
  });

  for (const example of examples.filter((e) => e.badPattern)) {
    it(`${example.name}: the bad pattern fails the audit`, async () => {
      const table = fixtureTable(example);
      const model = buildTable(table);
      const bad = (example.badPattern ?? []).map(([r, c]) => innerIndex(model, r, c));
      const result = await auditTable(table, example.k, bad);
      expect(result.ok).toBe(false);
      // The independent attacker agrees that some primary is not protected.
      const weak = primariesOf(model, example.k).filter((j) => {
        const { min, max } = bruteForceInterval(attacked(table, model, bad), keyOf(model, j));
        return min > 0 || max < example.k;
      });
      expect(weak.length).toBeGreaterThan(0);
      if (!result.ok) expect(result.failures.map((f) => f.cell)).toEqual(weak);
    });
  }

  it('bridge: the cell joining two cycles is reported as recomputable, in Norwegian', async () => {
    const example = examples.find((e) => e.name === 'bridge');
    if (!example) throw new Error('missing example');
    const table = fixtureTable(example);
    const model = buildTable(table);
    const result = await auditTable(
      table,
      3,
      (example.badPattern ?? []).map(([r, c]) => innerIndex(model, r, c)),
    );
    expect(result).toEqual({
      ok: false,
      failures: [
        {
          cell: innerIndex(model, 1, 2),
          label: 'Rad 2, Kolonne 3',
          reason: 'Tallet i cellen (Rad 2, Kolonne 3) kan regnes ut fra de publiserte tallene.',
        },
      ],
    });
  });

  it('four ones: each primary is reported as bounded by 2', async () => {
    const example = examples.find((e) => e.name === 'four ones');
    if (!example) throw new Error('missing example');
    const table = fixtureTable(example);
    const model = buildTable(table);
    const result = await auditTable(
      table,
      3,
      (example.badPattern ?? []).map(([r, c]) => innerIndex(model, r, c)),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.failures).toHaveLength(4);
      for (const failure of result.failures) expect(failure.reason).toContain('mellom 0 og 2');
    }
  });

  it('reports a primary that is not suppressed at all', async () => {
    const example = examples.find((e) => e.name === 'zero partners');
    if (!example) throw new Error('missing example');
    const result = await auditTable(fixtureTable(example), 3, []);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.failures[0]?.reason).toBe('Tallet i cellen (Rad 1, Kolonne 1) er under 3 og må skjermes.');
  });

  for (const example of examples) {
    it(`${example.name}: the method's own pattern passes the audit and both attackers`, async () => {
      const table = fixtureTable(example);
      const model = buildTable(table);
      const pattern = await protectTable(table, { k: example.k });
      expect(await auditTable(table, example.k, pattern)).toEqual({ ok: true });
      const view = attacked(table, model, pattern);
      const attack = yalpsAttacker([view], example.k);
      const primaries = attackerPrimaries(table, example.k);
      expect(primaries.length).toBeGreaterThan(0);
      for (const primary of primaries) {
        expect(view.hidden.has(primary.key), primary.key).toBe(true);
        const lp = attack.interval(primary);
        expect(lp.min).toBeCloseTo(0, 6);
        expect(lp.max).toBeGreaterThanOrEqual(example.k - 1e-6);
        const exact = bruteForceInterval(view, primary.key);
        expect(exact.min).toBe(0);
        expect(exact.max).toBeGreaterThanOrEqual(example.k);
      }
    });
  }

  it('nested units: a pattern that ignores the sector subtotals fails once they are published', async () => {
    const example = examples.find((e) => e.name === 'nested units');
    if (!example) throw new Error('missing example');
    const nested = fixtureTable(example);
    const flat = { cells: nested.cells };
    const flatModel = buildTable(flat);
    const nestedModel = buildTable(nested);
    const flatPattern = await protectTable(flat, { k: 3 });
    expect(await auditTable(flat, 3, flatPattern)).toEqual({ ok: true });
    const samePositions = [...flatPattern].map((j) => {
      const v = flatModel.variables[j];
      if (!v) throw new Error('missing variable');
      return variableAt(nestedModel, v.row, v.col);
    });
    expect((await auditTable(nested, 3, samePositions)).ok).toBe(false);
  });
});
